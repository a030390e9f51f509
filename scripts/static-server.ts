import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolveBuildPath, securityHeaders } from '../electron/protocol';

/**
 * Browser mode: serves the production build from 127.0.0.1 only (never another interface), answering only
 * requests addressed to 127.0.0.1 or localhost on its port, with the same path rules and security headers as
 * the desktop shell's app:// handler.
 */

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

function requestPath(requestUrl: string | undefined): string | null {
  try {
    return new URL(requestUrl ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/**
 * DNS rebinding: a web page on evil.example can point its own name at 127.0.0.1 and then read this server
 * as same-origin. The browser still sends "Host: evil.example", so only our own names are answered.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const lower = host.toLowerCase();
  return lower === `127.0.0.1:${port}` || lower === `localhost:${port}`;
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  let actualPort = port;
  const server: Server = createServer((request, response) => {
    if (!isOwnHost(request.headers.host, actualPort)) {
      response
        .writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Barometerbrev svarer kun på 127.0.0.1 og localhost.');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const pathname = requestPath(request.url);
    const resolved = pathname === null ? ({ status: 403 } as const) : resolveBuildPath(pathname, root);
    if ('status' in resolved) {
      response.writeHead(resolved.status).end();
      return;
    }
    readFile(resolved.filePath).then(
      (body) => {
        response.writeHead(200, securityHeaders(resolved.mime));
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
  actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
