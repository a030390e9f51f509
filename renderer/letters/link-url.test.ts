import { describe, expect, it } from 'vitest';
import { normalizeLinkUrl } from './link-url';

describe('normalizeLinkUrl', () => {
  it('accepts web and mail addresses', () => {
    expect(normalizeLinkUrl(' https://www.kk.dk/integrationsbarometer ')).toEqual({
      ok: true,
      url: 'https://www.kk.dk/integrationsbarometer',
    });
    expect(normalizeLinkUrl('mailto:a@kk.dk')).toEqual({ ok: true, url: 'mailto:a@kk.dk' });
  });

  it('completes the obvious: www. and a bare e-mail address', () => {
    expect(normalizeLinkUrl('www.kk.dk')).toEqual({ ok: true, url: 'https://www.kk.dk' });
    expect(normalizeLinkUrl('www.kk.dk/integration')).toEqual({
      ok: true,
      url: 'https://www.kk.dk/integration',
    });
    expect(normalizeLinkUrl('kk.dk/test')).toEqual({ ok: true, url: 'https://kk.dk/test' });
    expect(normalizeLinkUrl('københavn.dk')).toEqual({ ok: true, url: 'https://københavn.dk' });
    expect(normalizeLinkUrl('Jakob.Hougaard@bif.kk.dk')).toEqual({
      ok: true,
      url: 'mailto:Jakob.Hougaard@bif.kk.dk',
    });
  });

  it('refuses script, file and empty addresses with a Danish reason', () => {
    for (const bad of ['javascript:alert(1)', 'file:///C:/hemmelig.txt', 'kk dk']) {
      const result = normalizeLinkUrl(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('https://');
    }
    expect(normalizeLinkUrl('javascript:alert(1)')).toEqual({
      ok: false,
      message:
        '«javascript:alert(1)» er ikke en web- eller mailadresse. Linket skal begynde med https://, http:// eller mailto: (fx https://www.kk.dk).',
    });
    expect(normalizeLinkUrl('  ')).toEqual({ ok: false, message: 'Skriv en adresse, fx https://www.kk.dk.' });
  });
});
