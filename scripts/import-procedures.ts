#!/usr/bin/env node
/**
 * npm run import:procedures -- FILE [--mark-abolished] [--content DIR]
 * Writes or updates content/procedures/*.md from the national data package
 * (JSON) or a provincial list (CSV/XLSX). Idempotent: imported fields are
 * updated, everything else and the body a clerk wrote are kept. Procedures
 * missing from the list are reported; --mark-abolished marks them abolished.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { contentDir } from '../src/data/site.ts';
import { today } from '../src/data/today.ts';
import { importMessages as m } from '../src/i18n/validation.ts';
import { planImport, type ExistingProcedure } from '../src/lib/import-plan.ts';
import { ImportError } from '../src/lib/procedure-import.ts';
import { parseMarkdown } from '../src/readers/front-matter.ts';
import { readProcedureSource } from '../src/readers/procedure-sources.ts';

const { values, positionals } = parseArgs({
  options: { 'mark-abolished': { type: 'boolean', default: false }, content: { type: 'string' } },
  allowPositionals: true,
});
const source = positionals[0];
if (!source || !existsSync(source)) {
  console.error(source ? m.noFile(source) : m.usage);
  process.exit(2);
}
if (values.content) process.env.CCHC_CONTENT_DIR = values.content;
const dir = join(contentDir(), 'procedures');
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
  const plan = planImport({ source: show(source), imported, existing, dir, today: today(), markAbolished: values['mark-abolished'] ?? false, show, exists: existsSync });
  writing = dir;
  mkdirSync(dir, { recursive: true });
  for (const { path, data, body } of plan.writes) {
    writing = path;
    writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
  }
  console.log(plan.lines.join('\n'));
} catch (error) {
  // Every failure ends in one Vietnamese sentence naming the file, never a stack trace; a system error keeps only its code (EACCES, ENOSPC).
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
  console.error(error instanceof ImportError ? error.message : writing === source ? m.unreadable(show(source), code) : m.writeFailed(show(writing), code));
  process.exit(1);
}
