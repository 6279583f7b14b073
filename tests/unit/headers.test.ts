/**
 * One security policy for every host: src/static/_headers (Netlify, Cloudflare
 * Pages), the nginx snippet and the pages' <meta> all say what
 * src/lib/security.ts says, and that policy never allows inline script.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy, CSP_DIRECTIVES, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file.ts';

const rules = parseHeadersFile(readFileSync('src/static/_headers', 'utf8'));
const nginxSnippet = readFileSync('deploy/cchc-headers.conf', 'utf8');
const nginxSite = readFileSync('deploy/nginx.conf', 'utf8');
const nginxHeaders = Object.fromEntries([...nginxSnippet.matchAll(/^add_header ([\w-]+) "([^"]+)" always;$/gm)].map((m) => [m[1]!, m[2]!]));
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('Content-Security-Policy', () => {
  it('allows no inline or eval’d script, and lets Pagefind compile WebAssembly', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|style-src [^;]*'unsafe-inline'/);
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    // Nothing from another host anywhere in the policy.
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('is the same in src/static/_headers, the nginx snippet and src/lib/security.ts', () => {
    const page = headersFor(rules, '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(page['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(nginxHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy());
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(page[name], name).toBe(value);
      expect(nginxHeaders[name], name).toBe(value);
    }
  });

  it('leaves out of the <meta> form what browsers ignore there', () => {
    expect(contentSecurityPolicy('meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy('meta').split('; ')).toHaveLength(CSP_DIRECTIVES.length - 1);
  });

  it('gives the CMS at /admin/ its own policy instead of adding a second one', () => {
    const admin = headersFor(rules, '/admin/index.html');
    expect(admin['Content-Security-Policy']).not.toContain(contentSecurityPolicy());
    expect(admin['Content-Security-Policy']).toContain("script-src 'self'");
    expect(admin['Content-Security-Policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Declared once, in src/lib/security.ts, beside the site's.
    expect(admin['Content-Security-Policy']).toBe(adminContentSecurityPolicy());
  });
});

describe('cache headers', () => {
  const cache = (path: string) => headersFor(rules, path)['Cache-Control'];
  it('caches hashed files for a year and leaves HTML and unhashed search files to a short default', () => {
    expect(cache('/_astro/Base.DDdI7A6W.css')).toBe('public, max-age=31536000, immutable');
    expect(cache('/pagefind/fragment/vi_1146eba.pf_fragment')).toBe('public, max-age=31536000, immutable');
    expect(cache('/pagefind/index/vi_364a445.pf_index')).toBe('public, max-age=31536000, immutable');
    expect(cache('/thu-tuc-hanh-chinh/')).toBeUndefined();
    expect(cache('/pagefind/pagefind.js')).toBeUndefined();
    expect(cache('/pagefind/pagefind-entry.json')).toBeUndefined();
  });

  it('does the same on nginx, with the security headers in every location that sets its own', () => {
    const locations = [...nginxSite.matchAll(/location ([^{]+)\{([^}]*)\}/g)];
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const [, where, body] of locations) {
      if (!body!.includes('add_header')) continue;
      if (where!.includes('admin')) continue;
      expect(body, where).toContain('include snippets/cchc-headers.conf;');
    }
    expect(nginxSite).toMatch(/_astro\/ \{[^}]*max-age=31536000, immutable/);
    expect(nginxSite).toMatch(/pagefind\/\(\?:fragment\|index\|filter\)\/ \{[^}]*max-age=31536000, immutable/);
    expect(nginxSite).toMatch(/location \/ \{[^}]*max-age=300, must-revalidate/);
  });

  it('documents both files verbatim in docs/deploy.md', () => {
    const docs = readFileSync('docs/deploy.md', 'utf8');
    expect(docs).toContain(contentSecurityPolicy());
    for (const line of nginxSnippet.split('\n').filter((l) => l.startsWith('add_header'))) expect(docs).toContain(line);
  });
});
