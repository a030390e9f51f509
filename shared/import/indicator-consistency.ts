import type { Indicator } from '../domain/types';
import type { FieldKey } from './fields';
import { indicatorDifferences } from './indicator-fields';

/**
 * The common case, checked without building any text: the row repeats what the first row said.
 * Deliberately raw field comparisons — it runs once per row of a 100,000-row file; the differences,
 * when there are any, come from the shared field table.
 */
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
  return indicatorDifferences(first, here, { skipPrecision: !comparePrecision }).map((d) => ({
    field: d.field.column,
    label: d.field.label,
    first: d.first,
    here: d.second,
  }));
}
