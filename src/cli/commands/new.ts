/**
 * cchc new [DIR] <tin-tuc|thu-tuc|bieu-duong|su-kien|ke-hoach|van-ban|chi-so|tre-han|bao-cao> "Tiêu đề" [--content DIR | --commune SLUG]
 * The site's folder may come first (communes/hoa-an): the first argument is
 * taken as a folder only when it is not a kind and names an existing folder.
 * Creates a content file with every field and a Vietnamese comment on each,
 * dated today in Asia/Ho_Chi_Minh. Never overwrites an existing file.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { today } from '../../data/today.ts';
import { commandHelp, EXIT } from '../../i18n/cli.ts';
import { scaffoldMessages as m } from '../../i18n/templates.ts';
import { isScaffoldKind, scaffold } from '../../lib/scaffold.ts';
import { unitName } from '../../lib/unit.ts';
import { loadSite } from '../../data/site.ts';
import type { Command } from '../command.ts';
import { CONTENT_OPTIONS, contentFolder, parseOptions } from '../options.ts';

/** The unit with its kind from site.yaml, for the template's comments; the generic words when it cannot be read yet. */
function siteUnit(content: string): string | undefined {
  try {
    return unitName(loadSite(content));
  } catch {
    return undefined;
  }
}

export default {
  ...commandHelp.new,
  run(argv) {
    const { values, positionals } = parseOptions(argv, CONTENT_OPTIONS);
    const first = positionals[0];
    const siteDir = first !== undefined && !isScaffoldKind(first) && existsSync(first) && statSync(first).isDirectory() ? first : undefined;
    const [kind, ...words] = siteDir === undefined ? positionals : positionals.slice(1);
    const title = words.join(' ').trim();
    if (!kind || !isScaffoldKind(kind)) {
      console.error(`${kind ? `${m.unknownKind(kind)}\n` : ''}${m.usage}`);
      return EXIT.usage;
    }
    if (!title) {
      console.error(`${m.emptyTitle}\n${m.usage}`);
      return EXIT.usage;
    }
    const content = contentFolder(values, siteDir);
    const { folder, fileName, text } = scaffold(kind, title, today(), siteUnit(content));
    const dir = join(content, folder);
    const path = join(dir, fileName);
    const shown = relative(process.cwd(), path);
    if (existsSync(path)) {
      console.error(m.exists(shown));
      return EXIT.failed;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
    console.log(m.created(shown));
    return EXIT.ok;
  },
} satisfies Command;
