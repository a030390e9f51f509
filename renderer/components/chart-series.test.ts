import { describe, expect, it } from 'vitest';
import { indicatorSeries, labelledIndexes, seriesLines, seriesScale } from './chart-series';

const box = { left: 10, right: 110, top: 20, bottom: 70 };

describe('chart scale and lines', () => {
  it('spreads the rounds from edge to edge and puts the highest value at the top', () => {
    const { x, y } = seriesScale(box, 3, { min: 0, max: 10 });
    expect([x(0), x(1), x(2)]).toEqual([10, 60, 110]);
    expect([y(0), y(5), y(10)]).toEqual([70, 45, 20]);
  });

  it('puts a lone measurement at the left edge, or in the middle when asked', () => {
    expect(seriesScale(box, 1, { min: 0, max: 1 }).x(0)).toBe(10);
    expect(seriesScale(box, 1, { min: 0, max: 1 }, { centreLonePoint: true }).x(0)).toBe(60);
  });

  it('breaks the line where a round has no measurement', () => {
    const scale = seriesScale(box, 4, { min: 0, max: 10 });
    const points = [
      { label: 'Basis', value: 0 },
      { label: '2007', value: 10 },
      { label: '2008', value: null },
      { label: '2009', value: 5 },
    ];
    expect(seriesLines(points, scale).map((line) => line.points)).toEqual([
      `10,70 ${10 + 100 / 3},20`,
      '110,45',
    ]);
  });
});

describe('labelledIndexes', () => {
  it('labels every point when there is room, the baseline first', () => {
    expect(labelledIndexes(4, 200, 96)).toEqual([0, 1, 2, 3]);
    expect(labelledIndexes(1, 0, 96)).toEqual([0]);
  });

  it('thins crowded labels but always keeps the baseline and the last round', () => {
    const shown = labelledIndexes(121, 8, 96);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(120);
    for (let i = 1; i < shown.length; i++) {
      expect(((shown[i] ?? 0) - (shown[i - 1] ?? 0)) * 8).toBeGreaterThanOrEqual(96);
    }
  });
});

describe('indicatorSeries', () => {
  it('starts with the baseline labelled by its period in words', () => {
    const indicator = {
      id: 'a',
      areaId: 'x',
      name: 'A',
      unit: '%',
      direction: 'up' as const,
      isMain: true,
      precision: 0,
      baseline: { period: '2006-05', value: 40 },
      target: { period: '2010', value: 50 },
      sortOrder: 1,
    };
    const series = indicatorSeries(
      indicator,
      [{ id: 'r', label: 'Maj 2008', period: '2008-05' }],
      [{ id: 'a@r', indicatorId: 'a', roundId: 'r', value: 42 }],
    );
    expect(series).toEqual([
      { label: 'Basis maj 2006', value: 40 },
      { label: 'Maj 2008', value: 42 },
    ]);
  });
});
