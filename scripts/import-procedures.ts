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
import { markAbolished, mergeProcedure } from '../src/lib/procedure-import.ts';
import { fileSlug } from '../src/lib/text.ts';
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
const date = today();
const show = (p: string) => relative(process.cwd(), p);

interface Existing { path: string; data: Record<string, unknown>; body: string }
const existing = new Map<string, Existing>();
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const path = join(dir, name);
    const parsed = parseMarkdown(readFileSync(path, 'utf8'));
    const data = parsed?.data as Record<string, unknown> | undefined;
    if (parsed && data && typeof data.code === 'string') existing.set(data.code.trim(), { path, data, body: parsed.body });
  }
}

function write(path: string, data: Record<string, unknown>, body: string) {
  writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
}

const imported = await readProcedureSource(source);
console.log(m.header(show(source), imported.length));
mkdirSync(dir, { recursive: true });
let unchanged = 0;
const seen = new Set<string>();
for (const item of imported) {
  if (!item.code) {
    console.log(m.noCode(item.name));
    continue;
  }
  seen.add(item.code);
  const current = existing.get(item.code);
  const { data, changed } = mergeProcedure(current?.data, item, date);
  if (!current) {
    const path = join(dir, `${fileSlug(item.name) || item.code}.md`);
    if (existsSync(path)) {
      console.log(m.nameTaken(show(path), item.code));
      continue;
    }
    write(path, data, `\n${m.newBody}\n`);
    const blanks = Object.entries(data).filter(([, v]) => v === '' || JSON.stringify(v).includes('""')).map(([k]) => k);
    console.log(m.added(show(path), item.code, item.name, blanks));
  } else if (changed.length) {
    write(current.path, data, current.body);
    console.log(m.changed(show(current.path), item.code, changed));
  } else {
    unchanged++;
  }
}
console.log(m.unchanged(unchanged));
for (const [code, file] of existing) {
  if (seen.has(code) || (file.data.status as { state?: string } | undefined)?.state === 'abolished') continue;
  if (values['mark-abolished']) {
    write(file.path, markAbolished(file.data, date), file.body);
    console.log(m.abolished(show(file.path), code));
  } else {
    console.log(m.missing(show(file.path), code));
  }
}
