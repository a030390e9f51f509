import { describe, expect, it } from 'vitest';
import { createTrustedUrlCheck, isAppUrl, isSafeExternalUrl, resolveDevServerUrl } from './app-url';

describe('isAppUrl', () => {
  it.each([
    'app://barometerbrev/',
    'app://barometerbrev/index.html',
    'app://barometerbrev/index.html#/breve/3',
    'app://barometerbrev/assets/index-abc.js?v=1',
    'APP://BAROMETERBREV/index.html',
  ])('accepts our own origin: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['a look-alike host', 'app://barometerbrev.evil.com/'],
    ['our name as a path', 'app://evil/barometerbrev'],
    ['our URL nested in https', 'https://app://barometerbrev'],
    ['https with our host', 'https://barometerbrev/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['userinfo pointing elsewhere', 'app://barometerbrev@evil/'],
    ['userinfo on our host', 'app://user:pw@barometerbrev/'],
    ['a port', 'app://barometerbrev:8080/'],
    ['a Cyrillic е in the host', 'app://barometerbrеv/'],
    ['a sub-domain of ours', 'app://x.barometerbrev/'],
    ['a prefix of ours', 'app://barometer/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl({ href: 'app://barometerbrev/' })).toBe(false);
  });
});

describe('resolveDevServerUrl', () => {
  it('honours the dev server only in an unpackaged build on loopback http', () => {
    expect(resolveDevServerUrl('http://127.0.0.1:5173', false)?.origin).toBe('http://127.0.0.1:5173');
    expect(resolveDevServerUrl('http://localhost:5173/', false)?.origin).toBe('http://localhost:5173');
  });

  it.each([
    ['packaged', 'http://127.0.0.1:5173', true],
    ['remote host', 'http://example.com:5173', false],
    ['https remote', 'https://evil.example/', false],
    ['file', 'file:///tmp/index.html', false],
    ['credentials', 'http://a:b@127.0.0.1:5173', false],
    ['unset', undefined, false],
  ] as const)('ignores it when %s', (_label, url, isPackaged) => {
    expect(resolveDevServerUrl(url, isPackaged)).toBeNull();
  });
});

describe('createTrustedUrlCheck', () => {
  it('trusts only the app origin in production', () => {
    const trusted = createTrustedUrlCheck(null);
    expect(trusted('app://barometerbrev/index.html')).toBe(true);
    expect(trusted('http://127.0.0.1:5173/')).toBe(false);
  });

  it('adds exactly the dev origin in development', () => {
    const trusted = createTrustedUrlCheck(new URL('http://127.0.0.1:5173'));
    expect(trusted('http://127.0.0.1:5173/src/main.tsx')).toBe(true);
    expect(trusted('app://barometerbrev/')).toBe(true);
    expect(trusted('http://127.0.0.1:5174/')).toBe(false);
    expect(trusted('http://localhost:5173/')).toBe(false);
    expect(trusted('https://127.0.0.1:5173/')).toBe(false);
    expect(trusted('http://127.0.0.1:5173@evil.com/')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows plain https links', () => {
    expect(isSafeExternalUrl('https://www.kk.dk/integration')).toBe(true);
  });

  it('allows a mailto link to one plain address', () => {
    expect(isSafeExternalUrl('mailto:Jakob.Hougaard@bif.kk.dk')).toBe(true);
  });

  it.each([
    'http://www.kk.dk/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pw@kk.dk/',
    'app://barometerbrev/',
    'mailto:a@kk.dk?attach=C:/secret.txt',
    'mailto:a@kk.dk,b@evil.com',
    'mailto:',
    'mailto:%0Abcc@evil.com',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
