import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from './import-file';
import { formatProblem } from './problems';
import { readOdsWorkbook } from './ods';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An .ods as Calc packs it: the mimetype first and uncompressed, then content.xml. */
function ods(tables: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}

const text = (value: string, extra = '') =>
  `<table:table-cell office:value-type="string"${extra}><text:p>${value}</text:p></table:table-cell>`;
const float = (value: number) =>
  `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;

describe('readOdsWorkbook', () => {
  it('reads merged cells, repeated cells and rows, spaces, paragraphs, percent and date cells as shown', () => {
    const sheets = readOdsWorkbook(
      ods(
        `<table:table table:name="Data &amp; tal">` +
          `<table:table-row>${text('Værdi', ' table:number-columns-spanned="2"')}<table:covered-table-cell/>${text('A&amp;B')}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="2">${float(1)}<table:table-cell table:number-columns-repeated="2"/>${float(2)}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` +
          `<table:table-row><table:table-cell office:value-type="percentage" office:value="0.525"><text:p>52,5 %</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2008-05-01"><text:p>maj 08</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>to<text:s text:c="2"/>mellemrum</text:p><text:p>linje 2</text:p></table:table-cell></table:table-row>` +
          `</table:table><table:table table:name="Tom"/>`,
      ),
    );
    expect(sheets.map((s) => s.name)).toEqual(['Data & tal', 'Tom']);
    expect(sheets[0]?.rows).toEqual([
      ['Værdi', 'Værdi', 'A&B'],
      [1, null, null, 2],
      [1, null, null, 2],
      [52.5, '2008-05-01', 'to  mellemrum\nlinje 2'],
    ]);
    // The blank filler rows count, so the last row keeps the number Calc shows.
    expect(sheets[0]?.rowNumbers).toEqual([1, 2, 3, 1048574]);
    expect(sheets[1]?.rows).toEqual([]);
  });

  it('refuses damaged XML and absurdly repeated data rows with a Danish message, located to the file', async () => {
    const damaged = await parseImportFile(
      ods('<table:table table:name="Data"><table:table-row>'),
      'ødelagt.ods',
    );
    expect(damaged.kind).toBe('ods');
    expect(damaged.problems.map(formatProblem)).toEqual([
      'Fil «ødelagt.ods»: ODS-regnearket kan ikke læses; det er måske beskadiget. Gem det igen som .ods, .xlsx eller CSV.',
    ]);
    const started = performance.now();
    const repeated = await parseImportFile(
      ods(
        `<table:table table:name="Data"><table:table-row table:number-rows-repeated="1000000">${float(7)}</table:table-row></table:table>`,
      ),
      'gentaget.ods',
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(repeated.problems.map(formatProblem)).toEqual([
      'Fil «gentaget.ods»: Arket «Data» gentager række 1 1.000.000 gange; så mange ens rækker er ikke data. Ret regnearket, og gem det igen.',
    ]);
    expect(repeated.records.measurements).toEqual([]);
  });

  it('refuses a text cell longer than a spreadsheet cell can hold, naming it', () => {
    expect(() =>
      readOdsWorkbook(
        ods(
          `<table:table table:name="Data"><table:table-row>${float(1)}${text('x'.repeat(20_000) + '<text:s text:c="100"/>'.repeat(200))}</table:table-row></table:table>`,
        ),
      ),
    ).toThrow('Cellen B1 i arket «Data» har mere end 32.767 tegn');
  });

  it('stops at the cell limit, counting repeated rows and columns before they are made', () => {
    const refusal = (tables: string): string => {
      try {
        readOdsWorkbook(ods(tables), { maxCells: 1000 });
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      return 'læst';
    };
    const row = (repeat: number, columns: number) =>
      `<table:table-row table:number-rows-repeated="${repeat}"><table:table-cell table:number-columns-repeated="${columns}" office:value-type="float" office:value="1"/></table:table-row>`;
    expect(refusal(`<table:table table:name="Data">${row(100, 10)}</table:table>`)).toBe('læst');
    expect(refusal(`<table:table table:name="Data">${row(100, 10)}${row(1, 1)}</table:table>`)).toBe(
      'Arket «Data» har mere end 1.000 udfyldte celler; Barometerbrev kan højst læse 1.000. Gem kun de rækker, der skal importeres, eller del filen op.',
    );
    const started = performance.now();
    expect(refusal(`<table:table table:name="Data">${row(1000, 1024).repeat(100)}</table:table>`)).toContain(
      'har mere end 1.000 udfyldte celler',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
