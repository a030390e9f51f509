import { periodText } from '../../shared/domain/periods';
import type { Indicator, Measurement, Round } from '../../shared/domain/types';

/** One point of an indicator's series: the baseline first, then each round (value null = no measurement). */
export interface SeriesPoint {
  label: string;
  value: number | null;
}

/** The indicator's baseline followed by its value in each round (oldest first), for the charts. */
export function indicatorSeries(
  indicator: Indicator,
  rounds: readonly Round[],
  measurements: readonly Measurement[],
): SeriesPoint[] {
  const values = new Map<string, number | null>();
  for (const m of measurements) if (m.indicatorId === indicator.id) values.set(m.roundId, m.value);
  return [
    { label: `Basis ${periodText(indicator.baseline.period)}`, value: indicator.baseline.value },
    ...rounds.map((round) => {
      const value = values.get(round.id);
      return { label: round.label, value: value === undefined || !Number.isFinite(value) ? null : value };
    }),
  ];
}

/** The value range a chart shows: every point and the target, with a little air above and below. */
export function valueRange(points: readonly SeriesPoint[], target: number): { min: number; max: number } {
  const values = [target, ...points.flatMap((p) => (p.value === null ? [] : [p.value]))];
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const air = (max - min) * 0.1;
  return { min: min - air, max: max + air };
}

/** Splits a series into runs of consecutive measured points, so a missing round breaks the line. */
export function measuredRuns<T extends { value: number | null }>(points: readonly T[]): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  for (const point of points) {
    if (point.value === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push(point);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Round axis ticks (1, 2 or 5 × a power of ten) covering min…max: 50, 52, 54 … instead of 50,1, 52,8 … */
export function niceTicks(min: number, max: number, approxCount = 4): { ticks: number[]; step: number } {
  const rough = (max - min) / approxCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= last + step / 2; tick += step) ticks.push(Number(tick.toFixed(10)));
  return { ticks, step };
}

/** The part of the SVG the points are drawn in; y grows downwards, so `bottom` is the larger number. */
export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a series' points go: x for the point's position in the series, y for a value. */
export interface SeriesScale {
  x: (index: number) => number;
  y: (value: number) => number;
}

/**
 * Spreads `count` points evenly from the box's left to its right edge and maps min…max onto bottom…top.
 * A lone point sits at the left edge, or in the middle with `centreLonePoint`.
 */
export function seriesScale(
  box: PlotBox,
  count: number,
  range: { min: number; max: number },
  options: { centreLonePoint?: boolean } = {},
): SeriesScale {
  const step = count > 1 ? (box.right - box.left) / (count - 1) : 0;
  const lone = options.centreLonePoint ? (box.left + box.right) / 2 : box.left;
  const height = box.bottom - box.top;
  return {
    x: (index) => (count > 1 ? box.left + index * step : lone),
    y: (value) => box.bottom - ((value - range.min) / (range.max - range.min)) * height,
  };
}

/** The SVG polyline points of each run of measured values: a round without a measurement breaks the line. */
export function seriesLines(
  points: readonly SeriesPoint[],
  scale: SeriesScale,
): { key: number; points: string }[] {
  const indexed = points.map((point, index) => ({ ...point, index }));
  return measuredRuns(indexed).map((run) => ({
    key: run[0]?.index ?? 0,
    points: run.map((p) => `${scale.x(p.index)},${scale.y(p.value ?? 0)}`).join(' '),
  }));
}

/**
 * Which x labels a chart can print without overlap, at least `minGap` px apart: always the first (the
 * baseline, so it is never an unlabelled point) and the last (the round shown), and evenly spaced ones between.
 */
export function labelledIndexes(count: number, spacing: number, minGap: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [0];
  const every = spacing >= minGap ? 1 : Math.ceil(minGap / Math.max(spacing, 0.001));
  const shown: number[] = [];
  for (let index = 0; index < count - 1; index += every) {
    // Keep clear of the last label, which is always shown.
    if (index === 0 || (count - 1 - index) * spacing >= minGap) shown.push(index);
  }
  shown.push(count - 1);
  return shown;
}
