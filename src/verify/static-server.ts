/**
 * A minimal static file server for built sites, on 127.0.0.1 and a free port.
 * It serves a folder under a base path, as a host would, and 404.html for misses.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** Content types by file ending; also used by the benchmark's CDN-like server. */
export const MIME_TYPES: Record<string, string> = {
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

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers for a URL path (e.g. from src/static/_headers, see tests/support/headers-file.ts). */
  headers?: (path: string) => Record<string, string>;
}

export async function serve(dir: string, base = '/', options: ServeOptions = {}): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const target = found ? file : join(dir, '404.html');
    res.writeHead(found ? 200 : 404, {
      ...options.headers?.(path.slice(base.length - 1)),
      'Content-Type': MIME_TYPES[extname(target)] ?? 'application/octet-stream',
    });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
