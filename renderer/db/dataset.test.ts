import { describe, expect, it } from 'vitest';
import { freshDatabases } from './test-db'; // first: installs fake-indexeddb before Dexie loads
import { withIndicatorCount } from '../../bench/lib/synthetic-dataset';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { loadDataset, replaceDataset } from './dataset';

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
});
