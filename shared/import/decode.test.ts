import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { decodeWindows1252, encodeWindows1252 } from './windows-1252';

const DANISH = 'æøåÆØÅé€–';

describe('decodeText', () => {
  it('reads Windows-1252 bytes from Danish Excel, including € and – that Node 20 gets wrong', () => {
    const bytes = new Uint8Array([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5, 0xe9, 0x80, 0x96]);
    expect(decodeText(bytes)).toEqual({ text: DANISH, encoding: 'windows-1252' });
  });

  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    const utf8 = new TextEncoder().encode(DANISH);
    expect(decodeText(utf8)).toEqual({ text: DANISH, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: DANISH,
      encoding: 'utf-8-bom',
    });
  });

  it('reads UTF-16 with either byte order mark', () => {
    const units = [...DANISH].map((c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeText(le)).toEqual({ text: DANISH, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: DANISH, encoding: 'utf-16be' });
  });
});

describe('windows-1252', () => {
  it('round-trips every character it can hold', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(encodeWindows1252(decodeWindows1252(all))).toEqual(all);
  });

  it('refuses characters outside the code page instead of writing a wrong byte', () => {
    expect(() => encodeWindows1252('Ω')).toThrow('Ω');
  });
});
