// A minimal static file server for browser tests: serves a folder the way a static host does
// (directory URLs get their index.html, unknown paths the 404 page), under an optional prefix.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Headers for every path from a Netlify-style `_headers` file (`/*` block), as hosts apply it. */
function siteHeaders(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s+([\w-]+):\s*(.+)$/gm))
    headers[m[1]!] = m[2]!;
  return headers;
}

export async function serveStatic(root: string, prefix = '/'): Promise<StaticServer> {
  const headers = siteHeaders(root);
  const server: Server = createServer((req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (path.startsWith(prefix)) {
      file = join(root, normalize(path.slice(prefix.length - 1)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(root) || !existsSync(file)) file = null;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      const notFound = join(root, '404.html');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
