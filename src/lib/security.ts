/**
 * The portal's Content-Security-Policy, in one place. Hosts that take
 * headers send it (src/static/_headers, deploy/cchc-headers.conf: the tests keep
 * them equal to this); every page also carries it in a <meta> element, so
 * hosts that cannot set headers (GitHub Pages) still enforce it.
 *
 * - Everything comes from this site: no CDN, font service or analytics.
 * - No inline or eval'd script. 'wasm-unsafe-eval' lets Pagefind compile its
 *   WebAssembly on the search page; it does not allow eval() of JavaScript.
 * - style-src-attr 'unsafe-inline' allows style="text-align: …" attributes
 *   that Markdown tables carry; <style> elements and other hosts' stylesheets
 *   stay blocked. JSON-LD is a data block, which CSP does not run.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // Only honoured in a header: a <meta> policy cannot stop framing.
  ['frame-ancestors', "'self'"],
];

const META_IGNORED = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a header value, or for a <meta http-equiv> (without what browsers ignore there). */
export function contentSecurityPolicy(where: 'header' | 'meta' = 'header'): string {
  return CSP_DIRECTIVES.filter(([name]) => where === 'header' || !META_IGNORED.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The other security headers, as sent by every host config. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'SAMEORIGIN',
};

/**
 * The browser CMS's policy at /admin/: wider than the site's, because the CMS
 * injects its own styles, previews uploads from blob: and data: URLs, and
 * talks to the Git host's API. `gitHosts` are the origins it may reach: the
 * header form (one file for every commune) allows any https: origin; the
 * page's own <meta> names the commune's Git host (adminGitHosts), so hosts
 * that cannot send headers still get a policy, and a narrower one.
 */
export function adminContentSecurityPolicy(gitHosts: readonly string[] = ['https:'], where: 'header' | 'meta' = 'header'): string {
  const hosts = gitHosts.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self' 'wasm-unsafe-eval'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', `'self' data: blob: ${hosts}`],
    ['font-src', "'self' data:"],
    ['connect-src', `'self' data: blob: ${hosts}`],
    ['worker-src', "'self' blob:"],
    // blob: is the preview pane ("Xem trước") drawn with the portal's stylesheet.
    ['frame-src', `'self' blob: ${hosts}`],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', `'self' ${hosts}`],
    ['frame-ancestors', "'none'"],
  ];
  return directives
    .filter(([name]) => where === 'header' || !META_IGNORED.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The default API and sign-in origins of each Git host the CMS supports. */
const GIT_HOSTS = {
  github: ['https://api.github.com', 'https://github.com', 'https://avatars.githubusercontent.com'],
  gitlab: ['https://gitlab.com'],
} as const;

/** The origins the CMS talks to, for its backend (src/cms/config.ts backendFor): the Git host's API and sign-in. */
export function adminGitHosts(backend: { name: 'github' | 'gitlab'; base_url?: string; api_root?: string }): string[] {
  const own = [backend.api_root, backend.base_url].filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin);
  // A self-hosted GitLab names its own API; otherwise the public host's defaults apply.
  const defaults = backend.name === 'gitlab' && own.length ? [] : GIT_HOSTS[backend.name];
  return [...new Set([...defaults, ...own])];
}
