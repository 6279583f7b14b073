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
 *   sends the CMS's own CDN requests (translations, version check) here;
 * - cms-site.js (src/cms/admin-script.js), run after the CMS: the preview
 *   styled with the portal's own stylesheet, and the ngày/tháng/năm date field;
 * - locales/vi.json with the CMS's missing strings supplied (src/cms/locale.ts).
 * The commune's logo is the site's own (src/data/logo.ts), published by src/integrations/portal.ts.
 * `npm run dev` serves the same files from memory, with a fresh config.yml.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendFor, cmsConfigYaml } from '../cms/config.ts';
import { servedVietnamese } from '../cms/locale.ts';
import { DATE_FIELD_TYPE } from '../cms/schema-fields.ts';
import { adminContentSecurityPolicy, adminGitHosts } from '../lib/security.ts';
import { contentDir, loadSite } from '../data/site.ts';
import { adminUi } from '../i18n/cms.ts';
import { ADMIN_FOLDER } from '../lib/paths.ts';
import { pageStylesheets } from '../lib/stylesheets.ts';
import { escapeAttr } from '../lib/text.ts';
import { unitName } from '../lib/unit.ts';

/** The script run after the CMS, served as cms-site.js. */
const SITE_SCRIPT = fileURLToPath(new URL('../cms/admin-script.js', import.meta.url));

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
  // The CMS offers, in the browser's language, to switch to it ("Sveltia CMS is now available in English!",
  // "Change Language", "Later"): on this page the browser's language is Vietnamese, so it never asks.
  for (const name of ['language', 'languages']) {
    Object.defineProperty(navigator, name, { configurable: true, get: () => (name === 'language' ? 'vi' : ['vi']) });
  }
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

/**
 * The CMS's page, written by hand: every value from outside this file is
 * escaped. The title holds the commune's name from site.yaml, whose
 * "</title><meta http-equiv=refresh …>" would otherwise send the clerk
 * signing in to another host (a meta refresh is not stopped by the CSP).
 */
export function adminPage(title: string, base: string, policy: string, previewStyles: readonly string[]): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeAttr(title)}</title>
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<script src="cms-setup.js"></script>
</head>
<body>
<noscript>${adminUi.noscript}</noscript>
<script src="sveltia-cms.js"></script>
<script src="cms-site.js" data-date-field="${DATE_FIELD_TYPE}" data-preview-styles="${escapeAttr(previewStyles.join(' '))}" data-date-placeholder="${escapeAttr(adminUi.datePlaceholder)}" data-date-invalid="${escapeAttr(adminUi.dateInvalid)}"></script>
</body>
</html>
`;
}

/** A web font the CMS loads from jsDelivr, e.g. …/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2 */
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([\w-]+\.woff2)/g;

interface Font {
  /** File name under admin/fonts/. */
  name: string;
  /** The same font in the installed @fontsource package. */
  file: string;
}

/**
 * Packages the CMS imports from unpkg.com when a feature needs them (Immutable
 * for a custom field type such as the date field), with the file it imports,
 * served from admin/modules/ instead. Any other unpkg.com import stays refused
 * by the page's policy.
 */
const CDN_MODULES: Record<string, string> = { immutable: 'dist/immutable.es.js' };

/** The CMS's unpkg.com address builder: `https://unpkg.com/${name}` then "@version". */
const CDN_MODULE_BASE = /`https:\/\/unpkg\.com\/\$\{(\w+)\}`/g;

export interface SelfHosted {
  script: string;
  fonts: Font[];
  /** [path under admin/, installed file] of each module the CMS may import. */
  modules: [string, string][];
}

/**
 * The CMS script with its CDN font addresses pointed at admin/fonts/ and its
 * CDN module imports at admin/modules/, and the files to copy there. Throws
 * when a font's package is not installed, or the module import is no longer
 * found, so a CMS upgrade that needs another font or changes how it imports
 * stops the build instead of reaching a CDN.
 */
export function selfHostedScript(script: string, adminPath: string): SelfHosted {
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
  return {
    script: rewritten.replace(CDN_MODULE_BASE, (_m, name: string) => `\`${adminPath}modules/\${${name}}\``),
    fonts: [...fonts.values()],
    modules: cdnModules(script),
  };
}

/** Each CDN module at the address the rewritten script asks: modules/NAME@VERSION/FILE (the version from its dependency list). */
function cdnModules(script: string): [string, string][] {
  if (!script.includes('https://unpkg.com/${')) return [];
  return Object.entries(CDN_MODULES).map(([name, file]) => {
    const version = new RegExp(`\\b${name}:\`\\^?([\\d.]+)\``).exec(script)?.[1];
    if (!version) throw new Error(`Không tìm thấy phiên bản ${name} mà Sveltia CMS tải từ unpkg.com: kiểm tra lại src/integrations/admin.ts sau khi nâng cấp CMS.`);
    // Resolved from the CMS's own package: these are its dependencies, installed with it.
    return [`modules/${name}@${version}/${file}`, createRequire(join(sveltiaRoot(), 'package.json')).resolve(`${name}/${file}`)];
  });
}

/** Files copied from the package as they are: [from (relative to the package), to (relative to admin/)]. */
async function packageFiles(root: string): Promise<[string, string][]> {
  const chunks = (await readdir(join(root, 'dist/chunks'))).filter((f) => f.endsWith('.js'));
  // vi.json is served with the missing strings supplied (generatedFiles).
  const locales = (await readdir(join(root, 'locales'))).filter((f) => f.endsWith('.json') && f !== 'vi.json');
  return [
    ['LICENSE.txt', 'LICENSE.txt'],
    // Its version check fetches package.json; answered here, it never reaches the CDN.
    ['package.json', 'package.json'],
    ...chunks.map((f): [string, string] => [`dist/chunks/${f}`, `chunks/${f}`]),
    ...locales.map((f): [string, string] => [`locales/${f}`, `locales/${f}`]),
  ];
}

/**
 * The generated files of /admin/, by name; the fonts the script now expects in
 * fonts/. `previewStyles`: the built site's
 * stylesheets (none under `npm run dev`, where Vite injects styles instead).
 */
function generatedFiles(previewStyles: readonly string[], dir = contentDir()): { files: Map<string, string>; copies: [string, string][] } {
  const site = loadSite(dir);
  const commune = unitName(site);
  const root = sveltiaRoot();
  const { script, fonts, modules } = selfHostedScript(readFileSync(join(root, 'dist/sveltia-cms.js'), 'utf8'), `${site.base}${ADMIN_FOLDER}/`);
  const files = new Map([
    ['index.html', adminPage(adminUi.title(commune), site.base, adminContentSecurityPolicy(adminGitHosts(backendFor(site)), 'meta'), previewStyles)],
    ['config.yml', cmsConfigYaml({ site, contentDir: dir })],
    ['cms-setup.js', SETUP_SCRIPT],
    ['sveltia-cms.js', script],
    ['cms-site.js', readFileSync(SITE_SCRIPT, 'utf8')],
    ['locales/vi.json', JSON.stringify(servedVietnamese(root))],
  ]);
  const copies: [string, string][] = [...fonts.map((font): [string, string] => [`fonts/${font.name}`, font.file]), ...modules];
  return { files, copies };
}

async function writeAdmin(outDir: string): Promise<void> {
  const target = join(outDir, ADMIN_FOLDER);
  const root = sveltiaRoot();
  const home = join(outDir, 'index.html');
  const { files, copies: own } = generatedFiles(existsSync(home) ? pageStylesheets(readFileSync(home, 'utf8')) : []);
  const copies: [string, string][] = [
    ...(await packageFiles(root)).map(([from, to]): [string, string] => [join(root, from), to]),
    ...own.map(([to, from]): [string, string] => [from, to]),
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
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
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
        const prefix = `${base}${ADMIN_FOLDER}/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          const { files, copies } = generatedFiles([]);
          let body: string | Buffer | undefined = files.get(name);
          if (body === undefined) {
            const from =
              copies.find(([to]) => to === name)?.[1] ??
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
        logger.info(`Trang biên tập /${ADMIN_FOLDER}/: ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
