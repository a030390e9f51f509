import { describe, expect, it } from 'vitest';
import { freshDatabases } from './test-db'; // first: installs fake-indexeddb before Dexie loads
import { withIndicatorCount } from '../../bench/lib/synthetic-dataset';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { computeAreaStatuses } from '../../shared/domain/status';
import { loadAreaDataset, loadDataset, loadOverviewDataset, replaceDataset } from './dataset';

const openDb = freshDatabases('dataset');

describe('loadDataset', () => {
  it('reads a large dataset whole, in chunks across the 1,000-record boundaries, in the stored order', async () => {
    const db = openDb();
    // 4,123 indicators: four full chunks and a partial one of indicators and of series.
    const data = withIndicatorCount(sampleDataset(), 4123);
    await replaceDataset(db, data, 'stor.csv');
    const loaded = await loadDataset(db);
    expect(loaded.indicators).toHaveLength(4123);
    expect(new Set(loaded.indicators.map((i) => i.id)).size).toBe(4123);
    expect(loaded.measurements).toHaveLength(data.measurements.length);
    const sortKey = (m: { id: string }) => m.id;
    expect([...loaded.measurements].map(sortKey).sort()).toEqual(data.measurements.map(sortKey).sort());
    const byId = new Map(data.measurements.map((m) => [m.id, m.value]));
    expect(loaded.measurements.every((m) => byId.get(m.id) === m.value)).toBe(true);
  });

  it('gives the overview the same lights from the main indicators’ values alone', async () => {
    const db = openDb();
    const data = withIndicatorCount(sampleDataset(), 3000);
    // One area without a main indicator: all its indicators decide, so all their values are read.
    data.indicators = data.indicators.map((i) => (i.areaId === 'bolig' ? { ...i, isMain: false } : i));
    data.overrides = [
      {
        id: 'indicator:bench-2@maj-2008',
        roundId: data.rounds.at(-1)?.id ?? '',
        scope: 'indicator',
        targetId: 'bench-2',
        status: 'red',
        reason: 'Skøn',
        createdAt: '2008-06-01T10:00:00Z',
      },
    ];
    await replaceDataset(db, data, 'stor.csv');
    const [full, overview] = await Promise.all([loadDataset(db), loadOverviewDataset(db)]);
    const roundId = full.rounds.at(-1)?.id ?? '';
    const mainIds = new Set(full.indicators.filter((i) => i.isMain).map((i) => i.id));
    const bolig = full.indicators.filter((i) => i.areaId === 'bolig').length;
    expect(new Set(overview.measurements.map((m) => m.indicatorId)).size).toBe(mainIds.size + bolig);
    expect(computeAreaStatuses(overview, roundId, { mainOnly: true })).toEqual(
      computeAreaStatuses(full, roundId, { mainOnly: true }),
    );
  });

  it('gives an area screen its own indicators and values, and the same statuses as the full dataset', async () => {
    const db = openDb();
    const data = withIndicatorCount(sampleDataset(), 1200);
    await replaceDataset(db, data, 'stor.csv');
    const [full, area] = await Promise.all([loadDataset(db), loadAreaDataset(db, 'uddannelse')]);
    const roundId = full.rounds.at(-1)?.id ?? '';
    expect(area.indicators).toEqual(full.indicators.filter((i) => i.areaId === 'uddannelse'));
    expect(area.measurements).toHaveLength(
      full.measurements.filter((m) => area.indicators.some((i) => i.id === m.indicatorId)).length,
    );
    expect(computeAreaStatuses(area, roundId, { areaIds: ['uddannelse'] })).toEqual(
      computeAreaStatuses(full, roundId, { areaIds: ['uddannelse'] }),
    );
  });
});
