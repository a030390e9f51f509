import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

describe('detectDelimiter', () => {
  it('decides from the header row, not from decimal commas in the data', () => {
    expect(detectDelimiter('område;værdi\nBolig;47,5,1,2,3,4\n')).toBe(';');
  });

  it('recognises comma and tab files and ignores separators inside quotes', () => {
    expect(detectDelimiter('area,value\nHousing,47.5\n')).toBe(',');
    expect(detectDelimiter('area\tvalue\n')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('keeps Excel row numbers across blank lines and quoted line breaks', () => {
    const table = parseCsv('a;b\r\n\r\n"to\r\nlinjer";2\r\n;\r\nx;3\r\n');
    expect(table.rows).toEqual([
      ['a', 'b'],
      ['to\r\nlinjer', '2'],
      ['x', '3'],
    ]);
    expect(table.rowNumbers).toEqual([1, 3, 5]);
  });

  it('reports a quote that is never closed, with its row', () => {
    const table = parseCsv('a;b\n1;2\n"3;4\n');
    expect(table.syntaxErrors).toEqual([{ row: 3, message: expect.stringContaining('citationstegn') }]);
  });
});
