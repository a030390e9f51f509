import { describe, expect, it } from 'vitest';
import type { Direction, Status } from './types';
import {
  combineIndicatorStatuses,
  developmentStatus,
  onTrackStatus,
  roundToPrecision,
  type OnTrackInput,
} from './status-rules';

describe('roundToPrecision', () => {
  it('rounds half away from zero without float noise', () => {
    expect(roundToPrecision(47.5, 0)).toBe(48);
    expect(roundToPrecision(47.49, 0)).toBe(47);
    expect(roundToPrecision(1.005, 2)).toBe(1.01);
    expect(roundToPrecision(47.45, 1)).toBe(47.5);
    expect(roundToPrecision(-2.5, 0)).toBe(-3);
    expect(Object.is(roundToPrecision(-0.2, 0), 0)).toBe(true);
  });

  it('keeps precision within 0–6 decimals', () => {
    expect(roundToPrecision(1.23456789, 10)).toBe(1.234568);
    expect(roundToPrecision(1.6, -2)).toBe(2);
  });
});

const dev = (latest: number, reference: number, direction: Direction = 'up', precision = 0) =>
  developmentStatus({ latest, reference, direction, precision, unit: '%', referenceText: 'basis (2006)' });

describe('developmentStatus (the national rule)', () => {
  it('is green when better, yellow when equal, red when worse', () => {
    expect(dev(47, 45).status).toBe('green');
    expect(dev(45, 45).status).toBe('yellow');
    expect(dev(43, 45).status).toBe('red');
  });

  it('reverses for lower-is-better indicators', () => {
    expect(dev(20, 25, 'down').status).toBe('green');
    expect(dev(27, 25, 'down').status).toBe('red');
  });

  it('compares only after rounding to the precision', () => {
    expect(dev(45.4, 45.1).status).toBe('yellow');
    expect(dev(45.4, 45.1, 'up', 1).status).toBe('green');
    expect(dev(45.6, 45.4).status).toBe('green');
  });

  it('explains the comparison in Danish with the rounded figures', () => {
    expect(dev(47.4, 45, 'up').explanation).toBe('47 % mod basis (2006) 45 %: fremgang');
    expect(dev(45, 45, 'up', 1).explanation).toBe('45,0 % mod basis (2006) 45,0 %: uændret');
  });
});

const line = (overrides: Partial<OnTrackInput>): OnTrackInput => ({
  latest: 0,
  baseline: { period: '2006', value: 40 },
  target: { period: '2010', value: 60 },
  roundPeriod: '2008',
  direction: 'up',
  precision: 0,
  unit: '%',
  ...overrides,
});

function onTrack(overrides: Partial<OnTrackInput>): {
  status: Status;
  expected: number | null;
  explanation: string;
} {
  const result = onTrackStatus(line(overrides));
  if ('unreadablePeriod' in result) throw new Error(`unexpected unreadable ${result.unreadablePeriod}`);
  return result;
}

describe('onTrackStatus (på rette kurs mod målsætningen)', () => {
  it('expects the value on the straight line from baseline to target', () => {
    // Half way from 2006 to 2010: expected 50.
    expect(onTrack({ latest: 50 }).expected).toBe(50);
    expect(onTrack({ latest: 50 }).status).toBe('green');
    expect(onTrack({ latest: 52 }).status).toBe('green');
    expect(onTrack({ latest: 45 }).status).toBe('yellow');
    expect(onTrack({ latest: 40 }).status).toBe('red');
    expect(onTrack({ latest: 38 }).status).toBe('red');
  });

  it('says which case applies', () => {
    expect(onTrack({ latest: 45 }).explanation).toBe(
      '45 % mod forventet 50 % på vej fra basis 40 % (2006) til mål 60 % (2010): fremgang, men bag kurs',
    );
    expect(onTrack({ latest: 38 }).explanation).toContain('tilbagegang siden basis');
    expect(onTrack({ latest: 40 }).explanation).toContain('ingen fremgang siden basis');
  });

  it('works for lower-is-better indicators', () => {
    const down = {
      direction: 'down' as const,
      baseline: { period: '2006', value: 30 },
      target: { period: '2010', value: 20 },
    };
    expect(onTrack({ ...down, latest: 25 }).status).toBe('green');
    expect(onTrack({ ...down, latest: 27 }).status).toBe('yellow');
    expect(onTrack({ ...down, latest: 30 }).status).toBe('red');
    expect(onTrack({ ...down, latest: 19 }).status).toBe('green');
  });

  it('is green once the target is met, whenever that is', () => {
    const met = onTrack({ latest: 61, roundPeriod: '2007' });
    expect(met.status).toBe('green');
    expect(met.explanation).toContain('er nået');
  });

  it('handles a flat line where baseline equals target', () => {
    const flat = { baseline: { period: '2006', value: 60 }, target: { period: '2010', value: 60 } };
    expect(onTrack({ ...flat, latest: 60 }).status).toBe('green');
    expect(onTrack({ ...flat, latest: 59 }).status).toBe('red');
  });

  it('clamps to the target after the target period', () => {
    const late = onTrack({ latest: 58, roundPeriod: '2012' });
    expect(late.expected).toBe(60);
    expect(late.status).toBe('yellow');
  });

  it('judges the movement since the baseline for a round at or before the baseline period', () => {
    expect(onTrack({ latest: 41, roundPeriod: '2005' }).status).toBe('green');
    expect(onTrack({ latest: 40, roundPeriod: '2006' }).status).toBe('yellow');
    expect(onTrack({ latest: 39, roundPeriod: '2006' }).explanation).toContain('ikke efter basisperioden');
  });

  it('compares with the expected value rounded to the precision', () => {
    // 2008-05 is 0.58 of the way: expected 51.67 → 52 at whole numbers, 51.7 at one decimal.
    const input = {
      roundPeriod: '2008-05',
      baseline: { period: '2006-01', value: 40 },
      target: { period: '2010-01', value: 60 },
    };
    expect(onTrack({ ...input, latest: 51.6 }).status).toBe('green');
    expect(onTrack({ ...input, latest: 51.6, precision: 1 }).status).toBe('yellow');
  });

  it('reports an unreadable period instead of guessing', () => {
    expect(onTrackStatus(line({ latest: 50, target: { period: 'snart', value: 60 } }))).toEqual({
      unreadablePeriod: 'snart',
    });
    expect(onTrackStatus(line({ latest: 50, roundPeriod: 'x' }))).toEqual({ unreadablePeriod: 'x' });
  });
});

describe('combineIndicatorStatuses (the majority rule)', () => {
  it('lets a single indicator decide', () => {
    expect(combineIndicatorStatuses(['red'])).toBe('red');
    expect(combineIndicatorStatuses(['green', 'none'])).toBe('green');
  });

  it('treats two different as a tie (yellow) and two alike as that status', () => {
    expect(combineIndicatorStatuses(['green', 'red'])).toBe('yellow');
    expect(combineIndicatorStatuses(['red', 'red'])).toBe('red');
  });

  it('follows the national rule for three', () => {
    expect(combineIndicatorStatuses(['green', 'green', 'green'])).toBe('green');
    expect(combineIndicatorStatuses(['red', 'green', 'red'])).toBe('red');
    expect(combineIndicatorStatuses(['green', 'yellow', 'yellow'])).toBe('yellow');
    expect(combineIndicatorStatuses(['green', 'yellow', 'red'])).toBe('yellow');
  });

  it('takes the majority of four, yellow on a tie', () => {
    expect(combineIndicatorStatuses(['green', 'green', 'red', 'red'])).toBe('yellow');
    expect(combineIndicatorStatuses(['green', 'green', 'green', 'red'])).toBe('green');
    expect(combineIndicatorStatuses(['red', 'red', 'green', 'yellow'])).toBe('red');
  });

  it('ignores missing measurements and is none when nothing was measured', () => {
    expect(combineIndicatorStatuses(['none', 'none'])).toBe('none');
    expect(combineIndicatorStatuses([])).toBe('none');
    expect(combineIndicatorStatuses(['green', 'red', 'none', 'red'])).toBe('red');
  });
});
