import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../tests/fixtures/import/build-xlsx';
import { formatOfCode, readXlsxWorkbook } from './xlsx-workbook';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A workbook as other programs write it: x: prefixes, shared strings with rich text, custom and built-in formats. */
function workbook(sheetXml: string, options: { date1904?: boolean } = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}">${options.date1904 ? '<x:workbookPr date1904="1"/>' : ''}<x:sheets><x:sheet name="Tal &amp; data" sheetId="1" r:id="rIdA"/></x:sheets></x:workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="rIdA" Type="${REL}/worksheet" Target="/xl/worksheets/ark.xml"/><Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<x:sst xmlns:x="${MAIN}"><x:si><x:t>Område</x:t></x:si><x:si><x:r><x:t>Andel </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">unge</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:si><x:si/></x:sst>`,
    ),
    'xl/styles.xml': strToU8(
      `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts><x:numFmt numFmtId="164" formatCode="0.0&quot; %&quot;"/><x:numFmt numFmtId="165" formatCode="[$-406]mmm\\ yyyy;@"/><x:numFmt numFmtId="166" formatCode="0.0%"/></x:numFmts><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="9"/><x:xf numFmtId="14"/><x:xf numFmtId="164"/><x:xf numFmtId="165"/><x:xf numFmtId="166"/></x:cellXfs></x:styleSheet>`,
    ),
    'xl/worksheets/ark.xml': strToU8(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
    ),
  });
}

describe('readXlsxWorkbook', () => {
  it('reads cells as the spreadsheet shows them', () => {
    const [sheet] = readXlsxWorkbook(
      workbook(
        '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="s"><x:v>2</x:v></x:c></x:row>' +
          '<x:row r="3"><x:c r="A3" s="1"><x:v>0.525</x:v></x:c><x:c r="B3" s="5"><x:v>0.4</x:v></x:c><x:c r="C3" s="3"><x:v>52.5</x:v></x:c><x:c r="D3" s="2"><x:v>39569</x:v></x:c><x:c r="E3" s="4"><x:v>39569</x:v></x:c></x:row>' +
          '<x:row r="5"><x:c r="A5"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="B5" t="e"><x:v>#N/A</x:v></x:c><x:c r="C5" t="str"><x:f>A1&amp;"x"</x:f><x:v>Ox</x:v></x:c><x:c r="D5" t="b"><x:v>1</x:v></x:c><x:c r="E5" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c r="F5"><x:f>2*3</x:f><x:v>6</x:v></x:c></x:row>',
      ),
    );
    expect(sheet?.name).toBe('Tal & data');
    expect(sheet?.rowNumbers).toEqual([2, 3, 5]);
    expect(sheet?.rows).toEqual([
      ['Område', null, 'Andel unge'],
      // 9 = «0%», 166 = «0.0%»: as shown; 164 only has a quoted « %», so the number is as typed.
      [52.5, 40, 52.5, '2008-05-01', '2008-05-01'],
      ['#DIV/0!', null, 'Ox', true, 'inline', 6],
    ]);
  });

  it('uses the 1904 date system when the workbook says so', () => {
    const [sheet] = readXlsxWorkbook(
      workbook('<x:row r="1"><x:c r="A1" s="2"><x:v>38107</x:v></x:c></x:row>', { date1904: true }),
    );
    expect(sheet?.rows).toEqual([['2008-05-01']]);
  });

  it('reads self-closing cells without a reference, CDATA values, and leaves empty rows out', () => {
    const [sheet] = readXlsxWorkbook(
      workbook(
        '<x:row r="1"><x:c/><x:c><x:v>2</x:v></x:c><x:c t="str"><x:v><![CDATA[a <b> & c]]></x:v></x:c></x:row>' +
          '<x:row r="2"/><x:row r="3"><x:c r="A3" s="1"/></x:row><x:row r="4"><x:c r="B4"><x:v>4</x:v></x:c></x:row>',
      ),
    );
    expect(sheet?.rows).toEqual([
      [null, 2, 'a <b> & c'],
      [null, 4],
    ]);
    expect(sheet?.rowNumbers).toEqual([1, 4]);
  });

  it('stops reading past the cell limit, naming the sheet, or the sheets together', () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => ['område', 'indikator', i] as (string | number)[]);
    const refusal = (bytes: Uint8Array): string => {
      try {
        readXlsxWorkbook(bytes, { maxCells: 300 });
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      return 'læst';
    };
    expect(refusal(buildXlsx([{ name: 'Data', rows: rows(100) }]))).toBe('læst');
    expect(refusal(buildXlsx([{ name: 'Data', rows: rows(101) }]))).toBe(
      'Arket «Data» har mere end 300 udfyldte celler; Barometerbrev kan højst læse 300. Gem kun de rækker, der skal importeres, eller del filen op.',
    );
    expect(
      refusal(
        buildXlsx([
          { name: 'Tom', rows: [] },
          { name: 'Data', rows: rows(60) },
          { name: 'Mere', rows: rows(60) },
        ]),
      ),
    ).toBe(
      'Regnearkets ark har tilsammen mere end 300 udfyldte celler (grænsen nås i arket «Mere»); Barometerbrev kan højst læse 300. Gem kun de rækker, der skal importeres, eller del filen op.',
    );
    // A merged range counts every column it shows its value in.
    const merged = workbook(
      `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:mergeCells>${'<x:mergeCell ref="A1:J1"/>'.repeat(30)}</x:mergeCells><x:sheetData>`,
    );
    expect(refusal(merged)).toContain('har mere end 300 udfyldte celler');
  });

  it('refuses a cell or shared string longer than a spreadsheet cell can hold (32,767 characters)', () => {
    const long = 'æ'.repeat(32_768);
    expect(() =>
      readXlsxWorkbook(
        workbook(`<x:row r="7"><x:c r="C7" t="inlineStr"><x:is><x:t>${long}</x:t></x:is></x:c></x:row>`),
      ),
    ).toThrow(
      'Cellen C7 i arket «Tal & data» har mere end 32.767 tegn; så lange tekster kan et regneark ikke gemme, og de er ikke data. Ret cellen, og gem filen igen.',
    );
    const [sheet] = readXlsxWorkbook(
      workbook(
        `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>${long.slice(1)}</x:t></x:is></x:c></x:row>`,
      ),
    );
    expect(sheet?.rows[0]?.[0]).toHaveLength(32_767);
    const sharedLong = zipSync({
      ...unzipSync(workbook('')),
      'xl/sharedStrings.xml': strToU8(`<sst xmlns="${MAIN}"><si><t>${long}</t></si></sst>`),
    });
    expect(() => readXlsxWorkbook(sharedLong)).toThrow(
      'Excel-filens liste over tekster har en tekst på mere end 32.767 tegn',
    );
  });

  it('refuses a damaged sheet with the Danish message', () => {
    expect(() => readXlsxWorkbook(workbook('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:row>'))).toThrow(
      'Excel-filen kan ikke læses; den er måske beskadiget. Gem den igen som .xlsx eller CSV.',
    );
  });

  it('tells percent and date formats from quoted text and colours', () => {
    expect(formatOfCode('0.0%')).toBe('percent');
    expect(formatOfCode('0.0" %"')).toBe('general');
    expect(formatOfCode('[Red]0.00')).toBe('general');
    expect(formatOfCode('[$-406]d. mmmm yyyy')).toBe('date');
    expect(formatOfCode('#,##0;[Red]-#,##0')).toBe('general');
  });
});
