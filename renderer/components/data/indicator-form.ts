import type { Direction, Indicator } from '../../../shared/domain/types';
import { decimalText, readDecimal } from './decimal';

/** The indicator form as text fields, so half-typed numbers can be shown and checked. */
export interface IndicatorForm {
  name: string;
  unit: string;
  direction: Direction;
  isMain: boolean;
  precision: string;
  baselinePeriod: string;
  baselineValue: string;
  targetPeriod: string;
  targetValue: string;
}

export type IndicatorFormErrors = Partial<Record<keyof IndicatorForm, string>>;

export function indicatorToForm(indicator: Indicator): IndicatorForm {
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    isMain: indicator.isMain,
    precision: String(indicator.precision),
    baselinePeriod: indicator.baseline.period,
    baselineValue: decimalText(indicator.baseline.value, indicator.precision),
    targetPeriod: indicator.target.period,
    targetValue: decimalText(indicator.target.value, indicator.precision),
  };
}

/** Checks the form; returns the updated indicator or the Danish message per field. */
export function formToIndicator(
  form: IndicatorForm,
  original: Indicator,
): { ok: true; indicator: Indicator } | { ok: false; errors: IndicatorFormErrors } {
  const errors: IndicatorFormErrors = {};
  if (form.name.trim() === '') errors.name = 'Navnet skal udfyldes.';
  const precision = Number(form.precision.trim());
  if (form.precision.trim() === '' || !Number.isInteger(precision) || precision < 0 || precision > 6) {
    errors.precision = 'Antal decimaler skal være et helt tal fra 0 til 6.';
  }
  if (form.baselinePeriod.trim() === '') errors.baselinePeriod = 'Basisperioden skal udfyldes (fx 2006).';
  if (form.targetPeriod.trim() === '') errors.targetPeriod = 'Målets periode skal udfyldes (fx 2010).';
  const baseline = readDecimal(form.baselineValue, { allowEmpty: false });
  if (!baseline.ok) errors.baselineValue = baseline.message;
  const target = readDecimal(form.targetValue, { allowEmpty: false });
  if (!target.ok) errors.targetValue = target.message;
  if (Object.keys(errors).length > 0 || !baseline.ok || !target.ok) return { ok: false, errors };
  return {
    ok: true,
    indicator: {
      ...original,
      name: form.name.trim(),
      unit: form.unit.trim(),
      direction: form.direction,
      isMain: form.isMain,
      precision,
      baseline: { period: form.baselinePeriod.trim(), value: baseline.value ?? 0 },
      target: { period: form.targetPeriod.trim(), value: target.value ?? 0 },
    },
  };
}
