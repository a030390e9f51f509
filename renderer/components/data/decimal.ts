import { parseNumberCell } from '../../../shared/import/values';
import { decimalsOf } from '../indicator-format';

export type DecimalInput = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads a number as a Danish user types it: "47,5", "47.5", "1.234,5". Empty means "no value" when allowed.
 * The message says what is wrong in Danish, to be shown at the field.
 */
export function readDecimal(text: string, { allowEmpty }: { allowEmpty: boolean }): DecimalInput {
  const trimmed = text.trim();
  if (trimmed === '') {
    return allowEmpty ? { ok: true, value: null } : { ok: false, message: 'Skal udfyldes med et tal.' };
  }
  const parsed = parseNumberCell(trimmed);
  if (!parsed) return { ok: false, message: `«${trimmed}» er ikke et tal. Skriv fx 47,5.` };
  return { ok: true, value: parsed.value };
}

/**
 * A stored number as the user sees it in an input: decimal comma, no thousands points, at least the
 * indicator's precision (6 at precision 1 is "6,0", as on the screens and in the annex) but never fewer
 * decimals than stored — leaving the field must not round the value away.
 */
export function decimalText(value: number | null | undefined, precision = 0): string {
  if (value === null || value === undefined) return '';
  const decimals = Math.max(precision, decimalsOf(value, 10));
  return value.toFixed(decimals).replace('.', ',');
}
