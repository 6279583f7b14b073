/** Reading a built site: pages by URL path, parsed HTML, internal links. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export class BuiltSite {
  constructor(
    readonly dir: string,
    readonly base = '/',
  ) {}

  /** `/thu-tuc-hanh-chinh/` → dist/thu-tuc-hanh-chinh/index.html (base path stripped). */
  fileFor(urlPath: string): string {
    const path = urlPath.startsWith(this.base) ? urlPath.slice(this.base.length - 1) : urlPath;
    const clean = decodeURI(path.split(/[?#]/)[0]!);
    return clean.endsWith('/') ? join(this.dir, clean, 'index.html') : join(this.dir, clean);
  }

  has(urlPath: string): boolean {
    return existsSync(this.fileFor(urlPath));
  }

  html(urlPath: string): string {
    return readFileSync(this.fileFor(urlPath), 'utf8');
  }

  page(urlPath: string): HTMLElement {
    return parse(this.html(urlPath));
  }

  /** Every index.html as a URL path under the base. */
  pages(): string[] {
    return readdirSync(this.dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name === 'index.html')
      .map((e) => `${this.base}${join(e.parentPath, '/').slice(this.dir.length + 1)}`.replace(/\/+/g, '/'));
  }

  /** Internal links of a page, as URL paths. */
  links(urlPath: string): string[] {
    return this.page(urlPath)
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => h.startsWith('/'))
      .map((h) => h.split('#')[0]!);
  }

  /** Pages reachable from home by following internal links. */
  reachableFromHome(): Set<string> {
    const seen = new Set<string>();
    const queue = [this.base];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path) || !path.endsWith('/') || !this.has(path)) continue;
      seen.add(path);
      queue.push(...this.links(path));
    }
    return seen;
  }
}
