import { directionWord } from '../domain/validate';
import type { Indicator } from '../domain/types';
import type { FieldKey } from './fields';

/**
 * The one table of an indicator's fields as the user sees them: the import column, the record path, a
 * Danish label and how the value is written. The preview's list of changes and the check that every row
 * of one indicator agrees both read it, so they cannot drift apart.
 */
export interface IndicatorField {
  /** The import file's column, for locating a problem. */
  column: FieldKey;
  /** Path in the Indicator record, as the preview reports it: "baseline.value". */
  path: string;
  /** Danish, lower case, to stand inside a sentence ("målværdi"); capitalise for a heading. */
  label: string;
  show: (indicator: Indicator, areaName: (areaId: string) => string) => string;
}

/** "47,5": the data's own decimal comma, with every decimal the value has. */
export function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

export const INDICATOR_FIELDS: readonly IndicatorField[] = [
  { column: 'indicator', path: 'name', label: 'navn', show: (i) => i.name },
  { column: 'area', path: 'areaId', label: 'område', show: (i, area) => area(i.areaId) },
  { column: 'unit', path: 'unit', label: 'enhed', show: (i) => i.unit },
  { column: 'direction', path: 'direction', label: 'retning', show: (i) => directionWord(i.direction) },
  { column: 'main', path: 'isMain', label: 'hovedindikator', show: (i) => (i.isMain ? 'ja' : 'nej') },
  {
    column: 'precision',
    path: 'precision',
    label: 'præcision (decimaler)',
    show: (i) => String(i.precision),
  },
  {
    column: 'baselinePeriod',
    path: 'baseline.period',
    label: 'basisperiode',
    show: (i) => i.baseline.period,
  },
  {
    column: 'baselineValue',
    path: 'baseline.value',
    label: 'basisværdi',
    show: (i) => decimalComma(i.baseline.value),
  },
  { column: 'targetPeriod', path: 'target.period', label: 'målperiode', show: (i) => i.target.period },
  {
    column: 'targetValue',
    path: 'target.value',
    label: 'målværdi',
    show: (i) => decimalComma(i.target.value),
  },
];

export interface IndicatorFieldDifference {
  field: IndicatorField;
  first: string;
  second: string;
}

/** The fields where `first` and `second` differ, as the user would read them. */
export function indicatorDifferences(
  first: Indicator,
  second: Indicator,
  options: { areaName?: (areaId: string) => string; skipPrecision?: boolean } = {},
): IndicatorFieldDifference[] {
  const areaName = options.areaName ?? ((id: string) => id);
  const differences: IndicatorFieldDifference[] = [];
  for (const field of INDICATOR_FIELDS) {
    if (options.skipPrecision && field.column === 'precision') continue;
    const a = field.show(first, areaName);
    const b = field.show(second, areaName);
    if (a !== b) differences.push({ field, first: a, second: b });
  }
  return differences;
}
