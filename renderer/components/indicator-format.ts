import type { DecidedFigures } from '../../shared/domain/figures';
import { roundToPrecision } from '../../shared/domain/rounding';
import type { Indicator } from '../../shared/domain/types';
import { formatNumber, formatValue, isBareNumberUnit } from '../../shared/domain/wording';

/** Decimals a number is written with, at most `max`: 55 → 0, 47.5 → 1. */
export function decimalsOf(value: number, max: number): number {
  for (let decimals = 0; decimals < max; decimals++) {
    if (Math.abs(value - Number(value.toFixed(decimals))) < 1e-9) return decimals;
  }
  return max;
}

/**
 * A value in the indicator's unit, at its precision: "47,5 %", and a target of 6 at precision 1 is "6,0 %" —
 * the same text as in the letter's annex, so screen and letter never disagree. Use it for every value shown.
 */
export function formatIndicatorValue(value: number | null, indicator: Indicator): string {
  return formatValue(value, indicator.unit, indicator.precision);
}

/** The unit a difference is counted in: percentages change by "point" (procentpoint); "antal" is bare, as its values are. */
export function differenceUnit(indicator: Indicator): string {
  if (indicator.unit.trim() === '%') return 'point';
  return isBareNumberUnit(indicator.unit) ? '' : indicator.unit.trim();
}

/** "+2,5 point", "−1 point", "±0 point". */
export function formatDifference(difference: number, indicator: Indicator): string {
  const rounded = roundToPrecision(difference, indicator.precision);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  const number = formatNumber(Math.abs(rounded), indicator.precision);
  const unit = differenceUnit(indicator);
  return unit ? `${sign}${number} ${unit}` : `${sign}${number}`;
}

/**
 * "▲ +2 point siden basis 2006": the main indicator's movement since the reference the rule used, computed
 * from the same rounded figures the rule compared (decidedFigures), so it never contradicts the light.
 */
export function trendText(figures: DecidedFigures, indicator: Indicator): string | null {
  const { difference } = figures;
  if (difference === null) return null;
  const symbol = difference > 0 ? '▲' : difference < 0 ? '▼' : '■';
  const better = indicator.direction === 'down' ? ' (lavere er bedre)' : '';
  return `${symbol} ${formatDifference(difference, indicator)} siden ${figures.since}${better}`;
}
