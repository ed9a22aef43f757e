/**
 * Serves the built app (dist/) as a static host would, with the headers it expects: the same
 * Content-Security-Policy as the build's meta tag (read from the built index.html, so there is
 * one policy), sent as a header too so `frame-ancestors` holds, and the language reference as
 * UTF-8 text. Only files under the folder are served; no listing.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The build's policy, from its meta tag; the server adds what only a header can say. */
export async function policyOf(dist: string): Promise<string> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!meta) throw new Error(`${dist}/index.html has no Content-Security-Policy: is it a production build?`);
  return `${meta[1].replace(/&#39;/g, "'")}; frame-ancestors 'none'`;
}

export function staticFiles(dist: string, policy: string) {
  const root = path.resolve(dist);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://host');
    let file: string;
    try {
      file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
    } catch {
      return end(res, 400);
    }
    if (file !== root && !file.startsWith(root + path.sep)) return end(res, 404);
    if (req.method !== 'GET' && req.method !== 'HEAD') return end(res, 405);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const size = (await stat(file)).size;
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': size,
        'Content-Security-Policy': policy,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        // Hashed assets never change; the page and the service worker are looked at every time.
        'Cache-Control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
    } catch {
      end(res, 404);
    }
  };
}

function end(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(String(status));
}
