import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRecords } from '../../shared/import/records';
import { parseImportFile } from '../../shared/import/import-file';
import { encodeWindows1252 } from '../../shared/import/windows-1252';
import { BarometerDb } from './database';
import { loadDataset } from './dataset';
import { IMPORT_CHUNK_SIZE, previewImport, storeImport } from './import';

const CSV = [
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi',
  'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;%;op;2007;46,0;2006;45,0;2010;55,0',
  'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;%;op;2008;47,5;2006;45,0;2010;55,0',
  'Uddannelse;udd-1;Unge med ungdomsuddannelse;ja;%;op;2008;58,0;2006;60,0;2010;70,0',
].join('\r\n');

async function records(text = CSV): Promise<ImportRecords> {
  const result = await parseImportFile(encodeWindows1252(text), 'data.csv');
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.records;
}

let counter = 0;
const open: BarometerDb[] = [];
function freshDb(): BarometerDb {
  const db = new BarometerDb(`import-test-${++counter}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('storeImport', () => {
  it('stores a file, and the same file a second time changes nothing', async () => {
    const db = freshDb();
    const incoming = await records();
    const first = await storeImport(db, incoming, { label: 'data.csv' });
    expect(first.written).toBeGreaterThan(0);
    const afterFirst = await loadDataset(db);
    expect(afterFirst.measurements).toHaveLength(3);
    expect(afterFirst.committees.map((c) => c.id)).toContain('biu');

    const preview = await previewImport(db, await records());
    expect(preview.newMeasurements).toEqual([]);
    expect(preview.changedMeasurements).toEqual([]);
    const second = await storeImport(db, await records());
    expect(second).toEqual({ written: 0, storedRecords: 0 });
    expect(await loadDataset(db)).toEqual(afterFirst);
  });

  it('writes a changed value and reports it in the preview as old → new', async () => {
    const db = freshDb();
    await storeImport(db, await records());
    const changed = await records(CSV.replace(';2008;47,5;', ';2008;49,0;'));
    const preview = await previewImport(db, changed);
    expect(preview.changedMeasurements).toEqual([
      expect.objectContaining({ indicatorId: 'besk-1', from: 47.5, to: 49 }),
    ]);
    const stored = await storeImport(db, changed);
    // Only the changed indicator's series is written, and its other rounds are kept.
    expect(stored).toEqual({ written: 1, storedRecords: 1 });
    expect((await db.series.get('besk-1'))?.values).toEqual({ '2007': 46, '2008': 49 });
    expect((await db.series.get('udd-1'))?.values).toEqual({ '2008': 58 });
  });

  it('leaves the stored data exactly as it was when a write fails mid-transaction', async () => {
    const db = freshDb();
    await storeImport(db, await records());
    const before = await loadDataset(db);
    const incoming = await records(CSV.replace(';2008;47,5;', ';2008;51,0;'));
    // Many valid values first (several chunks of series are written), then an indicator whose id is no
    // valid IndexedDB key: that series' put throws.
    const valid = Array.from({ length: 3 * IMPORT_CHUNK_SIZE }, (_, i) => ({
      id: `extra-${i % 40}@runde-${i}`,
      indicatorId: `extra-${i % 40}`,
      roundId: `runde-${i}`,
      value: i,
    }));
    const invalidKey = { id: 'x@x', indicatorId: {} as unknown as string, roundId: 'x', value: 1 };
    const progress: number[] = [];
    await expect(
      storeImport(
        db,
        { ...incoming, measurements: [...incoming.measurements, ...valid, invalidKey] },
        { onProgress: (fraction) => progress.push(fraction) },
      ),
    ).rejects.toThrow();
    expect(progress.length).toBeGreaterThan(1);
    expect(await loadDataset(db)).toEqual(before);
  });
});
