import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LOGO_MAX_BYTES,
  bytesToDataUrl,
  checkLogoFile,
  dataUrlBytes,
  letterheadSchema,
  readLetterhead,
} from './logo-check';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The first 33 bytes of a PNG (signature + IHDR) for the given size: all the check reads. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 0);
  bytes.set(encode('IHDR'), 12);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

const realPng = new Uint8Array(readFileSync(new URL('../../assets/icon.png', import.meta.url)));

describe('checkLogoFile', () => {
  it('accepts a real PNG and reads its pixel size from the header', () => {
    expect(checkLogoFile('logo.png', realPng)).toEqual({
      ok: true,
      logo: { format: 'png', width: 1024, height: 1024 },
    });
  });

  it('decides by the bytes, not the name: a PNG named .svg is a PNG, a JPEG named .png is refused as JPEG', () => {
    expect(checkLogoFile('logo.svg', pngHeader(300, 80))).toMatchObject({
      ok: true,
      logo: { format: 'png' },
    });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    expect(checkLogoFile('logo.png', jpeg)).toEqual({
      ok: false,
      message:
        '«logo.png» er et JPEG-billede, ikke PNG eller SVG. Gem logoet som PNG eller SVG og prøv igen.',
    });
  });

  it('refuses a PNG without its header, too large files and too many or too few pixels, naming the file', () => {
    const broken = pngHeader(10, 10);
    broken.set(encode('IDAT'), 12);
    expect(checkLogoFile('brudt.png', broken)).toMatchObject({
      ok: false,
      message: expect.stringContaining('«brudt.png» er et ødelagt PNG-billede'),
    });
    const huge = new Uint8Array(LOGO_MAX_BYTES + 1);
    huge.set(pngHeader(100, 100));
    expect(checkLogoFile('stor.png', huge)).toEqual({
      ok: false,
      message: 'Logoet «stor.png» fylder 2,0 MB. Det må højst fylde 2 MB.',
    });
    expect(checkLogoFile('bred.png', pngHeader(6000, 200))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Logoet «bred.png» er 6000 × 200 pixel. Det må højst være 4000 pixel'),
    });
    expect(checkLogoFile('lille.png', pngHeader(8, 8))).toMatchObject({
      ok: false,
      message: expect.stringContaining('kun 8 × 8 pixel'),
    });
    expect(checkLogoFile('tom.png', new Uint8Array())).toEqual({ ok: false, message: '«tom.png» er tom.' });
  });

  it('accepts an SVG with a prolog, comment and namespace, sized by width/height or by viewBox', () => {
    const svg = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" width="240px" height="60"><rect width="10" height="10"/></svg>`;
    expect(checkLogoFile('logo.svg', encode(svg))).toEqual({
      ok: true,
      logo: { format: 'svg', width: 240, height: 60 },
    });
    const byViewBox = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100"><a href="#x"/></svg>';
    expect(checkLogoFile('vb.svg', encode(byViewBox))).toMatchObject({
      ok: true,
      logo: { width: 400, height: 100 },
    });
    const halfSized = '<svg xmlns="http://www.w3.org/2000/svg" width="200" viewBox="0 0 400 100"></svg>';
    expect(checkLogoFile('halv.svg', encode(halfSized))).toMatchObject({
      ok: true,
      logo: { width: 200, height: 50 },
    });
  });

  it.each([
    ['<html><body>hej</body></html>', 'dens rodelement er <html>, ikke <svg>'],
    ['<svg width="10" height="10"><script>alert(1)</script></svg>', 'indeholder et script'],
    ['<svg width="100" height="100" onload="alert(1)"></svg>', 'hændelseskode'],
    ['<!DOCTYPE svg [<!ENTITY a "b">]><svg width="100" height="100"></svg>', 'DOCTYPE'],
    [
      '<svg width="100" height="100"><image href="https://example.org/x.png"/></svg>',
      'https://example.org/x.png',
    ],
    ['<svg width="100" height="100"><foreignObject/></svg>', '<foreignObject>'],
    ['<svg width="50%" height="10em"></svg>', 'mangler en størrelse'],
    ['hello world', 'hverken et PNG- eller et SVG-billede'],
  ])('refuses %s', (svg, expected) => {
    const result = checkLogoFile('logo.svg', encode(svg));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(expected);
      expect(result.message).toContain('logo.svg');
    }
  });
});

describe('stored letterhead', () => {
  const png = bytesToDataUrl(realPng, 'image/png');
  const stored = {
    logo: { fileName: 'logo.png', format: 'png', dataUrl: png, pngDataUrl: png, width: 1024, height: 1024 },
    position: 'left',
  };

  it('round-trips bytes through a data: URL', () => {
    expect(dataUrlBytes(png)).toEqual(realPng);
    expect(dataUrlBytes('data:image/png,notbase64')).toBeNull();
  });

  it('accepts a valid setting and falls back to the neutral default (no logo, right) for anything else', () => {
    expect(letterheadSchema.safeParse(stored).success).toBe(true);
    expect(readLetterhead(stored)).toEqual(stored);
    expect(readLetterhead(undefined)).toEqual({ logo: null, position: 'right' });
    const wrongBytes = { ...stored, logo: { ...stored.logo, pngDataUrl: 'data:image/png;base64,AAAA' } };
    expect(letterheadSchema.safeParse(wrongBytes).success).toBe(false);
    const svgAsPng = { ...stored, logo: { ...stored.logo, format: 'svg' } };
    expect(letterheadSchema.safeParse(svgAsPng).success).toBe(false);
    expect(letterheadSchema.safeParse({ ...stored, extra: 1 }).success).toBe(false);
  });
});
