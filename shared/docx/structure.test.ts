import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureLetter } from '../letter/test-fixtures';
import type { ComposedLetter } from '../letter/types';
import { APPLICATION_NAME } from './app-properties';
import { buildLetterDocx } from './build-docx';
import { CONTACT_COLUMN, PAGE, letterRightMargin, letterTextWidth } from './layout';
import { estimatePages } from './page-estimate';
import { TABLE_STYLE } from './styles';
import { unzipDocx } from './test-xml';

function letter(): ComposedLetter {
  return fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp-structure' });
}

function withoutContact(source: ComposedLetter): ComposedLetter {
  return {
    ...source,
    sender: {
      ...source.sender,
      addressLines: [],
      phone: '',
      directPhone: '',
      fax: '',
      email: '',
      websites: [],
    },
  };
}

/** The w:style elements of styles.xml by id, with their type. */
function stylesOf(stylesXml: string): Map<string, string> {
  const styles = new Map<string, string>();
  for (const match of stylesXml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
    const id = /w:styleId="([^"]+)"/.exec(match[0])?.[1];
    if (id) styles.set(id, match[0]);
  }
  return styles;
}

describe('the structure of the letter .docx', async () => {
  const parts = unzipDocx(await buildLetterDocx(letter()));
  const documentXml = parts['word/document.xml'] ?? '';
  const styles = stylesOf(parts['word/styles.xml'] ?? '');

  it('defines "Bilag 1" and the area titles as Word\'s built-in heading 1 / heading 2 with outline levels', () => {
    const heading1 = styles.get('Heading1') ?? '';
    const heading2 = styles.get('Heading2') ?? '';
    expect(heading1).toContain('<w:name w:val="heading 1"/>');
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
    expect(heading2).toContain('<w:name w:val="heading 2"/>');
    expect(heading2).toContain('<w:outlineLvl w:val="1"/>');
    // Restyled to look as before (black, bold, 14 pt / 11 pt), not the package's blue defaults.
    expect(heading1).toMatch(/<w:b\/>.*<w:color w:val="000000"\/>.*<w:sz w:val="28"\/>/s);
    expect(heading2).toMatch(/<w:b\/>.*<w:sz w:val="22"\/>/s);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*>Bilag 1</s);
    const areaHeadings = [...documentXml.matchAll(/<w:pStyle w:val="Heading2"\/>/g)];
    expect(areaHeadings.length).toBe(letter().annex.areas.length);
  });

  it('gives every annex table the table style and marks its header row to repeat', () => {
    expect(styles.get(TABLE_STYLE)).toMatch(/w:type="table"/);
    expect(styles.get(TABLE_STYLE)).toContain('<w:tblStylePr w:type="firstRow">');
    const annex = documentXml.slice(documentXml.indexOf('Heading1'));
    const tables = annex.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBe(letter().annex.areas.length);
    for (const table of tables) {
      expect(table).toContain(`<w:tblStyle w:val="${TABLE_STYLE}"/>`);
      // The style draws the grid (no direct borders) and formats the first row as the header.
      expect(table).not.toContain('<w:tblBorders>');
      expect(table).toMatch(/<w:tblLook [^>]*w:firstRow="(1|true)"/);
      const firstRow = table.split('<w:tr>')[1] ?? '';
      expect(firstRow).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
      // Only the first row repeats; every row stays whole.
      expect(table.match(/<w:tblHeader\/>/g)?.length).toBe(1);
      expect(table.match(/<w:cantSplit\/>/g)?.length).toBe(table.split('<w:tr>').length - 1);
    }
  });

  it('keeps the status-rule note with the last table row, so it never stands alone on a page', () => {
    const lastTable = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)?.[0] ?? '';
    const lastRow = lastTable.split('<w:tr>').at(-1) ?? '';
    const paragraphs = lastRow.split('<w:p>').slice(1);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expect(paragraph).toContain('<w:keepNext/>');
    expect(documentXml.slice(documentXml.lastIndexOf('</w:tbl>'))).toContain('Status efter reglen');
  });

  it('leaves no style based on, followed by or linked to an undefined style', () => {
    expect(styles.has('DefaultParagraphFont')).toBe(true);
    for (const [id, style] of styles) {
      for (const [, kind, target] of style.matchAll(/<w:(basedOn|next|link) w:val="([^"]+)"\/>/g))
        expect(styles.has(target ?? ''), `${id} ${kind} ${target}`).toBe(true);
    }
    // And every style the document uses exists.
    for (const [, target] of documentXml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"\/>/g))
      expect(styles.has(target ?? ''), target).toBe(true);
  });

  it('fills docProps/app.xml: application, pages, words', () => {
    const app = parts['docProps/app.xml'] ?? '';
    const expected = estimatePages(letter());
    expect(app).toContain(`<Application>${APPLICATION_NAME}</Application>`);
    expect(app).toContain(`<Pages>${expected.total}</Pages>`);
    expect(Number(/<Words>(\d+)<\/Words>/.exec(app)?.[1])).toBeGreaterThan(150);
  });

  it('keeps compatibility mode 15', () => {
    expect(parts['word/settings.xml']).toContain(
      '<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>',
    );
  });

  it('sets the contact block as a framed column at the right of page 1 and narrows the text beside it', () => {
    const frames = [...documentXml.matchAll(/<w:framePr ([^>]*)\/>/g)].map((match) => match[1] ?? '');
    expect(frames.length).toBeGreaterThan(5);
    for (const frame of frames) {
      expect(frame).toContain(`w:x="${CONTACT_COLUMN.x}"`);
      expect(frame).toContain(`w:y="${CONTACT_COLUMN.y}"`);
      expect(frame).toContain(`w:w="${CONTACT_COLUMN.width}"`);
      expect(frame).toContain('w:hAnchor="page" w:vAnchor="page"');
    }
    // First in the body, so the frame is anchored to the letterhead paragraph after it, on page 1.
    const body = documentXml.slice(documentXml.indexOf('<w:body>'));
    expect(body.indexOf('<w:framePr')).toBe(
      body.indexOf('<w:pPr>') + '<w:pPr><w:pStyle w:val="Kontaktoplysninger"/>'.length,
    );
    const lastFrame = body.lastIndexOf('<w:framePr');
    const afterFrames = body.slice(body.indexOf('</w:p>', lastFrame));
    expect(afterFrames).toMatch(/^<\/w:p><w:p><w:pPr><w:pStyle w:val="Brevhoved"\/>/);
    const [letterSection = '', annexSection = ''] = documentXml.match(/<w:pgMar [^>]*\/>/g) ?? [];
    expect(letterSection).toContain(`w:right="${letterRightMargin(true)}"`);
    expect(annexSection).toContain(`w:right="${PAGE.margin.right}"`);
    expect(letterTextWidth(true) + CONTACT_COLUMN.width + CONTACT_COLUMN.gap).toBe(letterTextWidth(false));
  });

  it('writes no contact column and uses the full width when the sender has no contact details', async () => {
    const xml = unzipDocx(await buildLetterDocx(withoutContact(letter())))['word/document.xml'] ?? '';
    expect(xml).not.toContain('<w:framePr');
    expect(xml).not.toContain('Kontaktoplysninger');
    const [letterSection = ''] = xml.match(/<w:pgMar [^>]*\/>/g) ?? [];
    expect(letterSection).toContain(`w:right="${PAGE.margin.right}"`);
  });

  it('leaves out each contact entry the sender profile lacks', async () => {
    const source = letter();
    const partial = { ...source, sender: { ...source.sender, fax: '', directPhone: '' } };
    const xml = unzipDocx(await buildLetterDocx(partial))['word/document.xml'] ?? '';
    expect(xml).toContain('>Telefon<');
    expect(xml).not.toContain('>Telefax<');
    expect(xml).not.toContain('>Direkte telefon<');
  });

  it('keeps a one-line address and puts each further address line under the first', async () => {
    const source = letter();
    const oneLine = { ...source, sender: { ...source.sender, addressLines: ['Rådhuset'], phone: '' } };
    const xml = unzipDocx(await buildLetterDocx(oneLine))['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:framePr [^>]*\/>(?:(?!<\/w:p>).)*<w:b\/>(?:(?!<\/w:p>).)*>Rådhuset</s);
    const twoLines = unzipDocx(await buildLetterDocx(source))['word/document.xml'] ?? '';
    expect(twoLines.indexOf('>1599 København V.<')).toBeGreaterThan(twoLines.indexOf('>Rådhuset<'));
  });

  it('heads the contact column with the logo, or puts it above the letterhead when asked for the left', async () => {
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAJ/gH/3tX1HwAAAABJRU5ErkJggg==',
      ),
      (char) => char.charCodeAt(0),
    );
    const right = unzipDocx(await buildLetterDocx(letter(), { logoPng: png }))['word/document.xml'] ?? '';
    const rightLogo = /<w:p>(?:(?!<\/w:p>)[\s\S])*<w:drawing>[\s\S]*?<\/w:p>/.exec(right)?.[0] ?? '';
    expect(rightLogo).toContain('<w:framePr');
    const left =
      unzipDocx(await buildLetterDocx(letter(), { logoPng: png, logoPosition: 'left' }))[
        'word/document.xml'
      ] ?? '';
    const leftLogo = /<w:p>(?:(?!<\/w:p>)[\s\S])*<w:drawing>[\s\S]*?<\/w:p>/.exec(left)?.[0] ?? '';
    expect(leftLogo).not.toContain('<w:framePr');
    expect(left.indexOf('<w:drawing>')).toBeLessThan(left.indexOf('Brevhoved'));
  });
});
