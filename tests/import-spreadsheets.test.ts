import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFile, type ImportParseResult } from '../shared/import/import-file';
import { hasErrors, formatProblem } from '../shared/import/problems';
import type { BarometerDb } from '../renderer/db/database';
import { loadDataset } from '../renderer/db/dataset';
import { storeImport } from '../renderer/db/import';
import { freshDatabases } from '../renderer/db/test-db';
import { CALC_DIR, convertWithCalc, findSoffice } from './fixtures/import/make-spreadsheets';

const freshDb = freshDatabases('import-spreadsheets');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CALC_DIR, name)));
}

async function parse(bytes: Uint8Array, name: string): Promise<ImportParseResult> {
  const result = await parseImportFile(bytes, name);
  expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  return result;
}

/** What the app has stored after importing the file into an empty database. */
async function storedAfter(db: BarometerDb, result: ImportParseResult) {
  await storeImport(db, result.records, { problems: result.problems, label: 'test' });
  const data = await loadDataset(db);
  return {
    areas: data.areas,
    indicators: data.indicators,
    rounds: data.rounds,
    measurements: data.measurements,
  };
}

describe('spreadsheets saved by LibreOffice Calc (date, percent and formula cells)', () => {
  const cases = [
    ['long.xlsx', 'xlsx', 'long.expected.csv'],
    ['long.ods', 'ods', 'long.expected.csv'],
    ['wide.xlsx', 'xlsx', 'wide.expected.csv'],
    ['wide.ods', 'ods', 'wide.expected.csv'],
  ] as const;

  for (const [file, kind, csv] of cases) {
    it(`${file} stores exactly the data of ${csv}, and importing one after the other adds no round`, async () => {
      const sheet = await parse(fixture(file), file);
      expect(sheet.kind).toBe(kind);
      const plain = await parse(fixture(csv), csv);
      const fromSheet = await storedAfter(freshDb(), sheet);
      const fromCsv = await storedAfter(freshDb(), plain);
      expect(fromSheet).toEqual(fromCsv);
      // The same warnings too, at the same rows and columns: nothing the spreadsheet adds or hides.
      const located = (r: ImportParseResult) => r.problems.map((p) => ({ ...p, file: '' }));
      expect(located(sheet)).toEqual(located(plain));
      // «Maj 2008» became a date cell; it is still the round «Maj 2008», never «2008-05-01» beside it.
      expect(fromSheet.rounds.map((round) => [round.id, round.label, round.period])).toEqual([
        ['maj-2006', 'Maj 2006', '2006-05'],
        ['maj-2007', 'Maj 2007', '2007-05'],
        ['maj-2008', 'Maj 2008', '2008-05'],
      ]);
      const value = (id: string) => fromSheet.measurements.find((m) => m.id === id)?.value;
      expect(value('udd-1@maj-2006')).toBe(45); // «45,0 %» percent cell, not 0.45
      expect(value('udd-1@maj-2008')).toBe(47.5); // formula «=95/2», its cached result
      expect(value('try-1@maj-2008')).toBe(1234); // «1.234» in Danish
      // «..», «-» and «n/a» are no measurement, never 0.
      expect(value('udd-2@maj-2008')).toBeNull();
      expect(value('try-1@maj-2007')).toBeNull();
      expect(value('kf-1@maj-2008')).toBeNull();

      const db = freshDb();
      await storeImport(db, plain.records, { problems: plain.problems, label: csv });
      const again = await storeImport(db, sheet.records, { problems: sheet.problems, label: file });
      expect(again.written).toBe(0);
      expect((await loadDataset(db)).rounds).toHaveLength(3);
    });
  }

  it('the wide table and the long table hold the same values', async () => {
    const wide = await parse(fixture('wide.xlsx'), 'wide.xlsx');
    const long = await parse(fixture('long.expected.csv'), 'long.csv');
    const pairs = (r: ImportParseResult) =>
      r.records.measurements
        .map((m) => [m.id, m.value])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    // The wide table has no empty cells for rounds an indicator was never measured in; the long one lacks those rows.
    const longPairs = pairs(long);
    expect(pairs(wide).filter(([id]) => longPairs.some(([other]) => other === id))).toEqual(longPairs);
    expect(wide.layout).toMatchObject({ wide: true, headerRow: 4, exact: false, missing: [] });
    expect(wide.layout?.skippedRows.map((row) => row.row)).toEqual([1, 2, 10]);
    expect(wide.rowCount).toBe(4);
  });

  const soffice = findSoffice();
  it.skipIf(!soffice)(
    'the committed files are what Calc makes of the CSVs today',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'calc-fixtures-'));
      try {
        convertWithCalc([join(CALC_DIR, 'long.csv')], 'ods', out);
        const fresh = await parse(new Uint8Array(readFileSync(join(out, 'long.ods'))), 'long.ods');
        const committed = await parse(fixture('long.ods'), 'long.ods');
        expect(fresh.records).toEqual(committed.records);
        expect(hasErrors(fresh.problems)).toBe(false);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
