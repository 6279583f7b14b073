#!/usr/bin/env node
/**
 * Lighthouse over a built site, in Debian's Chromium, for six pages: home,
 * the procedure index, a procedure, a news article, the current plan and
 * search. Fails (exit 1) when performance, accessibility, best practices or
 * SEO is below the budget on any of them.
 *
 *   npm run lighthouse [-- dist] [--budget 0.95] [--json .cache/lighthouse]
 *
 * The folder is served on 127.0.0.1 under its base path (read from the
 * sitemap), as a host would. CHROME_PATH picks the browser (default
 * /usr/bin/chromium); no browser is ever downloaded.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseOptions } from '../src/cli/options.ts';
import { serve } from '../src/server/static.ts';
import { sitemapUrls } from '../src/verify/sitemap.ts';

const { values, positionals } = parseOptions(process.argv.slice(2), { budget: { type: 'string', default: '0.95' }, json: { type: 'string' } });
const dir = resolve(positionals[0] ?? 'dist');
const budget = Number(values.budget);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(join(dir, 'sitemap.xml'))) {
  console.error(`Không thấy ${dir}/sitemap.xml. Hãy dựng trang trước: npm run build`);
  process.exit(2);
}

/** The six pages, picked from the sitemap so any commune (and base path) works. */
function pagesOf(urls: string[]): [string, string][] {
  const paths = urls.map((u) => new URL(u).pathname);
  const base = paths.reduce((a, b) => (a.length <= b.length ? a : b));
  const rest = (p: string) => p.slice(base.length);
  const find = (label: string, test: (p: string) => boolean, pick: (found: string[]) => string | undefined = (f) => f[0]) => {
    const path = pick(paths.filter((p) => test(rest(p))));
    if (!path) throw new Error(`no ${label} page in the sitemap`);
    return [label, path] as [string, string];
  };
  return [
    find('home', (p) => p === ''),
    find('procedure index', (p) => p === 'thu-tuc-hanh-chinh/'),
    find('procedure', (p) => /^thu-tuc-hanh-chinh\/[^/]+\/$/.test(p) && !p.includes('ban-in')),
    find('news article', (p) => /^tin-tuc\/[^/]+\/$/.test(p) && !/^tin-tuc\/(trang|chu-de)\//.test(p)),
    find(
      'plan',
      (p) => /^ke-hoach\/\d{4}\/$/.test(p),
      (f) => f.sort().at(-1),
    ),
    find('search', (p) => p === 'tim-kiem/'),
  ];
}

const pages = pagesOf(sitemapUrls(dir) ?? []);
const base = pages[0]![1];
// Compressed, as every host serves it (deploy/nginx.conf: gzip on).
const server = await serve(dir, base, { likeCdn: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const rows: string[][] = [];
const problems: string[] = [];
const started = performance.now();
try {
  for (const [label, path] of pages) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((c) => lhr.categories[c]?.score ?? 0);
    rows.push([label, path, ...scores.map((s) => s.toFixed(2))]);
    CATEGORIES.forEach((c, i) => {
      if (scores[i]! < budget) problems.push(`${path}: ${c} ${scores[i]!.toFixed(2)} < ${budget}`);
    });
    // Every audit that cost points, so a drop can be acted on from the log alone.
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  ${path} ${c}: ${audit.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    if (values.json) {
      mkdirSync(values.json, { recursive: true });
      writeFileSync(join(values.json, `${label.replace(/\W+/g, '-')}.json`), result.report as string);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', 'path', ...CATEGORIES];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(`\nLighthouse on ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s, budget ${budget}.`);
if (problems.length) {
  console.error(`\nBelow budget:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
