/**
 * The browser CMS at /admin/: Sveltia CMS, self-hosted. After the build (and
 * after cchc.ts has written the sitemap and search index, so /admin/ is in
 * neither) it writes into dist/admin/:
 * - index.html, which loads only files from this folder;
 * - config.yml, generated from the Zod schemas (src/cms/config.ts);
 * - the CMS script and its lazy chunk, copied from node_modules/@sveltia/cms,
 *   with the script's three web-font addresses (a CDN) pointed at fonts/;
 * - those fonts, from the @fontsource packages, and the CMS's interface
 *   translations, which it would otherwise fetch from a CDN;
 * - cms-setup.js, which makes Vietnamese the default interface language and
 *   sends the CMS's own CDN requests (translations, version check) here.
 * `npm run dev` serves the same files from memory, with a fresh config.yml.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendFor, cmsConfigYaml } from '../cms/config.ts';
import { adminContentSecurityPolicy, adminGitHosts } from '../lib/security.ts';
import { contentDir, loadSite } from '../data/site.ts';
import { adminUi } from '../i18n/cms.ts';
import { unitName } from '../lib/unit.ts';

/** Where the CMS is served, under the site's base path. */
const ADMIN_DIR = 'admin';

/** The installed @sveltia/cms package folder (its exports map only allows the entry point). */
export function sveltiaRoot(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), '..');
}

/** Runs before the CMS script; plain ES2020 so it needs no build step. */
const SETUP_SCRIPT = `// Chạy trước Sveltia CMS: giao diện tiếng Việt mặc định, và mọi tệp của CMS lấy từ chính thư mục này.
(() => {
  const PREFS = 'sveltia-cms.prefs';
  try {
    const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}') || {};
    if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
  } catch {}
  const here = new URL('./', document.currentScript.src);
  const cdn = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms(?:@[^/]+)?\\/(?:dist\\/)?/;
  // GitHub's status page, polled every five minutes: refused here, the CMS shows no banner and no other host is asked.
  const status = /^https:\\/\\/www\\.githubstatus\\.com\\//;
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (status.test(url)) return Promise.reject(new TypeError('githubstatus.com is not asked from /admin/'));
    const own = cdn.exec(url);
    return fetch(own ? new URL(url.slice(own[0].length), here).href : input, init);
  };
})();
`;

function adminPage(title: string, base: string, policy: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${title}</title>
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<script src="cms-setup.js"></script>
</head>
<body>
<noscript>${adminUi.noscript}</noscript>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}

/** A web font the CMS loads from jsDelivr, e.g. …/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2 */
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([\w-]+\.woff2)/g;

export interface Font {
  /** File name under admin/fonts/. */
  name: string;
  /** The same font in the installed @fontsource package. */
  file: string;
}

/**
 * The CMS script with its CDN font addresses pointed at admin/fonts/, and the
 * fonts to copy there. Throws when a font's package is not installed, so a
 * CMS upgrade that needs another font stops the build instead of reaching a CDN.
 */
export function selfHostedScript(script: string, adminPath: string): { script: string; fonts: Font[] } {
  const fonts = new Map<string, Font>();
  const rewritten = script.replace(FONT_URL, (_url, family: string, variable: string | undefined, file: string) => {
    const name = `${family}-${file}`;
    const pkg = `@fontsource${variable ? '-variable' : ''}/${family}`;
    let path: string;
    try {
      path = join(dirname(fileURLToPath(import.meta.resolve(`${pkg}/LICENSE`))), 'files', name);
    } catch {
      throw new Error(`Sveltia CMS cần phông ${family}: cài gói ${pkg} (npm install ${pkg}) để không tải phông từ CDN.`);
    }
    if (!existsSync(path)) throw new Error(`Không tìm thấy ${path} (phông ${family} cho Sveltia CMS).`);
    fonts.set(name, { name, file: path });
    return `${adminPath}fonts/${name}`;
  });
  return { script: rewritten, fonts: [...fonts.values()] };
}

/** Files copied from the package as they are: [from (relative to the package), to (relative to admin/)]. */
async function packageFiles(root: string): Promise<[string, string][]> {
  const chunks = (await readdir(join(root, 'dist/chunks'))).filter((f) => f.endsWith('.js'));
  const locales = (await readdir(join(root, 'locales'))).filter((f) => f.endsWith('.json'));
  return [
    ['LICENSE.txt', 'LICENSE.txt'],
    // Its version check fetches package.json; answered here, it never reaches the CDN.
    ['package.json', 'package.json'],
    ...chunks.map((f): [string, string] => [`dist/chunks/${f}`, `chunks/${f}`]),
    ...locales.map((f): [string, string] => [`locales/${f}`, `locales/${f}`]),
  ];
}

/** The generated files of /admin/, by name, and the fonts the script now expects in fonts/. */
function generatedFiles(dir = contentDir()): { files: Map<string, string>; fonts: Font[] } {
  const site = loadSite(dir);
  const commune = unitName(site);
  const { script, fonts } = selfHostedScript(readFileSync(join(sveltiaRoot(), 'dist/sveltia-cms.js'), 'utf8'), `${site.base}${ADMIN_DIR}/`);
  const files = new Map([
    ['index.html', adminPage(adminUi.title(commune), site.base, adminContentSecurityPolicy(adminGitHosts(backendFor(site)), 'meta'))],
    ['config.yml', cmsConfigYaml({ site, contentDir: dir })],
    ['cms-setup.js', SETUP_SCRIPT],
    ['sveltia-cms.js', script],
  ]);
  return { files, fonts };
}

async function writeAdmin(outDir: string): Promise<void> {
  const target = join(outDir, ADMIN_DIR);
  const root = sveltiaRoot();
  const { files, fonts } = generatedFiles();
  const copies: [string, string][] = [
    ...(await packageFiles(root)).map(([from, to]): [string, string] => [join(root, from), to]),
    ...fonts.map((font): [string, string] => [font.file, `fonts/${font.name}`]),
  ];
  for (const [name, text] of files) {
    await mkdir(dirname(join(target, name)), { recursive: true });
    await writeFile(join(target, name), text);
  }
  for (const [from, to] of copies) {
    await mkdir(dirname(join(target, to)), { recursive: true });
    await copyFile(from, join(target, to));
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function cmsAdmin(): AstroIntegration {
  let base = '/';
  return {
    name: 'cchc-admin',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${ADMIN_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          const { files, fonts } = generatedFiles();
          let body: string | Buffer | undefined = files.get(name);
          if (body === undefined) {
            const font = fonts.find((f) => `fonts/${f.name}` === name);
            const from =
              font?.file ??
              (/^(chunks\/[\w.-]+\.js)$/.test(name)
                ? join(sveltiaRoot(), 'dist', name)
                : /^(locales\/[\w-]+\.json|package\.json|LICENSE\.txt)$/.test(name)
                  ? join(sveltiaRoot(), name)
                  : undefined);
            if (!from || !existsSync(from)) return next();
            body = readFileSync(from);
          }
          res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          res.end(body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        await writeAdmin(fileURLToPath(dir));
        logger.info(`Trang biên tập /${ADMIN_DIR}/: ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
