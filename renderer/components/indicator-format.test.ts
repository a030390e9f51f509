import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/domain/types';
import { formatDifference, formatIndicatorValue } from './indicator-format';

const indicator = (unit: string): Indicator => ({
  id: 'bes-2',
  areaId: 'beskaeftigelse',
  name: 'Ledige',
  isMain: false,
  unit,
  direction: 'down',
  precision: 1,
  baseline: { period: '2006', value: 20 },
  target: { period: '2010', value: 10 },
  sortOrder: 0,
});

describe('a difference is written like the values it is between', () => {
  it('«antal» and «indeks» values and their differences are bare numbers (QA: «5,0 · … −15,0 antal»)', () => {
    expect(formatIndicatorValue(5, indicator('antal'))).toBe('5,0');
    expect(formatDifference(-15, indicator('antal'))).toBe('−15,0');
    expect(formatDifference(2.5, indicator('Indeks'))).toBe('+2,5');
  });

  it('percentages change by «point», other units keep their unit', () => {
    expect(formatDifference(-1, indicator('%'))).toBe('−1,0 point');
    expect(formatDifference(3, indicator(' dage '))).toBe('+3,0 dage');
    expect(formatIndicatorValue(3, indicator(' dage '))).toBe('3,0 dage');
  });
});
