/**
 * cchc import FILE [--mark-abolished] [--content DIR]
 * Writes or updates content/procedures/*.md from the national data package
 * (JSON) or a provincial list (CSV/XLSX). Idempotent: imported fields are
 * updated, everything else and the body a clerk wrote are kept. Procedures
 * missing from the list are reported; --mark-abolished marks them abolished.
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
    const { values, positionals } = parseOptions(argv, { 'mark-abolished': { type: 'boolean', default: false }, content: { type: 'string' } });
    const source = positionals[0];
    if (!source || !existsSync(source)) {
      console.error(source ? m.noFile(source) : m.usage);
      return EXIT.usage;
    }
    const dir = join(contentFolder(values.content), 'procedures');
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

    let writing = source;
    try {
      const imported = await readProcedureSource(source);
      const plan = planImport({ source: show(source), imported, existing, dir, today: today(), markAbolished: values['mark-abolished'], show, exists: existsSync });
      writing = dir;
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
      console.error(error instanceof ImportError ? error.message : writing === source ? m.unreadable(show(source), code) : m.writeFailed(show(writing), code));
      return EXIT.failed;
    }
  },
} satisfies Command;
