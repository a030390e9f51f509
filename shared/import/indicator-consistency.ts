import type { Indicator } from '../domain/types';
import type { FieldKey } from './fields';

/** The common case, checked without building any text: the row repeats what the first row said. */
export function sameIndicator(a: Indicator, b: Indicator, comparePrecision: boolean): boolean {
  return (
    a.name === b.name &&
    a.areaId === b.areaId &&
    a.unit === b.unit &&
    a.direction === b.direction &&
    a.isMain === b.isMain &&
    a.baseline.period === b.baseline.period &&
    a.baseline.value === b.baseline.value &&
    a.target.period === b.target.period &&
    a.target.value === b.target.value &&
    (!comparePrecision || a.precision === b.precision)
  );
}

interface Difference {
  field: FieldKey;
  label: string;
  first: string;
  here: string;
}

/** Fields that must agree on every row of one indicator, with the Danish word for each. */
export function differences(first: Indicator, here: Indicator, comparePrecision: boolean): Difference[] {
  const pairs: [FieldKey, string, unknown, unknown][] = [
    ['indicator', 'navn', first.name, here.name],
    ['area', 'område', first.areaId, here.areaId],
    ['unit', 'enhed', first.unit, here.unit],
    ['direction', 'retning', directionWord(first.direction), directionWord(here.direction)],
    ['main', 'hovedindikator-markering', first.isMain ? 'ja' : 'nej', here.isMain ? 'ja' : 'nej'],
    ['baselinePeriod', 'basisperiode', first.baseline.period, here.baseline.period],
    ['baselineValue', 'basisværdi', decimalComma(first.baseline.value), decimalComma(here.baseline.value)],
    ['targetPeriod', 'målperiode', first.target.period, here.target.period],
    ['targetValue', 'målværdi', decimalComma(first.target.value), decimalComma(here.target.value)],
  ];
  if (comparePrecision) pairs.push(['precision', 'præcision', first.precision, here.precision]);
  return pairs
    .filter(([, , a, b]) => a !== b)
    .map(([field, label, a, b]) => ({ field, label, first: String(a), here: String(b) }));
}

function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

function directionWord(direction: Indicator['direction']): string {
  return direction === 'up' ? 'op' : 'ned';
}
