import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { BarometerDb, upgradeToV2 } from './database';
import { SCHEMA_V1, SCHEMA_V2 } from './schema';

// The live series helper changes its mind (as a later refactoring might): the v3 upgrade must not notice.
vi.mock('./series', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./series')>()),
  seriesFromMeasurements: () => [],
}));

class BarometerDbV2 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

describe('schema upgrade v2 → v3 is frozen', () => {
  it('writes the series of its own time, whatever the live helpers do now', async () => {
    const name = 'upgrade-v3-frozen';
    const old = new BarometerDbV2(name);
    await old.open();
    await old.table('measurements').bulkPut([
      { id: 'udd-1@2007', indicatorId: 'udd-1', roundId: '2007', value: 46 },
      { id: 'udd-1@2008', indicatorId: 'udd-1', roundId: '2008', value: null },
      { id: 'bol-1@2008', indicatorId: 'bol-1', roundId: '2008', value: 31.5 },
    ]);
    old.close();

    const db = new BarometerDb(name);
    await db.open();
    expect(await db.series.orderBy('indicatorId').toArray()).toEqual([
      { indicatorId: 'bol-1', values: { '2008': 31.5 } },
      { indicatorId: 'udd-1', values: { '2007': 46, '2008': null } },
    ]);
    db.close();
    await db.delete();
  });
});
