/**
 * A minimal static file server for a built site (directory index, 404.html for unknown paths), so the audit can
 * crawl any folder, including broken fixtures, without Astro.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The file for a URL path, or null. */
export function fileFor(root: string, pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

/** Astro's built assets have a content hash in their name: a host may let browsers keep them (public/_headers). */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function serve(root: string, port: number): Promise<Server> {
  // Each file compressed once: the audit requests the same scripts and styles for hundreds of pages.
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file: string | null = null;
    try {
      file = fileFor(root, url.pathname);
    } catch {
      file = null;
    }
    const notFound = join(root, '404.html');
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    // Compressed like any real static host, so measurements (Lighthouse) see realistic transfer sizes.
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const caching: Record<string, string> = url.pathname.startsWith('/_astro/') ? { 'Cache-Control': IMMUTABLE } : {};
    if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|javascript|json|svg/.test(type)) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...caching });
      let compressed = gzipped.get(file);
      if (!compressed) gzipped.set(file, (compressed = gzipSync(body)));
      res.end(compressed);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, ...caching });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
