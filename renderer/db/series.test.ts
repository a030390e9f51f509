import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../shared/domain/types';
import { measurementsFromSeries, mergeSeriesValues, seriesFromMeasurements, withoutRound } from './series';

function m(indicatorId: string, roundId: string, value: number | null): Measurement {
  return { id: `${indicatorId}@${roundId}`, indicatorId, roundId, value };
}

describe('seriesFromMeasurements / measurementsFromSeries', () => {
  it('stores one series per indicator and gives every measurement back, ordered by indicator then round', () => {
    const measurements = [
      m('udd-1', '2008', 58),
      m('besk-1', '2008', 47.5),
      m('udd-1', '2007', 57),
      m('besk-1', '2007', 46),
    ];
    const series = seriesFromMeasurements(measurements);
    expect(series).toEqual([
      { indicatorId: 'udd-1', values: { '2008': 58, '2007': 57 } },
      { indicatorId: 'besk-1', values: { '2008': 47.5, '2007': 46 } },
    ]);
    // IndexedDB hands series back sorted by indicator id.
    const stored = [...series].sort((a, b) => (a.indicatorId < b.indicatorId ? -1 : 1));
    expect(measurementsFromSeries(stored)).toEqual([
      m('besk-1', '2007', 46),
      m('besk-1', '2008', 47.5),
      m('udd-1', '2007', 57),
      m('udd-1', '2008', 58),
    ]);
  });

  it('keeps a round without a value (ingen måling) as null', () => {
    const series = seriesFromMeasurements([m('tryg-1', 'maj-2008', null), m('tryg-1', 'nov-2007', 12)]);
    expect(series).toEqual([{ indicatorId: 'tryg-1', values: { 'maj-2008': null, 'nov-2007': 12 } }]);
    expect(measurementsFromSeries(series)).toEqual([
      m('tryg-1', 'maj-2008', null),
      m('tryg-1', 'nov-2007', 12),
    ]);
  });

  it('turns no measurements into no series, and an empty series into no measurements', () => {
    expect(seriesFromMeasurements([])).toEqual([]);
    expect(measurementsFromSeries([])).toEqual([]);
    expect(measurementsFromSeries([{ indicatorId: 'besk-1', values: {} }])).toEqual([]);
  });

  it('survives structured cloning (as IndexedDB stores it), even with an awkward round id', () => {
    const measurements = [m('besk-1', '__proto__', 1), m('besk-1', 'constructor', 2)];
    const cloned = structuredClone(seriesFromMeasurements(measurements));
    expect(measurementsFromSeries(cloned)).toEqual(measurements);
  });
});

describe('mergeSeriesValues / withoutRound', () => {
  it('lays changed values over the stored ones without touching the stored record', () => {
    const stored = { indicatorId: 'besk-1', values: { '2007': 46, '2008': 47.5 } };
    const merged = mergeSeriesValues('besk-1', stored, [
      { roundId: '2008', value: 49 },
      { roundId: '2009', value: null },
    ]);
    expect(merged).toEqual({ indicatorId: 'besk-1', values: { '2007': 46, '2008': 49, '2009': null } });
    expect(stored.values).toEqual({ '2007': 46, '2008': 47.5 });
    expect(mergeSeriesValues('ny', undefined, [{ roundId: '2008', value: 3 }])).toEqual({
      indicatorId: 'ny',
      values: { '2008': 3 },
    });
  });

  it('removes a round, and says so when there was nothing to remove', () => {
    const stored = { indicatorId: 'besk-1', values: { '2007': 46, '2008': 47.5 } };
    expect(withoutRound(stored, '2007')).toEqual({ indicatorId: 'besk-1', values: { '2008': 47.5 } });
    expect(stored.values).toEqual({ '2007': 46, '2008': 47.5 });
    expect(withoutRound(stored, '2010')).toBeUndefined();
    const awkward = mergeSeriesValues('besk-1', undefined, [{ roundId: '__proto__', value: 5 }]);
    expect(Object.entries(awkward.values)).toEqual([['__proto__', 5]]);
    expect(withoutRound(awkward, '__proto__')?.values).toEqual({});
  });
});
