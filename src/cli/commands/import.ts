/**
 * cchc import FILE [--detail PACKAGE] [--mark-abolished] [--content DIR]
 * Writes or updates content/procedures/*.md from the national data package
 * (JSON) or a provincial list (CSV/XLSX). Only commune-level procedures are
 * written. With --detail, FILE (the province's list) decides which
 * procedures the commune has and PACKAGE only fills their detail. Idempotent:
 * imported fields are updated, everything else and the body a clerk wrote are
 * kept. Procedures missing from the list are reported; --mark-abolished marks
 * them abolished.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { today } from '../../data/today.ts';
import { commandHelp, EXIT } from '../../i18n/cli.ts';
import { importMessages as m } from '../../i18n/validation.ts';
import { planImport, type ExistingProcedure } from '../../lib/import-plan.ts';
import { ImportError } from '../../lib/procedure-import.ts';
import { parseMarkdown } from '../../readers/front-matter.ts';
import { readProcedureSource } from '../../readers/procedure-sources.ts';
import type { Command } from '../command.ts';
import { contentFolder, parseOptions } from '../options.ts';

export default {
  ...commandHelp.import,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      'mark-abolished': { type: 'boolean', default: false },
      detail: { type: 'string' },
      content: { type: 'string' },
    });
    const source = positionals[0];
    const detailSource = values.detail;
    if (!source || !existsSync(source)) {
      console.error(source ? m.noFile(source) : m.usage);
      return EXIT.usage;
    }
    if (detailSource !== undefined && !existsSync(detailSource)) {
      console.error(m.noFile(detailSource));
      return EXIT.usage;
    }
    const dir = join(contentFolder(values), 'procedures');
    const show = (p: string) => relative(process.cwd(), p);

    const existing = new Map<string, ExistingProcedure>();
    if (existsSync(dir)) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const path = join(dir, name);
        const parsed = parseMarkdown(readFileSync(path, 'utf8'));
        const data = parsed?.data as Record<string, unknown> | undefined;
        if (parsed && data && typeof data.code === 'string') existing.set(data.code.trim(), { path, data, body: parsed.body });
      }
    }

    // The file being read, until every read is done; then the file being written.
    let reading: string | undefined = source;
    let writing = dir;
    try {
      const imported = await readProcedureSource(source);
      reading = detailSource;
      const detail =
        detailSource === undefined ? undefined : { source: show(detailSource), records: new Map((await readProcedureSource(detailSource)).map((p) => [p.code, p])) };
      reading = undefined;
      const plan = planImport({
        source: show(source),
        imported,
        existing,
        dir,
        today: today(),
        markAbolished: values['mark-abolished'],
        detail,
        show,
        exists: existsSync,
      });
      mkdirSync(dir, { recursive: true });
      for (const { path, data, body } of plan.writes) {
        writing = path;
        writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
      }
      console.log(plan.lines.join('\n'));
      return EXIT.ok;
    } catch (error) {
      // Every failure ends in one Vietnamese sentence naming the file, never a stack trace; a system error keeps only its code (EACCES, ENOSPC).
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
      console.error(error instanceof ImportError ? error.message : reading ? m.unreadable(show(reading), code) : m.writeFailed(show(writing), code));
      return EXIT.failed;
    }
  },
} satisfies Command;
