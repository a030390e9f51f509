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
import { estimatePages } from './page-estimate';
import { SAMPLE_DATA_MARK } from '../letter/sample-mark';
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

  it('starts "Bilag 1" on a new page: a new section (next page) at full width begins with it', () => {
    // The letter's section ends with the paragraph that carries its w:sectPr (the signatory's title).
    const end = documentXml.indexOf('</w:p>', documentXml.indexOf('</w:sectPr>'));
    const [letterSection, annexPart] = [documentXml.slice(0, end), documentXml.slice(end)];
    expect(letterSection).toContain('Venlig hilsen');
    expect(letterSection).not.toContain('Heading1');
    expect(textOf(annexPart).trimStart().startsWith('Bilag 1')).toBe(true);
    expect(documentXml).toMatch(/<w:type w:val="nextPage"\/>/);
  });

  it('gives every table and every cell an absolute width and a fixed layout', () => {
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(7); // header fields, six areas
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

  it('numbers pages "Side X af Y" with PAGE/NUMPAGES fields that carry a result, and nothing that asks to update links', () => {
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBe(2); // the letter's and the annex's
    const shown = footers.map(([, xml]) =>
      textOf(xml.replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')).trim(),
    );
    // A reader that does not update fields shows these: page 1 of the letter, the annex's first page, the page count.
    const { letter: letterPages, total } = estimatePages(referenceLetter());
    expect(total).toBeGreaterThanOrEqual(2);
    expect(shown.sort()).toEqual([`Side 1 af ${total}`, `Side ${letterPages + 1} af ${total}`]);
    for (const [, footer] of footers)
      expect(footer).toMatch(
        /Side <\/w:t>.*<w:fldChar w:fldCharType="begin"\/>.*<w:instrText[^>]*> PAGE <\/w:instrText>.*<w:fldChar w:fldCharType="separate"\/>.*<w:t[^>]*>\d+<\/w:t>.*<w:fldChar w:fldCharType="end"\/>.* af <\/w:t>.*<w:instrText[^>]*> NUMPAGES <\/w:instrText>.*<w:fldChar w:fldCharType="separate"\/>.*<w:t[^>]*>\d+<\/w:t>.*<w:fldChar w:fldCharType="end"\/>/s,
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
    expect(withImages['word/document.xml']).toContain('Afsenderens logo');
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

  it('keeps the signature block together and with the last paragraph of the letter', () => {
    const paragraphs = documentXml.split('<w:p>').slice(1);
    const greeting = paragraphs.findIndex((paragraph) => paragraph.includes('>Venlig hilsen<'));
    expect(greeting).toBeGreaterThan(0);
    const [lastBody = '', closing = '', name = '', title = ''] = paragraphs.slice(greeting - 1, greeting + 3);
    expect(lastBody).toContain('integrationsindsatsen');
    expect(lastBody).toContain('<w:keepNext/>');
    for (const paragraph of [closing, name]) expect(paragraph).toContain('<w:keepNext/>');
    for (const paragraph of [closing, name, title]) expect(paragraph).toContain('<w:keepLines/>');
    expect(name).toContain('Jakob Hougaard');
    expect(title).not.toContain('<w:keepNext/>');
  });

  it('sets the sample-data mark once at the top of page 1 (the page header), and only for that letter', async () => {
    const files = unzipDocx(await buildLetterDocx({ ...referenceLetter(), sampleData: true }));
    const everything = Object.entries(files)
      .filter(([name]) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(name))
      .map(([, xml]) => xml)
      .join('');
    expect(textOf(files['word/document.xml'] ?? '')).not.toContain('EKSEMPELDATA');
    // Each section (letter, annex) has one header with the mark; page 1 shows the letter section's once.
    const headers = Object.keys(files).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBe(2);
    for (const name of headers) expect(textOf(files[name] ?? '').trim()).toBe(SAMPLE_DATA_MARK);
    const firstSection = (files['word/document.xml'] ?? '').split('</w:sectPr>')[0] ?? '';
    expect(firstSection.match(/<w:headerReference /g)?.length).toBe(1);
    expect(firstSection).not.toContain('<w:titlePg');
    expect(everything.split(SAMPLE_DATA_MARK).length - 1).toBe(2);
  });

  it('writes no page header for a letter on real data', async () => {
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
