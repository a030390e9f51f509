import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../sample/eksempeldata';
import { dataFingerprint } from './fingerprint';
import type { BarometerDataset } from './types';

function reversed(dataset: BarometerDataset): BarometerDataset {
  // Same data, every list and every object's keys in another order.
  const flipKeys = <T extends object>(record: T): T =>
    Object.fromEntries(Object.entries(record).reverse()) as T;
  return {
    ...dataset,
    areas: [...dataset.areas].reverse().map(flipKeys),
    indicators: [...dataset.indicators].reverse().map(flipKeys),
    rounds: [...dataset.rounds].reverse().map(flipKeys),
    measurements: [...dataset.measurements].reverse().map(flipKeys),
    statusSettings: flipKeys(dataset.statusSettings),
  };
}

describe('dataFingerprint', () => {
  it('is a SHA-256 hex string that is stable for the same data in any order', () => {
    const fingerprint = dataFingerprint(sampleDataset(), 'maj-2008');
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(dataFingerprint(sampleDataset(), 'maj-2008')).toBe(fingerprint);
    expect(dataFingerprint(reversed(sampleDataset()), 'maj-2008')).toBe(fingerprint);
  });

  it('changes when a value, a definite form, a baseline or the status rule changes', () => {
    const base = dataFingerprint(sampleDataset(), 'maj-2008');
    const changed = [
      (d: BarometerDataset) => {
        const m = d.measurements.find((x) => x.id === 'udd-1@maj-2008');
        if (m) m.value = 58;
      },
      (d: BarometerDataset) => {
        const a = d.areas[0];
        if (a) a.definiteForm = 'beskæftigelsen';
      },
      (d: BarometerDataset) => {
        const i = d.indicators[0];
        if (i) i.baseline.value += 1;
      },
      (d: BarometerDataset) => {
        d.statusSettings.rule = 'on-track';
      },
      (d: BarometerDataset) => {
        const r = d.rounds[2];
        if (r) r.label = 'Juni 2008';
      },
      (d: BarometerDataset) => {
        d.overrides.push({
          id: 'area:bolig@maj-2008',
          roundId: 'maj-2008',
          scope: 'area',
          targetId: 'bolig',
          status: 'yellow',
          reason: 'Databrud',
          createdAt: '2008-06-01T00:00:00Z',
        });
      },
    ];
    const fingerprints = changed.map((change) => {
      const dataset = sampleDataset();
      change(dataset);
      return dataFingerprint(dataset, 'maj-2008');
    });
    expect(new Set([base, ...fingerprints]).size).toBe(changed.length + 1);
  });

  it('ignores data that cannot affect the letter for that round', () => {
    const base = dataFingerprint(sampleDataset(), 'maj-2007');
    const dataset = sampleDataset();
    const later = dataset.measurements.find((m) => m.id === 'udd-1@maj-2008');
    if (later) later.value = 99;
    dataset.overrides.push({
      id: 'area:bolig@maj-2008',
      roundId: 'maj-2008',
      scope: 'area',
      targetId: 'bolig',
      status: 'red',
      reason: 'x',
      createdAt: '2008-06-01T00:00:00Z',
    });
    // A measurement without a value reads the same as no measurement at all.
    dataset.measurements = dataset.measurements.filter((m) => m.id !== 'udd-2@maj-2006');
    expect(dataFingerprint(dataset, 'maj-2007')).toBe(base);
  });

  it('only counts the chosen areas when asked', () => {
    const base = dataFingerprint(sampleDataset(), 'maj-2008', ['uddannelse']);
    const dataset = sampleDataset();
    const other = dataset.measurements.find((m) => m.id === 'bolig-1@maj-2008');
    if (other) other.value = 10;
    expect(dataFingerprint(dataset, 'maj-2008', ['uddannelse'])).toBe(base);
    expect(dataFingerprint(dataset, 'maj-2008')).not.toBe(dataFingerprint(sampleDataset(), 'maj-2008'));
    expect(base).not.toBe(dataFingerprint(sampleDataset(), 'maj-2008', ['bolig']));
  });
});
