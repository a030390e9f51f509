import { describe, expect, it } from 'vitest';
import { FIELD_HEADER, LAYOUT_FIELDS } from './fields';
import { parseImportFile } from './import-file';
import { formatProblem } from './problems';
import { templateCsv, templateXlsx } from './template';
import { readXlsxWorkbook } from './xlsx-workbook';

describe('«Hent skabelon»', () => {
  for (const [name, make] of [
    ['skabelon.csv', templateCsv],
    ['skabelon.xlsx', templateXlsx],
  ] as const) {
    it(`${name} is the exact import layout: its example row imports as it stands, nothing else`, async () => {
      const result = await parseImportFile(make(), name);
      expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      expect(result.layout?.exact).toBe(true);
      expect(result.rowCount).toBe(1);
      expect(result.records.indicators).toEqual([
        expect.objectContaining({ id: 'udd-1', isMain: true, direction: 'up', precision: 1 }),
      ]);
      expect(result.records.rounds).toEqual([
        { id: 'maj-2008', label: 'Maj 2008', period: '2008-05', publishedOn: '2008-05-30' },
      ]);
      expect(result.records.measurements.map((m) => m.value)).toEqual([47.5]);
    });
  }

  it('the .xlsx describes the allowed values of every column on its own sheet', () => {
    const [data, guide] = readXlsxWorkbook(templateXlsx());
    expect(data?.rows[0]).toEqual(LAYOUT_FIELDS.map((field) => FIELD_HEADER[field]));
    expect(guide?.name).toBe('Vejledning');
    const described = new Map(guide?.rows.slice(1).map((row) => [row[0], String(row[2] ?? '')]));
    expect(described.get('hovedindikator')).toContain('«ja» eller «nej»');
    expect(described.get('retning')).toContain('«op»');
    expect(described.get('værdi')).toContain('ingen måling (aldrig 0)');
    for (const field of LAYOUT_FIELDS) expect(described.get(FIELD_HEADER[field])).toBeTruthy();
  });

  it('the .csv carries the same descriptions as note rows below the example', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(templateCsv());
    expect(text.startsWith('\ufeffområde;indikator_id;')).toBe(true);
    expect(text).toContain(
      'Note: retning (skal udfyldes): «op» (højere er bedre) eller «ned» (lavere er bedre).',
    );
  });
});
