/**
 * The portal's content steps around Astro's build:
 * - before anything is built, validate the commune's content and stop with
 *   Vietnamese findings if it is broken (nothing half-built is published);
 * - after the build, NFC-normalise the HTML, give each page one stylesheet,
 *   write sitemap.xml and index the pages for search
 *   (src/search/write-index.ts, Pagefind through its Node API).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, loadSite } from '../data/site.ts';
import { searchIndexLine } from '../i18n/cli.ts';
import { messages } from '../i18n/validation.ts';
import { buildSitemaps } from '../lib/sitemap.ts';
import { isBuiltStylesheet, joinedName, pageStylesheets, stylesheetRun, withOneStylesheet } from '../lib/stylesheets.ts';
import { errorsIn, firstErrorLine, formatReport } from '../lib/validation-report.ts';
import { readSettings } from '../settings/settings.ts';
import { provinceFindings, validateContent } from '../validation/validate-content.ts';
import { loadProvince } from '../data/hub.ts';
import { writeSearchIndex } from '../search/write-index.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The published file of a stylesheet the site links under its base path. */
const fileOf = (outDir: string, base: string, href: string) => join(outDir, href.slice(base.length));

/** The stylesheets, in order, as one file beside the first: its address. */
async function joinStylesheets(outDir: string, base: string, hrefs: readonly string[]): Promise<string> {
  const css = (await Promise.all(hrefs.map((href) => readFile(fileOf(outDir, base, href), 'utf8')))).join('\n');
  const name = joinedName(css);
  const first = hrefs[0]!;
  await writeFile(join(dirname(fileOf(outDir, base, first)), name), css);
  return `${first.slice(0, first.lastIndexOf('/') + 1)}${name}`;
}

/**
 * The last pass over every page: composed (NFC) text, since text pasted
 * from Word or PDF may be decomposed, and one stylesheet where Astro links
 * several (src/lib/stylesheets.ts). A stylesheet no page links any more
 * once joined is not published.
 */
async function finishPages(outDir: string, base: string, files: readonly string[]): Promise<void> {
  const joined = new Map<string, Promise<string>>();
  const parts = new Set<string>();
  const linked = new Set<string>();
  await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      let page = html.normalize('NFC');
      const run = stylesheetRun(page);
      if (run?.hrefs.every((href) => isBuiltStylesheet(href, base))) {
        const key = run.hrefs.join('\n');
        if (!joined.has(key)) joined.set(key, joinStylesheets(outDir, base, run.hrefs));
        page = withOneStylesheet(page, run, await joined.get(key)!);
        for (const href of run.hrefs) parts.add(href);
      }
      for (const href of pageStylesheets(page)) linked.add(href);
      if (page !== html) await writeFile(file, page);
    }),
  );
  await Promise.all([...parts].filter((href) => !linked.has(href)).map((href) => rm(fileOf(outDir, base, href), { force: true })));
}

function pageUrls(outDir: string, files: readonly string[], origin: string, base: string): string[] {
  return files
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((f) => relative(outDir, f).split(sep).slice(0, -1).join('/'))
    .map((path) => new URL(`${base}${path ? `${path}/` : ''}`, origin).href);
}

/**
 * Astro prints a failed hook's error with its location and an English stack
 * trace; the report above it already names every file and field, so the
 * error carries only its Vietnamese sentence.
 */
function withoutTrace(error: Error): Error {
  error.stack = '';
  return error;
}

export function contentSteps(): AstroIntegration {
  let site: { url: string; base: string };
  return {
    name: 'cchc-portal:content',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        // The hub checks the province's identity; each commune's content is checked by its own build.
        const hub = readSettings().hub;
        const { findings } = hub ? { findings: provinceFindings(contentDir()) } : await validateContent(contentDir());
        const errors = errorsIn(findings);
        if (findings.length) logger[errors.length ? 'error' : 'warn'](`\n${formatReport(findings)}\n`);
        if (errors.length) throw withoutTrace(new Error(messages.buildStopped(errors.length, firstErrorLine(findings))));
        site = hub ? { url: loadProvince().url, base: '/' } : loadSite();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await htmlFiles(outDir);
        await finishPages(outDir, site.base, files);
        for (const [name, xml] of buildSitemaps(pageUrls(outDir, files, site.url, site.base), new URL(site.base, site.url).href)) {
          await writeFile(join(outDir, name), xml);
        }
        // `cchc build` indexes once Astro has exited (src/build/atomic.ts), so the
        // memory of the two is never held at once; a plain `astro build` indexes here.
        if (readSettings().searchIndex === 'separate') return;
        logger.info(searchIndexLine(await writeSearchIndex(outDir, files)));
      },
    },
  };
}
