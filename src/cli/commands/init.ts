/**
 * cchc init THƯ-MỤC: a new commune's site repository in one command. Missing
 * answers are asked for on a terminal; in a pipeline they must be flags. The
 * answers pass the same site.yaml schema as any clerk's file before anything
 * is written, and an existing non-empty folder is never touched.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { today } from '../../data/today.ts';
import { commandHelp, EXIT } from '../../i18n/cli.ts';
import { initFlags, initMessages as m, initOptionalFlags, initQuestions, type InitField } from '../../i18n/init.ts';
import { findingsFromIssues, formatReport } from '../../lib/validation-report.ts';
import { siteData, siteFiles, type InitAnswers } from '../../init/site-files.ts';
import { siteSchema } from '../../schemas/site.ts';
import type { Command } from '../command.ts';
import { parseOptions } from '../options.ts';

const FIELDS = Object.keys(initQuestions) as InitField[];

async function ask(missing: readonly InitField[]): Promise<Partial<InitAnswers>> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answers: Partial<InitAnswers> = {};
  try {
    for (const field of missing) answers[field] = (await rl.question(`${initQuestions[field]}: `)).trim();
  } finally {
    rl.close();
  }
  return answers;
}

async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    ...Object.fromEntries([...FIELDS.map((f) => initFlags[f]), ...Object.values(initOptionalFlags)].map((flag) => [flag, { type: 'string' as const }])),
    goi: { type: 'string' },
  });
  const folder = positionals[0];
  if (!folder) {
    console.error(`${m.noFolder}\n${m.usage}`);
    return EXIT.usage;
  }
  const dir = resolve(folder);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(m.notEmpty(folder));
    return EXIT.failed;
  }

  const flag = (f: InitField) => (values as Record<string, string | boolean | undefined>)[initFlags[f]];
  const given = Object.fromEntries(FIELDS.map((f) => [f, String(flag(f) ?? '').trim()])) as InitAnswers;
  const missing = FIELDS.filter((f) => !given[f]);
  if (missing.length && !process.stdin.isTTY) {
    console.error(`${m.missing(missing.map((f) => initFlags[f]))}\n${m.usage}`);
    return EXIT.usage;
  }
  const optional = Object.fromEntries(
    Object.entries(initOptionalFlags).flatMap(([field, name]) => {
      const value = (values as Record<string, string | boolean | undefined>)[name];
      return typeof value === 'string' && value.trim() ? [[field, value.trim()]] : [];
    }),
  );
  const answers = { ...given, ...optional, ...(missing.length ? await ask(missing) : {}) } as InitAnswers;

  const checked = siteSchema.safeParse(siteData(answers), { reportInput: true });
  if (!checked.success) {
    console.error(`${m.invalid}\n${formatReport(findingsFromIssues(checked.error.issues, join(folder, 'content/site.yaml'), () => undefined))}`);
    return EXIT.failed;
  }

  const files = siteFiles(folder, answers, { today: today(), ...(typeof values.goi === 'string' && { packageSpec: values.goi }) });
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' });
  }
  console.log(m.created(folder, files.length));
  return EXIT.ok;
}

export default { ...commandHelp.init, run } satisfies Command;
