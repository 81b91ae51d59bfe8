/**
 * `reportlint web`: serve the authors' page (the static files of `npm run build:web`, in dist/page/) on 127.0.0.1,
 * on a free port or `--port`. The server only hands out those files: the page checks manuscripts in the browser
 * and sends nothing back (there is nothing here to receive it).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT } from './exit.js';

/** dist/page/: one level above this module both in dist/cli/ and in the CLI bundle (dist/bundle/). */
export const PAGE_DIR = fileURLToPath(new URL('../page/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** A server for the files of `dir`, GET and HEAD only, nothing outside `dir`. */
export function pageServer(dir: string): Server {
  return createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html';
      const file = join(dir, rel);
      if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep) || !TYPES[extname(file)]) {
        res.writeHead(404).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)]!, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
}

export async function runWeb(o: { port?: string }): Promise<number> {
  if (!existsSync(join(PAGE_DIR, 'index.html'))) {
    process.stderr.write(`reportlint: the web page is not built (no ${PAGE_DIR}index.html); run npm run build:web\n`);
    return EXIT.error;
  }
  const port = o.port === undefined ? 0 : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`reportlint: --port must be a number from 0 to 65535, got ${JSON.stringify(o.port)}\n`);
    return EXIT.error;
  }
  const server = pageServer(PAGE_DIR);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch (e) {
    process.stderr.write(`reportlint: cannot serve on 127.0.0.1:${port} (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return EXIT.error;
  }
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  process.stdout.write(`reportlint web: http://127.0.0.1:${actual}/ (manuscripts are checked in the browser, nothing is uploaded; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}
