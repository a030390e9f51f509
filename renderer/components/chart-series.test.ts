import { describe, expect, it } from 'vitest';
import { seriesLines, seriesScale } from './chart-series';

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
