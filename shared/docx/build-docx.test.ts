import { describe, expect, it } from 'vitest';
import {
  HOSTILE_TEXT,
  LONG_PARAGRAPH,
  fixtureDataset,
  fixtureLetter,
  hostileDataset,
} from '../letter/test-fixtures';
import type { ComposedLetter } from '../letter/types';
import { buildLetterDocx } from './build-docx';
import { unzipDocx, xmlProblems } from './test-xml';

function referenceLetter(dataset = fixtureDataset()): ComposedLetter {
  return fixtureLetter({ dataset, dataFingerprint: 'fp-abc' });
}

/** Text content of a WordprocessingML part, runs joined, tags dropped, entities decoded. */
function textOf(xml: string): string {
  return xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

// A tiny 2×1 PNG (red, blue) for the logo and chart.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAJ/gH/3tX1HwAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);

describe('buildLetterDocx', async () => {
  const parts = unzipDocx(await buildLetterDocx(referenceLetter()));
  const documentXml = parts['word/document.xml'] ?? '';
  const text = textOf(documentXml);

  it('writes the letter text, header fields, contact block and annex', () => {
    for (const needle of [
      'Beskæftigelses- og Integrationsudvalget',
      'Dato: 16-05-2008',
      'Sagsnr.: 2007-114951',
      'Dok.nr.: 2008-255779',
      'Kære Bo Asmus Kjeldgaard',
      'hovedindikatoren er gul på uddannelsesområdet',
      'Venlig hilsen',
      'Jakob Hougaard',
      'Direkte telefon',
      'Bilag 1',
      'Resultater af integrationsbarometrets måling, maj 2008',
      '(hovedindikator)',
      'Grøn',
      'Gul',
      'Rød',
    ]) {
      expect(text, needle).toContain(needle);
    }
  });

  it('makes the web address a real hyperlink', () => {
    expect(documentXml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"/);
    expect(parts['word/_rels/document.xml.rels']).toContain(
      'Target="https://www.kk.dk/integrationsbarometer"',
    );
  });

  it('sets Danish as the document language and defines named paragraph styles', () => {
    const styles = parts['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="da-DK"\/>.*<\/w:docDefaults>/s);
    expect(styles).toContain('<w:name w:val="Brødtekst"/>');
    expect(styles).toContain('<w:name w:val="Bilagsoverskrift"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Broedtekst"/>');
  });

  it('uses an A4 page', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('starts "Bilag 1" on a new page', () => {
    expect(documentXml).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="Bilagstitel"\/>(<[^>]+>)*<w:pageBreakBefore\/>.*?Bilag 1/,
    );
  });

  it('gives every table and every cell an absolute width and a fixed layout', () => {
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(8); // header, contact block, six areas
    for (const table of tables) {
      expect(table).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>/);
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      expect(table).toContain('<w:tblGrid>');
      const cells = table.match(/<w:tc>/g) ?? [];
      const widths = table.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g) ?? [];
      expect(widths.length).toBe(cells.length);
    }
  });

  it('shades status cells in their colour and writes the status as a word', () => {
    expect(documentXml).toMatch(/<w:shd [^>]*w:fill="FFEB9C"[^>]*\/>.*?Gul/s);
    expect(documentXml).toMatch(/w:fill="FFC7CE"/);
    expect(documentXml).toMatch(/w:fill="C6EFCE"/);
  });

  it('numbers pages "Side X af Y" with simple PAGE/NUMPAGES fields and nothing that asks to update links', () => {
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(
      /Side <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.* af <\/w:t>.*<w:instrText[^>]*>NUMPAGES</s,
    );
    const everything = Object.values(parts).join('\n');
    expect(everything).not.toMatch(/\b(TOC|LINK|INCLUDETEXT|INCLUDEPICTURE)\b/);
    expect(parts['word/settings.xml']).not.toContain('updateFields');
  });

  it('writes document properties and custom properties for the case system', () => {
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain(
      '<dc:title>Integrationsbarometret Maj 2008: brev til Børne- og Ungdomsudvalget</dc:title>',
    );
    expect(core).toContain('<dc:creator>Jakob Hougaard</dc:creator>');
    expect(core).toContain('Sagsnr. 2007-114951');
    expect(core).toMatch(/<dc:description>.+<\/dc:description>/);
    const custom = parts['docProps/custom.xml'] ?? '';
    expect(custom).toMatch(/name="Måling"><vt:lpwstr>Maj 2008</);
    expect(custom).toMatch(/name="Statusregel"><vt:lpwstr>Udvikling</);
    expect(custom).toMatch(/name="Datafingeraftryk"><vt:lpwstr>fp-abc</);
    expect(custom).toMatch(/name="Sagsnr"><vt:lpwstr>2007-114951</);
  });

  it('produces well-formed XML in every part', () => {
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblems(xml), name).toEqual([]);
  });

  it('embeds the logo and the chart when given', async () => {
    const bytes = await buildLetterDocx(referenceLetter(), { logoPng: PNG, chartPng: PNG });
    const withImages = unzipDocx(bytes);
    expect(withImages['word/document.xml']).toContain('<wp:docPr');
    expect(withImages['word/document.xml']).toContain('Københavns Kommunes logo');
  });

  it('gives the image paragraphs auto line spacing, so LibreOffice does not clip the logo to a sliver', async () => {
    const xml =
      unzipDocx(await buildLetterDocx(referenceLetter(), { logoPng: PNG, chartPng: PNG }))[
        'word/document.xml'
      ] ?? '';
    const imageParagraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:drawing>[\s\S]*?<\/w:p>/g)].map(
      (match) => match[0],
    );
    expect(imageParagraphs.length).toBe(2);
    for (const paragraph of imageParagraphs) expect(paragraph).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
  });

  it('keeps the contact block together and with the signature', () => {
    const table = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?Telefax[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    const rows = table.split('<w:tr>').slice(1);
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    // Every paragraph of the first row is kept with the next row; the last row need not be.
    const firstRowParagraphs = rows[0]?.split('<w:p>').slice(1) ?? [];
    expect(firstRowParagraphs.length).toBeGreaterThan(0);
    for (const paragraph of firstRowParagraphs) expect(paragraph).toContain('<w:keepNext/>');
    const signature = /<w:p>(?:(?!<\/w:p>)[\s\S])*?Venlig hilsen/.exec(documentXml)?.[0] ?? '';
    expect(signature).toContain('<w:keepNext/>');
  });

  it('marks a letter drafted from the sample data at the top of page 1, and only that letter', async () => {
    const marked = textOf(
      unzipDocx(await buildLetterDocx({ ...referenceLetter(), sampleData: true }))['word/document.xml'] ?? '',
    );
    expect(marked.trimStart().startsWith('UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES')).toBe(true);
    expect(text).not.toContain('EKSEMPELDATA');
  });

  it('repeats the sample-data warning in the page header (every page), and only for that letter', async () => {
    const files = unzipDocx(await buildLetterDocx({ ...referenceLetter(), sampleData: true }));
    expect(textOf(files['word/header1.xml'] ?? '').trim()).toBe('UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES');
    expect(files['word/document.xml']).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/);
    const plain = unzipDocx(await buildLetterDocx(referenceLetter()));
    expect(Object.keys(plain).filter((name) => name.startsWith('word/header'))).toEqual([]);
  });
});

describe('buildLetterDocx with hostile text', async () => {
  const letter = referenceLetter(hostileDataset());
  letter.paragraphs.push(
    { id: 'c1', role: 'custom', runs: [{ text: HOSTILE_TEXT, bold: true }], editedByUser: true },
    { id: 'c2', role: 'custom', runs: [{ text: LONG_PARAGRAPH }], editedByUser: true },
  );
  letter.header = { ...letter.header, sagsnr: `2007-1\u0000${HOSTILE_TEXT}` };
  letter.properties = { ...letter.properties, title: HOSTILE_TEXT, keywords: HOSTILE_TEXT };
  const parts = unzipDocx(await buildLetterDocx(letter));

  it('writes well-formed XML without forbidden characters', () => {
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblems(xml), name).toEqual([]);
  });

  it('keeps emoji, Arabic, Hebrew and the long paragraph intact', () => {
    const text = textOf(parts['word/document.xml'] ?? '');
    expect(text).toContain('Tak 👍🏽 til محمد og דוד & <b>"Ærø"</b>');
    expect(text).toContain('Kære محمد Kontrol:\t\n\r ikke-tegn: ensom: slut.');
    expect(text).toContain(LONG_PARAGRAPH);
    expect(parts['docProps/core.xml']).toContain('👍🏽');
  });
});
