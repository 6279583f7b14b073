/**
 * cchc init THƯ-MỤC: a new commune's site repository in one command. Missing
 * answers are asked for on a terminal; in a pipeline they must be flags. The
 * answers pass the same site.yaml schema as any clerk's file before anything
 * is written, and an existing non-empty folder is never touched.
 *
 * cchc init --province "tỉnh …" THƯ-MỤC writes a province repository
 * (src/build/province.ts), from flags only; inside it,
 * cchc init --commune SLUG [THƯ-MỤC] adds communes/SLUG/content, the
 * province and the site's address taken from province/site.yaml.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { today } from '../../data/today.ts';
import { commandHelp, EXIT } from '../../i18n/cli.ts';
import { initFlags, initMessages as m, initOptionalFlags, initQuestions, type InitField } from '../../i18n/init.ts';
import { findingsFromIssues, formatReport } from '../../lib/validation-report.ts';
import { communeFiles, provinceData, provinceRepoFiles, siteData, siteFiles, type InitAnswers, type ProvinceAnswers, type SiteFile } from '../../init/site-files.ts';
import { siteSchema } from '../../schemas/site.ts';
import { provinceSchema } from '../../schemas/province.ts';
import { provinceInitFlags, provinceInitMessages as pm } from '../../i18n/init.ts';
import { COMMUNE_SLUG } from '../../build/communes.ts';
import { COMMUNES_FOLDER, provinceSiteFile, PROVINCE_FOLDER } from '../../build/province.ts';
import { parseYaml } from '../../readers/front-matter.ts';
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
    [provinceInitFlags.province]: { type: 'string' },
    [provinceInitFlags.homeAffairsAddress]: { type: 'string' },
    [provinceInitFlags.commune]: { type: 'string' },
  });
  const text = (name: string) => {
    const v = (values as Record<string, string | boolean | undefined>)[name];
    return typeof v === 'string' ? v.trim() : '';
  };
  if (text(provinceInitFlags.province)) return initProvince(positionals[0], text);
  // In a province repository a commune's province and address come from province/site.yaml.
  const province = values.commune === undefined ? undefined : provinceOfRepo(resolve(positionals[0] ?? '.'));
  if (values.commune !== undefined && !province) {
    console.error(`${pm.notProvince(positionals[0] ?? '.')}\n${pm.usage}`);
    return EXIT.usage;
  }
  if (values.commune !== undefined && !COMMUNE_SLUG.test(values.commune)) {
    console.error(pm.badSlug(values.commune));
    return EXIT.usage;
  }
  const folder = province ? join(positionals[0] ?? '.', COMMUNES_FOLDER, values.commune!) : positionals[0];
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
  if (province) {
    given.province ||= province.name;
    given.url ||= new URL(`${values.commune}/`, `${province.url}/`).href;
  }
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

  if (province) {
    const files = communeFiles(values.commune!, answers, { today: today() });
    write(resolve(positionals[0] ?? '.'), files);
    console.log(pm.communeCreated(folder, files.length));
    return EXIT.ok;
  }
  const files = siteFiles(folder, answers, { today: today(), ...(typeof values.goi === 'string' && { packageSpec: values.goi }) });
  write(dir, files);
  console.log(m.created(folder, files.length));
  return EXIT.ok;
}

function write(dir: string, files: readonly SiteFile[]): void {
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' });
  }
}

/** The province whose repository `dir` is, when it is one. */
function provinceOfRepo(dir: string): { name: string; url: string } | undefined {
  const file = provinceSiteFile(join(dir, PROVINCE_FOLDER));
  if (!existsSync(file)) return undefined;
  const parsed = provinceSchema.safeParse(parseYaml(readFileSync(file, 'utf8')).data);
  return parsed.success ? { name: parsed.data.name, url: parsed.data.url } : undefined;
}

/** cchc init --province "tỉnh …" THƯ-MỤC: flags only (a province's team runs it once, and scripts it). */
function initProvince(folder: string | undefined, text: (name: string) => string): number {
  if (!folder) {
    console.error(`${m.noFolder}\n${pm.usage}`);
    return EXIT.usage;
  }
  const flags = {
    province: provinceInitFlags.province,
    url: initFlags.url,
    hotline: initFlags.hotline,
    email: initFlags.email,
    homeAffairsAddress: provinceInitFlags.homeAffairsAddress,
  };
  const answers = Object.fromEntries(Object.entries(flags).map(([field, flag]) => [field, text(flag)])) as unknown as ProvinceAnswers;
  const missing = Object.entries(flags).filter(([field]) => !answers[field as keyof ProvinceAnswers]);
  if (missing.length) {
    console.error(`${pm.missing(missing.map(([, flag]) => flag))}\n${pm.usage}`);
    return EXIT.usage;
  }
  const dir = resolve(folder);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(m.notEmpty(folder));
    return EXIT.failed;
  }
  const checked = provinceSchema.safeParse(provinceData(answers), { reportInput: true });
  if (!checked.success) {
    console.error(`${m.invalid}\n${formatReport(findingsFromIssues(checked.error.issues, join(folder, PROVINCE_FOLDER, 'site.yaml'), () => undefined))}`);
    return EXIT.failed;
  }
  const files = provinceRepoFiles(folder, answers, text('goi') ? { packageSpec: text('goi') } : {});
  write(dir, files);
  console.log(pm.created(folder, files.length));
  return EXIT.ok;
}

export default { ...commandHelp.init, run } satisfies Command;
