import { describe, expect, it } from 'vitest';
import type { StatusRule } from '../domain/types';
import { computeAreaStatuses } from '../domain/status';
import { latestRound } from '../domain/rounds';
import { validateDataset } from '../domain/validate';
import { SAMPLE_DATASET_LABEL, sampleDataset } from './eksempeldata';

describe('sampleDataset', () => {
  it('is labelled as sample data', () => {
    expect(SAMPLE_DATASET_LABEL).toBe('Eksempeldata');
  });

  it('is a valid dataset with the six areas, seven committees and 2–4 indicators per area', () => {
    const dataset = sampleDataset();
    expect(validateDataset(dataset)).toEqual([]);
    expect(dataset.areas).toHaveLength(6);
    expect(dataset.committees).toHaveLength(7);
    for (const area of dataset.areas) {
      const indicators = dataset.indicators.filter((indicator) => indicator.areaId === area.id);
      expect(indicators.length).toBeGreaterThanOrEqual(2);
      expect(indicators.length).toBeLessThanOrEqual(4);
      expect(indicators.filter((indicator) => indicator.isMain)).toHaveLength(1);
    }
    expect(dataset.indicators.some((indicator) => indicator.direction === 'down')).toBe(true);
  });

  it('ends with the round of May 2008, published 30 May 2008', () => {
    const latest = latestRound(sampleDataset().rounds);
    expect(latest).toMatchObject({
      id: 'maj-2008',
      label: 'Maj 2008',
      period: '2008-05',
      publishedOn: '2008-05-30',
    });
  });

  it.each<StatusRule>(['development', 'on-track'])(
    'reproduces the reference letter under the %s rule',
    (rule) => {
      const dataset = sampleDataset();
      dataset.statusSettings.rule = rule;
      const statuses = new Map(computeAreaStatuses(dataset, 'maj-2008').map((s) => [s.areaId, s.status]));
      expect(statuses.get('beskaeftigelse')).toBe('green');
      expect(statuses.get('bolig')).toBe('green');
      expect(statuses.get('kultur-og-fritid')).toBe('green');
      for (const areaId of ['tryghed', 'uddannelse', 'sundhed-og-omsorg']) {
        expect(['yellow', 'red']).toContain(statuses.get(areaId));
      }
      expect(statuses.get('uddannelse')).toBe('red');
    },
  );

  it('varies the sub-indicators and has a missing value in an earlier round', () => {
    const dataset = sampleDataset();
    dataset.statusSettings.rule = 'on-track';
    const subStatuses = computeAreaStatuses(dataset, 'maj-2008')
      .flatMap((area) => area.indicators)
      .filter(
        (status) =>
          status.indicatorId !== undefined &&
          !dataset.indicators.find((i) => i.id === status.indicatorId)?.isMain,
      )
      .map((status) => status.status);
    expect(new Set(subStatuses)).toEqual(new Set(['green', 'yellow', 'red']));
    const earlier = computeAreaStatuses(dataset, 'maj-2006').flatMap((area) => area.indicators);
    expect(earlier.some((status) => status.status === 'none')).toBe(true);
  });

  it('returns a fresh copy each call', () => {
    const first = sampleDataset();
    first.statusSettings.rule = 'on-track';
    first.measurements.pop();
    expect(sampleDataset().statusSettings.rule).toBe('development');
    expect(sampleDataset().measurements).toHaveLength(first.measurements.length + 1);
  });
});
