/**
 * A built site as the gates see it: its folder, the base path and origin it
 * is published under, and every HTML page parsed once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';

export interface SiteAddress {
  /** The built site's folder (dist/). */
  dist: string;
  /** Base path it is published under, with both slashes: `/` or `/xa-lien-minh/`. */
  base: string;
  /** Scheme and host it is published on, e.g. `https://ductho.example.org`. */
  origin: string;
}

interface BuiltPage {
  /** URL path with the base path: `/xa-lien-minh/tin-tuc/`, `/xa-lien-minh/404.html`. */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

export interface BuiltSite extends SiteAddress {
  pages: BuiltPage[];
  /** URL paths of the site's stylesheets. */
  stylesheets: string[];
  /** The file an absolute URL of this site is served from, if it exists. */
  fileFor(url: URL): string | undefined;
  /** Absolute URL of a path of this site. */
  url(path: string): URL;
}

function filesEndingWith(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A URL's path or fragment as a file name or id spells it; undefined for a malformed %-escape, which nothing matches. */
export function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

export function loadSite(address: SiteAddress): BuiltSite {
  const { dist, base, origin } = address;
  const pathOf = (file: string) => `${base}${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
  const fileFor = (url: URL) => {
    const path = decoded(url.pathname);
    if (url.origin !== origin || !path?.startsWith(base)) return undefined;
    const file = join(dist, path.slice(base.length));
    // A folder is served by its index.html, as every static host does.
    for (const candidate of [file, join(file, 'index.html')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return undefined;
  };
  const pages = filesEndingWith(dist, '.html').map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: pathOf(file), file, html, root: parse(html) };
  });
  return { ...address, pages, stylesheets: filesEndingWith(dist, '.css').map(pathOf), fileFor, url: (path) => new URL(path, origin) };
}

/**
 * Where a build says it is published: the canonical address of its home
 * page. The command takes its defaults from it, so a site's CI needs no flags.
 */
export function readSiteAddress(dist: string): SiteAddress | undefined {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = parse(readFileSync(home, 'utf8')).querySelector('head > link[rel="canonical"]')?.getAttribute('href');
  if (!canonical || !URL.canParse(canonical)) return undefined;
  const url = new URL(canonical);
  return { dist, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`, origin: url.origin };
}
