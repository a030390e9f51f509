import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../scripts/static-server';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise "/../"). */
function get(url: string, path: string, host?: string): Promise<{ status: number; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const headers = host === undefined ? {} : { Host: host };
    request({ hostname, port, path, method: 'GET', headers }, (response) => {
      response.resume();
      resolve({
        status: response.statusCode ?? 0,
        csp: response.headers['content-security-policy'] as string,
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('browser-mode static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'barometerbrev-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(root, '..', 'hemmelig.txt'), 'nej');
    server = await startStaticServer(root);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the build with the shell’s Content-Security-Policy', async () => {
    const index = await get(server.url, '/');
    expect(index.status).toBe(200);
    expect(index.csp).toContain("script-src 'self'");
    expect((await get(server.url, '/assets/app.js')).status).toBe(200);
  });

  it.each([
    '/../hemmelig.txt',
    '/%2e%2e/hemmelig.txt',
    '/..%2fhemmelig.txt',
    '/assets%5c..%5c..%5chemmelig.txt',
  ])('refuses %s', async (path) => {
    expect([403, 404]).toContain((await get(server.url, path)).status);
  });

  it('answers 127.0.0.1 and localhost on its own port', async () => {
    const { port } = new URL(server.url);
    expect((await get(server.url, '/', `127.0.0.1:${port}`)).status).toBe(200);
    expect((await get(server.url, '/', `LOCALHOST:${port}`)).status).toBe(200);
  });

  it.each([
    'evil.example',
    'evil.example:PORT',
    '127.0.0.1',
    'localhost:1',
    '127.0.0.1.nip.io:PORT',
    '[::1]:PORT',
  ])('refuses a forged Host header (DNS rebinding): %s', async (host) => {
    const { port } = new URL(server.url);
    const answer = await get(server.url, '/', host.replace('PORT', port));
    expect(answer.status).toBe(421);
    expect(answer.csp).toBeUndefined();
  });
});
