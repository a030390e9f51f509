import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import type { Measurement } from '../../shared/domain/types';
import { BarometerDb, upgradeToV2 } from './database';
import { loadDataset } from './dataset';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2 } from './schema';

/** A database exactly as the first release declared it. */
class BarometerDbV1 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}

/** A database as schema v2 declared it: measurements still one record per value. */
class BarometerDbV2 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

function byId(measurements: readonly Measurement[]): Measurement[] {
  return [...measurements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe('schema upgrade v1 → current', () => {
  it('keeps every row and turns letters without a state into drafts', async () => {
    const name = 'upgrade-test';
    const data = sampleDataset();
    const old = new BarometerDbV1(name);
    await old.open();
    await old.table('areas').bulkPut(data.areas);
    await old.table('committees').bulkPut(data.committees);
    await old.table('indicators').bulkPut(data.indicators);
    await old.table('rounds').bulkPut(data.rounds);
    await old.table('measurements').bulkPut(data.measurements);
    await old.table('overrides').put({
      id: 'area:tryghed@maj-2008',
      roundId: 'maj-2008',
      scope: 'area',
      targetId: 'tryghed',
      status: 'yellow',
      reason: 'Ny opgørelsesmetode',
      createdAt: '2008-05-20T10:00:00.000Z',
    });
    await old.table('letters').bulkPut([
      {
        id: 'brev-1',
        roundId: 'maj-2008',
        recipientCommitteeId: 'buu',
        updatedAt: '2008-05-16T09:00:00.000Z',
      },
      {
        id: 'brev-2',
        roundId: 'maj-2008',
        recipientCommitteeId: 'kfu',
        state: 'sendt',
        updatedAt: '2008-05-17',
      },
    ]);
    await old.table('templates').put({ id: 'context', text: 'Kære {modtager}' });
    await old.table('settings').put({ key: 'datasetLabel', value: 'Eksempeldata' });
    old.close();

    const db = new BarometerDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.areas.count()).toBe(data.areas.length);
    expect(await db.committees.count()).toBe(data.committees.length);
    expect(await db.indicators.count()).toBe(data.indicators.length);
    expect(await db.rounds.count()).toBe(data.rounds.length);
    expect(byId((await loadDataset(db)).measurements)).toEqual(byId(data.measurements));
    expect(db.backendDB().objectStoreNames.contains('measurements')).toBe(false);
    expect((await db.overrides.get('area:tryghed@maj-2008'))?.reason).toBe('Ny opgørelsesmetode');
    expect((await db.letters.get('brev-1'))?.state).toBe('kladde');
    expect((await db.letters.get('brev-2'))?.state).toBe('sendt');
    // v4: every letter starts counting revisions at 0.
    expect((await db.letters.get('brev-1'))?.revision).toBe(0);
    expect(await db.reviewCopies.count()).toBe(0);
    expect(await db.letters.where('state').equals('kladde').count()).toBe(1);
    expect(await db.templates.get('context')).toEqual({ id: 'context', text: 'Kære {modtager}' });
    expect((await db.settings.get('datasetLabel'))?.value).toBe('Eksempeldata');
    db.close();
    await db.delete();
  });
});

describe('schema upgrade v2 → v3 (measurements become one series per indicator)', () => {
  it('brings back every measurement, including rounds without a value, as one series per indicator', async () => {
    const name = 'upgrade-v2-test';
    const data = sampleDataset();
    const first = data.measurements[0];
    if (!first) throw new Error('eksempeldata uden målinger');
    // A round without a value (ingen måling) must survive as null, not disappear.
    const measurements = [
      ...data.measurements,
      { ...first, id: `${first.indicatorId}@tom`, roundId: 'tom', value: null },
    ];
    const old = new BarometerDbV2(name);
    await old.open();
    await old.table('indicators').bulkPut(data.indicators);
    await old.table('rounds').bulkPut(data.rounds);
    await old.table('measurements').bulkPut(measurements);
    old.close();

    const db = new BarometerDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const indicatorsWithValues = new Set(measurements.map((m) => m.indicatorId));
    expect(await db.series.count()).toBe(indicatorsWithValues.size);
    expect((await db.series.get(first.indicatorId))?.values.tom).toBeNull();
    expect(byId((await loadDataset(db)).measurements)).toEqual(byId(measurements));
    db.close();
    await db.delete();
  });

  it('opens an empty v2 database without creating series', async () => {
    const name = 'upgrade-v2-empty';
    const old = new BarometerDbV2(name);
    await old.open();
    old.close();
    const db = new BarometerDb(name);
    await db.open();
    expect(await db.series.count()).toBe(0);
    expect((await loadDataset(db)).measurements).toEqual([]);
    db.close();
    await db.delete();
  });
});
