/**
 * Every link with a #fragment in a built site, checked against the ids of the
 * page it points at. Works on the files, so it sees every link on every page,
 * in any order.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

export interface AnchorReport {
  /** `page → link` for each fragment that names no element on its target page. */
  broken: string[];
  /** How many fragment links were looked at. */
  checked: number;
}

export function brokenAnchors(dir: string, base = '/'): AnchorReport {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const root = parse(readFileSync(file, 'utf8'));
      ids = new Set([...root.querySelectorAll('[id]').map((e) => e.id), ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const origin = 'http://site.invalid';
  const urlOf = (file: string) => {
    const path = relative(dir, file).split(sep).join('/');
    return new URL(`${base}${path.replace(/(^|\/)index\.html$/, '$1')}`, origin);
  };
  const fileOf = (url: URL) => {
    const path = decodeURIComponent(url.pathname).slice(base.length);
    const file = join(dir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
    return existsSync(file) ? file : undefined;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const page = urlOf(file);
    for (const a of parse(readFileSync(file, 'utf8')).querySelectorAll('a[href*="#"], area[href*="#"]')) {
      const href = a.getAttribute('href')!;
      const target = new URL(href, page);
      if (target.origin !== origin || target.hash.length <= 1) continue;
      checked++;
      const fragment = decodeURIComponent(target.hash.slice(1));
      const targetFile = target.pathname === page.pathname ? file : fileOf(target);
      // A missing page is the link checker's finding; here only the fragment counts.
      if (targetFile && !idsOf(targetFile).has(fragment)) broken.push(`${page.pathname} → ${href}`);
    }
  }
  return { broken: broken.sort(), checked };
}
