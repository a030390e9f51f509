import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './dataset';
import { deleteRound, saveMeasurement } from './edits';
import { freshDatabases, seedSampleData } from './test-db';

const freshDb = freshDatabases('edits-test');

describe('manual edits of measurements', () => {
  it('changes one cell and keeps every other value', async () => {
    const db = freshDb();
    const data = await seedSampleData(db);
    const target = data.measurements[0];
    if (!target) throw new Error('eksempeldata uden målinger');
    const before = await loadDataset(db);

    await saveMeasurement(db, target.indicatorId, target.roundId, 12.5);
    await saveMeasurement(db, target.indicatorId, 'ny-runde', null);
    const after = await loadDataset(db);
    const expected = before.measurements.map((m) => (m.id === target.id ? { ...m, value: 12.5 } : m));
    expected.push({
      id: `${target.indicatorId}@ny-runde`,
      indicatorId: target.indicatorId,
      roundId: 'ny-runde',
      value: null,
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...after.measurements].sort(byId)).toEqual(expected.sort(byId));
  });

  it('deleting a round removes its values from every indicator, and nothing else', async () => {
    const db = freshDb();
    const data = await seedSampleData(db);
    const roundId = data.rounds[0]?.id ?? '';
    const before = await loadDataset(db);
    expect(before.measurements.some((m) => m.roundId === roundId)).toBe(true);

    await deleteRound(db, roundId);
    const after = await loadDataset(db);
    expect(after.rounds.map((r) => r.id)).not.toContain(roundId);
    expect(after.measurements).toEqual(before.measurements.filter((m) => m.roundId !== roundId));
  });
});
