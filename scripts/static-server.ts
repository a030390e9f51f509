import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Browser mode: serves the production build from 127.0.0.1 only (never another interface). */

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Maps a request path inside `root`; refuses anything that would escape it (../, encoded dots, backslashes). */
export function resolveStaticPath(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const filePath = resolve(absoluteRoot, relative);
  return filePath.startsWith(absoluteRoot + sep) ? filePath : null;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const filePath = resolveStaticPath(root, request.url ?? '/');
    if (!filePath || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(filePath ? 405 : 403).end();
      return;
    }
    readFile(filePath).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': MIME_TYPES[extname(filePath)] ?? 'application/octet-stream',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
