import { describe, expect, it } from 'vitest';
import { computeAreaStatuses } from '../../shared/domain/status';
import { committeeSummaries, committeesWithoutChairName, noLetterReason, selectionKind } from './selection';
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

  it('never calls a committee green when its area has no measurement', () => {
    const unmeasured = computeAreaStatuses(
      { ...dataset, measurements: dataset.measurements.filter((m) => m.indicatorId !== 'bolig-1') },
      'r2008',
    );
    const tmu = committeeSummaries(dataset, unmeasured).find((s) => s.committee.id === 'tmu');
    if (!tmu) throw new Error('TMU mangler');
    expect(tmu.attentionAreaIds).toEqual([]);
    expect(noLetterReason(tmu)).toBe('ingen røde eller gule områder (ingen måling for bolig)');
    const greenTmu = committeeSummaries(dataset, statuses).find((s) => s.committee.id === 'tmu');
    expect(greenTmu && noLetterReason(greenTmu)).toBe('kun grønne områder');
    expect(noLetterReason({ areas: [] })).toBe('ingen indsatsområder');
  });

  it('names the committees whose chair has no name', () => {
    const withNames = committeeSummaries(
      {
        ...dataset,
        committees: dataset.committees.map((c) => ({ ...c, chairName: c.id === 'buu' ? '' : 'Navn' })),
      },
      statuses,
    );
    expect(committeesWithoutChairName(withNames)).toEqual(['Børne- og Ungdomsudvalget']);
  });
});
