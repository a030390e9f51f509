import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppRequestHandler, resolveAppRequest } from './protocol';

const sandbox = mkdtempSync(path.join(tmpdir(), 'barometerbrev-protocol-'));
const root = path.join(sandbox, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Barometerbrev</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("hej")');
writeFileSync(path.join(root, 'assets', 'æøå brev.css'), 'body{}');
writeFileSync(path.join(root, '.env'), 'SECRET=1');
writeFileSync(path.join(sandbox, 'outside-secret.txt'), 'secret');
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  it('serves the entry page for the root URL', () => {
    expect(resolveAppRequest('app://barometerbrev/', root)).toEqual({
      filePath: path.join(root, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
  });

  it('maps assets with the right MIME type, ignoring query and hash', () => {
    expect(resolveAppRequest('app://barometerbrev/assets/app.js?v=2#x', root)).toEqual({
      filePath: path.join(root, 'assets', 'app.js'),
      mime: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://barometerbrev/logo.SVG', root)).toMatchObject({ mime: 'image/svg+xml' });
    expect(resolveAppRequest('app://barometerbrev/a.woff2', root)).toMatchObject({ mime: 'font/woff2' });
  });

  it('decodes percent-encoded Danish names', () => {
    expect(resolveAppRequest('app://barometerbrev/assets/%C3%A6%C3%B8%C3%A5%20brev.css', root)).toEqual({
      filePath: path.join(root, 'assets', 'æøå brev.css'),
      mime: 'text/css; charset=utf-8',
    });
  });

  it.each([
    'app://barometerbrev/../../etc/passwd',
    'app://barometerbrev/%2e%2e/%2e%2e/etc/passwd',
    'app://barometerbrev/%2E%2E/outside-secret.txt',
    'app://barometerbrev/..%2f..%2fetc%2fpasswd',
    'app://barometerbrev/assets/..%2F..%2Foutside-secret.txt',
    'app://barometerbrev/..\\..\\outside-secret.txt',
    'app://barometerbrev/..%5c..%5coutside-secret.txt',
    'app://barometerbrev/assets%5capp.js',
    'app://barometerbrev/%00index.html',
    'app://barometerbrev/index.html%00.png',
    'app://barometerbrev/C:%5CWindows%5Cwin.ini',
    'app://barometerbrev/index.html:secret',
    'app://barometerbrev/%E0%A4%A',
    'app://evil/index.html',
    'app://barometerbrev.evil.com/index.html',
    'app://barometerbrev@evil/index.html',
    'file:///etc/passwd',
  ])('never resolves outside the build: %s', (url) => {
    const resolution = resolveAppRequest(url, root);
    if ('filePath' in resolution) {
      // URL parsing may normalise '..' away; what matters is that the file is inside the root.
      expect(path.relative(root, resolution.filePath).startsWith('..')).toBe(false);
      expect(resolution.filePath.startsWith(root + path.sep)).toBe(true);
    } else {
      expect([403, 404]).toContain(resolution.status);
    }
  });

  it('refuses decoded traversal outright (403), not just as missing', () => {
    expect(resolveAppRequest('app://barometerbrev/..%2f..%2fetc%2fpasswd', root)).toEqual({ status: 403 });
    expect(resolveAppRequest('app://barometerbrev/..%5c..%5cetc', root)).toEqual({ status: 403 });
  });

  it('hides dotfiles, directories and unknown file types', () => {
    expect(resolveAppRequest('app://barometerbrev/.env', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://barometerbrev/assets/', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://barometerbrev/app.exe', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://barometerbrev/main.js.map', root)).toEqual({ status: 404 });
  });
});

describe('createAppRequestHandler', () => {
  const handle = createAppRequestHandler(root, (filePath) => readFile(filePath));

  it('serves files with the strict CSP header and nosniff', async () => {
    const response = await handle(new Request('app://barometerbrev/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Barometerbrev</title>');
  });

  it('pins the exact policy the app relies on', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('answers 404 for a missing file and 403 for traversal, both with the CSP header', async () => {
    const missing = await handle(new Request('app://barometerbrev/assets/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const traversal = await handle(new Request('app://barometerbrev/..%2f..%2foutside-secret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(
      new Request('app://barometerbrev/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});
