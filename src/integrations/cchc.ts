/**
 * The portal's content steps around Astro's build:
 * - before anything is built, validate the commune's content and stop with
 *   Vietnamese findings if it is broken (nothing half-built is published);
 * - after the build, NFC-normalise the HTML, write sitemap.xml and index the
 *   pages for search (src/search/write-index.ts, Pagefind through its Node API).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, loadSite } from '../data/site.ts';
import { searchIndexLine } from '../i18n/cli.ts';
import { messages } from '../i18n/validation.ts';
import { buildSitemaps } from '../lib/sitemap.ts';
import { errorsIn, firstErrorLine, formatReport } from '../lib/validation-report.ts';
import { readSettings } from '../settings/settings.ts';
import { provinceFindings, validateContent } from '../validation/validate-content.ts';
import { loadProvince } from '../data/hub.ts';
import { writeSearchIndex } from '../search/write-index.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Text pasted from Word or PDF may be decomposed; publish composed (NFC) text. */
async function normaliseHtml(files: readonly string[]): Promise<void> {
  await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      const composed = html.normalize('NFC');
      if (composed !== html) await writeFile(file, composed);
    }),
  );
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
        await normaliseHtml(files);
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
