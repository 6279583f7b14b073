#!/usr/bin/env node
/**
 * npm run new -- <tin-tuc|thu-tuc|bieu-duong|su-kien|ke-hoach|van-ban|chi-so|tre-han> "Tiêu đề"
 * Creates a content file with every field and a Vietnamese comment on each,
 * dated today in Asia/Ho_Chi_Minh. Never overwrites an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/data/site.ts';
import { today } from '../src/data/today.ts';
import { scaffoldMessages as m } from '../src/i18n/templates.ts';
import { isScaffoldKind, scaffold } from '../src/lib/scaffold.ts';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!kind || !isScaffoldKind(kind)) {
  console.error(`${kind ? `${m.unknownKind(kind)}\n` : ''}${m.usage}`);
  process.exit(2);
}
if (!title) {
  console.error(`${m.emptyTitle}\n${m.usage}`);
  process.exit(2);
}

const { folder, fileName, text } = scaffold(kind, title, today());
const dir = join(contentDir(), folder);
const path = join(dir, fileName);
const shown = relative(process.cwd(), path);
if (existsSync(path)) {
  console.error(m.exists(shown));
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(path, text, { flag: 'wx' });
console.log(m.created(shown));
