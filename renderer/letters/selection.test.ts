import { describe, expect, it } from 'vitest';
import { computeAreaStatuses } from '../../shared/domain/status';
import { committeeSummaries, selectionKind } from './selection';
import { letterTestDataset } from './test-dataset';

describe('letter selection', () => {
  const dataset = letterTestDataset();
  const statuses = computeAreaStatuses(dataset, 'r2008');

  it('offers every committee but the sender, with its red and yellow areas picked out', () => {
    const summaries = committeeSummaries(dataset, statuses);
    expect(summaries.map((summary) => summary.committee.id)).not.toContain('biu');
    const buu = summaries.find((summary) => summary.committee.id === 'buu');
    expect(buu?.attentionAreaIds).toEqual(['uddannelse']);
    const tmu = summaries.find((summary) => summary.committee.id === 'tmu');
    expect(tmu?.areas).toEqual([{ areaId: 'bolig', name: 'Bolig', status: 'green' }]);
    expect(tmu?.attentionAreaIds).toEqual([]);
  });

  it('tells an urging letter from an acknowledging one by the chosen areas', () => {
    const areas = (...ids: string[]) => dataset.areas.filter((area) => ids.includes(area.id));
    expect(selectionKind(areas('uddannelse', 'bolig'), statuses)).toBe('urge');
    expect(selectionKind(areas('bolig'), statuses)).toBe('acknowledge');
    expect(selectionKind([], statuses)).toBe('empty');
    const unmeasured = computeAreaStatuses(
      { ...dataset, measurements: dataset.measurements.filter((m) => m.indicatorId !== 'bolig-1') },
      'r2008',
    );
    expect(selectionKind(areas('bolig'), unmeasured)).toBe('unmeasured');
  });
});
