import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfTextString, withPdfInfo } from './info';

/** A minimal one-page PDF with a classic xref table and an Info dictionary, the shape Skia/Chromium writes. */
function minimalPdf(info = '<</Title (Brev) /Creator (Chromium) /Producer (Skia/PDF m156)>>'): Uint8Array {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R /Lang (da)>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>',
    info,
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new TextEncoder().encode(text);
}

const dir = mkdtempSync(join(tmpdir(), 'pdf-info-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfinfo = ['/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo'].find((path) => existsSync(path));

describe('withPdfInfo', () => {
  it('writes Danish text as UTF-16 hex strings', () => {
    expect(pdfTextString('Sø')).toBe('<FEFF005300F8>');
  });

  it('appends author, subject and title as an incremental update and keeps the original bytes', () => {
    const original = minimalPdf();
    const amended = withPdfInfo(original, {
      title: 'Brev til Børne- og Ungdomsudvalget',
      author: 'Beskæftigelses- og Integrationsudvalget',
      subject: 'Integrationsbarometret, maj 2008',
    });
    expect(amended.subarray(0, original.length)).toEqual(original);
    const tail = new TextDecoder().decode(amended.subarray(original.length));
    expect(tail).toMatch(/^\n5 0 obj\n<<\/Creator \(Chromium\) \/Producer \(Skia\/PDF m156\)\n\/Title <FEFF/);
    expect(tail).toContain('/Prev ');
    expect(tail).toMatch(
      /trailer\n<<\/Size 6 \/Root 1 0 R \/Info 5 0 R \/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/,
    );
    // The new startxref points at the new xref section.
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(tail)?.[1]);
    expect(new TextDecoder().decode(amended.subarray(startxref, startxref + 4))).toBe('xref');
  });

  it.skipIf(!pdfinfo)('is read by poppler as the document information', () => {
    const path = join(dir, 'brev.pdf');
    writeFileSync(
      path,
      withPdfInfo(minimalPdf(), {
        title: 'Brev til Økonomiudvalget',
        author: 'Beskæftigelses- og Integrationsudvalget',
      }),
    );
    const info = execFileSync(pdfinfo ?? 'pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Brev til Økonomiudvalget$/m);
    expect(info).toMatch(/^Author:\s+Beskæftigelses- og Integrationsudvalget$/m);
    expect(info).toMatch(/^Creator:\s+Chromium$/m);
    expect(info).not.toMatch(/Syntax (Error|Warning)/);
  });

  it.skipIf(!pdfinfo)(
    "replaces Chromium's creator (a string with escaped parentheses) and keeps its producer",
    () => {
      const path = join(dir, 'creator.pdf');
      const chromium = minimalPdf(
        '<</Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) HeadlessChrome/156) /Producer (Skia/PDF m156)>>',
      );
      const amended = withPdfInfo(chromium, { creator: 'Barometerbrev', author: 'BIU' });
      // The new Info object carries the producer over but not the old creator.
      const update = new TextDecoder().decode(amended.subarray(chromium.length));
      expect(update).toContain('/Producer (Skia/PDF m156)');
      expect(update).not.toContain('Mozilla');
      writeFileSync(path, amended);
      const info = execFileSync(pdfinfo ?? 'pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(/^Creator:\s+Barometerbrev$/m);
      expect(info).toMatch(/^Producer:\s+Skia\/PDF m156$/m);
      expect(info).toMatch(/^Author:\s+BIU$/m);
    },
  );

  it('leaves a file it cannot amend (no classic trailer) as it was, and does nothing without information', () => {
    const odd = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
    expect(withPdfInfo(odd, { author: 'X' })).toBe(odd);
    const pdf = minimalPdf();
    expect(withPdfInfo(pdf, {})).toBe(pdf);
  });
});
