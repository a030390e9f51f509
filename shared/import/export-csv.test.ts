import { describe, expect, it } from 'vitest';
import { exportImportCsv, exportImportCsvText } from './export-csv';
import { generateImportCsv } from './generate';
import { parseImportFile } from './import-file';
import type { ImportRecords } from './records';

const data: ImportRecords = {
  areas: [
    {
      id: 'kultur-og-fritid',
      name: 'Kultur og fritid',
      definiteForm: 'kultur- og fritidsområdet',
      sortOrder: 0,
    },
  ],
  indicators: [
    {
      id: 'kf-1',
      areaId: 'kultur-og-fritid',
      name: '=HYPERLINK("http://x";"klik") – "citat"; semikolon',
      unit: '%',
      direction: 'down',
      isMain: true,
      precision: 2,
      baseline: { period: '2006', value: -1.5 },
      target: { period: '2010', value: 1234.25 },
      sortOrder: 0,
    },
  ],
  rounds: [
    // Sorted as the export sorts them (by period), so the records compare in order.
    { id: 'maj-2008', label: 'Maj 2008', period: '2008-05', publishedOn: '2008-05-16' },
    { id: 'efteraar-2008', label: 'Efterår 2008', period: 'Efterår 2008' },
  ],
  measurements: [
    { id: 'kf-1@maj-2008', indicatorId: 'kf-1', roundId: 'maj-2008', value: -0.25 },
    { id: 'kf-1@efteraar-2008', indicatorId: 'kf-1', roundId: 'efteraar-2008', value: null },
  ],
};

describe('exportImportCsv', () => {
  it('writes Danish Excel CSV: BOM, ";", decimal comma, CRLF, quoting and formula guard', () => {
    const bytes = exportImportCsv(data);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = exportImportCsvText(data).split('\r\n');
    expect(lines[0]).toBe(
      'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi;præcision;offentliggjort;måling_periode',
    );
    expect(lines[1]).toBe(
      `Kultur og fritid;kf-1;"'=HYPERLINK(""http://x"";""klik"") – ""citat""; semikolon";ja;%;ned;Maj 2008;-0,25;2006;-1,5;2010;1234,25;2;2008-05-16;2008-05`,
    );
    expect(lines[2]).toBe(
      `Kultur og fritid;kf-1;"'=HYPERLINK(""http://x"";""klik"") – ""citat""; semikolon";ja;%;ned;Efterår 2008;;2006;-1,5;2010;1234,25;2;;`,
    );
    expect(lines[3]).toBe('');
  });

  it('reads back as the same records', async () => {
    const result = await parseImportFile(exportImportCsv(data), 'eksport.csv');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { inferredPrecision, ...records } = result.records;
    expect(inferredPrecision).toEqual([]);
    expect(records.areas).toEqual(data.areas);
    expect(records.indicators).toEqual(data.indicators);
    expect(records.rounds).toEqual(data.rounds);
    expect(records.measurements).toEqual(data.measurements);
  });

  it('round-trips a generated file of Danish rows', async () => {
    const imported = await parseImportFile(
      generateImportCsv(500, { encoding: 'windows-1252', delimiter: ';' }),
      'a.csv',
    );
    const again = await parseImportFile(exportImportCsv(imported.records), 'b.csv');
    expect(again.problems).toEqual([]);
    expect(again.records.indicators).toEqual(imported.records.indicators);
    expect(again.records.rounds).toEqual(imported.records.rounds);
    expect(again.records.measurements).toEqual(imported.records.measurements);
  });
});
