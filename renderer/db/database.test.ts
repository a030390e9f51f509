import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { BarometerDb } from './database';
import { SCHEMA_V1 } from './schema';

/** A database exactly as the first release declared it. */
class BarometerDbV1 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
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
    expect(db.verno).toBeGreaterThan(1);
    expect(await db.areas.count()).toBe(data.areas.length);
    expect(await db.committees.count()).toBe(data.committees.length);
    expect(await db.indicators.count()).toBe(data.indicators.length);
    expect(await db.rounds.count()).toBe(data.rounds.length);
    expect(await db.measurements.count()).toBe(data.measurements.length);
    expect((await db.overrides.get('area:tryghed@maj-2008'))?.reason).toBe('Ny opgørelsesmetode');
    expect((await db.letters.get('brev-1'))?.state).toBe('kladde');
    expect((await db.letters.get('brev-2'))?.state).toBe('sendt');
    expect(await db.letters.where('state').equals('kladde').count()).toBe(1);
    expect(await db.templates.get('context')).toEqual({ id: 'context', text: 'Kære {modtager}' });
    expect((await db.settings.get('datasetLabel'))?.value).toBe('Eksempeldata');
    db.close();
    await db.delete();
  });
});
