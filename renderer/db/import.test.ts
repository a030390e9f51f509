import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportRecords } from '../../shared/import/records';
import { parseImportFile } from '../../shared/import/import-file';
import { encodeWindows1252 } from '../../shared/import/windows-1252';
import type { BarometerDb } from './database';
import { loadDataset } from './dataset';
import { MIXED_SAMPLE_LABEL, SAMPLE_LABEL } from './dataset-label';
import { readSetting } from './settings';
import {
  IMPORT_CHUNK_SIZE,
  ImportRefusedError,
  previewImport,
  SampleChangedError,
  storeImport,
} from './import';
import { freshDatabases, seedSampleData } from './test-db';

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

async function parsed(text: string) {
  return parseImportFile(encodeWindows1252(text), 'ny.csv');
}

const HEADER = CSV.split('\r\n')[0] ?? '';

const freshDb = freshDatabases('import-test');

describe('storeImport', () => {
  it('stores a file, and the same file a second time changes nothing', async () => {
    const db = freshDb();
    const incoming = await records();
    const first = await storeImport(db, incoming, { label: 'data.csv' });
    expect(first.written).toBeGreaterThan(0);
    // The message after the import names each kind: 2 areas, 2 indicators, 2 rounds and 3 values here.
    expect(first.counts).toEqual({ areas: 2, indicators: 2, rounds: 2, values: 3 });
    expect(first.written).toBe(2 + 2 + 2 + 3);
    const afterFirst = await loadDataset(db);
    expect(afterFirst.measurements).toHaveLength(3);
    expect(afterFirst.committees.map((c) => c.id)).toContain('biu');

    const { preview, problems } = await previewImport(db, await records(), 'data.csv');
    expect(problems).toEqual([]);
    expect(preview.newMeasurements).toEqual([]);
    expect(preview.changedMeasurements).toEqual([]);
    const second = await storeImport(db, await records());
    expect(second).toEqual({
      written: 0,
      counts: { areas: 0, indicators: 0, rounds: 0, values: 0 },
      storedRecords: 0,
    });
    expect(await loadDataset(db)).toEqual(afterFirst);
  });

  it('writes a changed value and reports it in the preview as old → new', async () => {
    const db = freshDb();
    await storeImport(db, await records());
    const changed = await records(CSV.replace(';2008;47,5;', ';2008;49,0;'));
    const { preview } = await previewImport(db, changed, 'data.csv');
    expect(preview.changedMeasurements).toEqual([
      expect.objectContaining({ indicatorId: 'besk-1', from: 47.5, to: 49 }),
    ]);
    const stored = await storeImport(db, changed);
    // Only the changed indicator's series is written, and its other rounds are kept.
    expect(stored).toEqual({
      written: 1,
      counts: { areas: 0, indicators: 0, rounds: 0, values: 1 },
      storedRecords: 1,
    });
    expect((await db.series.get('besk-1'))?.values).toEqual({ '2007': 46, '2008': 49 });
    expect((await db.series.get('udd-1'))?.values).toEqual({ '2008': 58 });
  });

  it('leaves the stored data exactly as it was when a write fails mid-transaction', async () => {
    const db = freshDb();
    await storeImport(db, await records());
    const before = await loadDataset(db);
    const incoming = await records(CSV.replace(';2008;47,5;', ';2008;51,0;'));
    // Many valid records (several chunks of rounds and series are written) before the disk "fills up".
    const template = incoming.indicators[0];
    if (!template) throw new Error('no indicator');
    const extraIndicators = Array.from({ length: 3 }, (_, i) => ({
      ...template,
      id: `extra-${i}`,
      isMain: false,
    }));
    const rounds = Array.from({ length: 2 * IMPORT_CHUNK_SIZE }, (_, i) => ({
      id: `runde-${i}`,
      label: `Runde ${i}`,
      period: '2009',
    }));
    const values = extraIndicators.flatMap((indicator) =>
      rounds.map((round, i) => ({
        id: `${indicator.id}@${round.id}`,
        indicatorId: indicator.id,
        roundId: round.id,
        value: i,
      })),
    );
    const put = db.series.bulkPut.bind(db.series);
    let seriesPuts = 0;
    db.series.bulkPut = ((...args: Parameters<typeof put>) => {
      if (++seriesPuts === 2) return Promise.reject(new Error('Disken er fuld'));
      return put(...args);
    }) as typeof put;
    const progress: number[] = [];
    await expect(
      storeImport(
        db,
        {
          ...incoming,
          indicators: [...incoming.indicators, ...extraIndicators],
          rounds: [...incoming.rounds, ...rounds],
          measurements: [...incoming.measurements, ...values],
        },
        { onProgress: (fraction) => progress.push(fraction) },
      ),
    ).rejects.toThrow('Disken er fuld');
    expect(progress.length).toBeGreaterThan(1);
    expect(await loadDataset(db)).toEqual(before);
  });

  it('refuses a file that would give an area a second main indicator, and stores nothing', async () => {
    const db = freshDb();
    await storeImport(db, await records(), { label: 'data.csv' });
    const before = await loadDataset(db);
    // The file is sound on its own, but the stored udd-1 is Uddannelse's main indicator already.
    const file = await parsed(
      [HEADER, 'Uddannelse;udd-2;Karaktergennemsnit;ja;gns.;op;2008;7;2006;6;2010;8'].join('\r\n'),
    );
    expect(file.problems).toEqual([]);
    const { problems } = await previewImport(db, file.records, 'ny.csv');
    expect(problems).toEqual([
      expect.objectContaining({
        row: 2,
        columnName: 'hovedindikator',
        severity: 'error',
        message: expect.stringContaining('tag «udd-1» med i filen med «nej»'),
      }),
    ]);
    await expect(storeImport(db, file.records, { label: 'ny.csv' })).rejects.toBeInstanceOf(
      ImportRefusedError,
    );
    expect(await loadDataset(db)).toEqual(before);
  });

  it('refuses records whose parse found errors, even when called without the UI', async () => {
    const db = freshDb();
    const file = await parsed(CSV.replace(';2008;47,5;', ';2008;x;'));
    expect(file.problems.some((p) => p.severity === 'error')).toBe(true);
    await expect(storeImport(db, file.records, { problems: file.problems })).rejects.toThrow(
      /Filen blev ikke importeret, fordi den har en fejl\. Intet er gemt\. Fil «ny\.csv», række 3, kolonne «værdi» \(H\)/,
    );
    expect(await db.indicators.count()).toBe(0);
  });
});

describe('importing while the sample data is loaded', () => {
  const ownFile = () =>
    parsed(
      [HEADER, 'Uddannelse;udd-eget;Eget karaktergennemsnit;ja;gns.;op;2009;7;2006;6;2010;8'].join('\r\n'),
    );

  async function withSample(): Promise<BarometerDb> {
    const db = freshDb();
    await seedSampleData(db);
    return db;
  }

  it('laid on top: the sample stays and the label says the data is mixed', async () => {
    const db = await withSample();
    const sampleIndicators = (await loadDataset(db)).indicators.length;
    await storeImport(db, await records(CSV.replace(';2008;47,5;', ';2008;49,0;')), { label: 'data.csv' });
    expect((await loadDataset(db)).indicators).toHaveLength(sampleIndicators);
    expect(await readSetting(db, 'datasetLabel')).toBe(MIXED_SAMPLE_LABEL);
  });

  it('with the sample removed first: only the own data is left, under the file name', async () => {
    const db = await withSample();
    const file = await ownFile();
    const stored = await storeImport(db, file.records, { label: 'ny.csv', removeSample: true });
    expect(stored.written).toBeGreaterThan(0);
    const after = await loadDataset(db);
    expect(after.indicators.map((i) => i.id)).toEqual(['udd-eget']);
    expect(after.rounds.map((r) => r.label)).toEqual(['2009']);
    expect(after.committees.length).toBeGreaterThan(0);
    expect(await readSetting(db, 'datasetLabel')).toBe('ny.csv');
  });

  it('keeps the sample data when the import after removing it fails', async () => {
    const db = await withSample();
    const before = await loadDataset(db);
    // The disk "fills up" while the own data is written, after the sample was cleared in the transaction.
    db.series.bulkPut = (() =>
      Promise.reject(new Error('Disken er fuld'))) as unknown as typeof db.series.bulkPut;
    await expect(
      storeImport(db, (await ownFile()).records, { label: 'ny.csv', removeSample: true }),
    ).rejects.toThrow('Disken er fuld');
    expect(await loadDataset(db)).toEqual(before);
    expect(await readSetting(db, 'datasetLabel')).toBe(SAMPLE_LABEL);
  });

  it('previews the file also without the sample: a clash with invented data need not block it', async () => {
    const db = await withSample();
    const { problems, withoutSample } = await previewImport(db, (await ownFile()).records, 'ny.csv');
    // Against the sample, Uddannelse would get a second main indicator; on its own the file is fine.
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    expect(withoutSample?.problems).toEqual([]);
    expect(withoutSample?.preview.newIndicators.map((i) => i.id)).toEqual(['udd-eget']);
  });

  it('refuses to remove data that is no longer the sample alone', async () => {
    const db = await withSample();
    await storeImport(db, await records(CSV.replace(';2008;47,5;', ';2008;49,0;')), { label: 'data.csv' });
    const before = await loadDataset(db);
    await expect(
      storeImport(db, (await ownFile()).records, { label: 'ny.csv', removeSample: true }),
    ).rejects.toBeInstanceOf(SampleChangedError);
    expect(await loadDataset(db)).toEqual(before);
  });

  it('previews without the sample only while the sample alone is loaded', async () => {
    const db = freshDb();
    await storeImport(db, await records(), { label: 'data.csv' });
    expect((await previewImport(db, await records(), 'data.csv')).withoutSample).toBeUndefined();
  });
});
