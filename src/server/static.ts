/**
 * The one static file server for built sites: tests, benchmarks, Lighthouse
 * and `verify` serve a folder with it. It listens on 127.0.0.1 on a free
 * port, serves the folder under a base path as a host would (404.html for a
 * miss), and can add the headers of a _headers file (./headers-file.ts) and
 * compress text like a CDN.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

/** Content types by file ending. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** What a CDN compresses; Pagefind's own files (.pagefind, .pf_*) are gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The site's home: origin + base path. */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers for a URL path below the base (e.g. `headersFromFile`). */
  headers?: (path: string) => Record<string, string>;
  /** Gzip text for a client that accepts it, with a cache lifetime, as a CDN does (for measuring bytes on the wire). */
  likeCdn?: boolean;
}

/** The headers a Netlify/Cloudflare-style _headers file (public/_headers, copied into a build) gives each path. */
export function headersFromFile(file: string): (path: string) => Record<string, string> {
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return (path) => headersFor(rules, path);
}

export async function serve(dir: string, base = '/', options: ServeOptions = {}): Promise<RunningServer> {
  const root = resolve(dir);
  const zipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const target = found ? file : join(root, '404.html');
    if (!existsSync(target)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(target);
    const headers: Record<string, string> = {
      ...options.headers?.(path.slice(base.length - 1)),
      'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
      ...(options.likeCdn ? { 'Cache-Control': 'public, max-age=3600' } : {}),
    };
    if (options.likeCdn && COMPRESSIBLE.has(ext) && /gzip/.test(String(req.headers['accept-encoding']))) {
      if (!zipped.has(target)) zipped.set(target, gzipSync(readFileSync(target), { level: 9 }));
      res.writeHead(found ? 200 : 404, { ...headers, 'Content-Encoding': 'gzip' }).end(zipped.get(target));
      return;
    }
    res.writeHead(found ? 200 : 404, headers);
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
