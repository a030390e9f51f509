import { parseNumberCell } from '../../../shared/import/values';

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

/** A stored number as the user sees it in an input: decimal comma, no thousands points. */
export function decimalText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace('.', ',');
}
