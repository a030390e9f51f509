/**
 * The letter's date typed the Danish way, whatever the browser's language: a browser's own date field shows
 * "11/30/2026" in an English Chromium. Day first, then month, then year, separated by "-", "." or "/" (16-05-2008,
 * 16.5.2008); an ISO date (2008-05-16) is accepted too.
 */
import { formatDateNumeric } from '../../shared/domain/wording';
import { parseDateCell } from '../../shared/import/values';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DANISH_DAY = /^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/;

/** "16-05-2008" for "2008-05-16"; '' for anything that is not an ISO date. */
export function isoToDanishDate(iso: string): string {
  return ISO_DAY.test(iso) ? formatDateNumeric(iso) : '';
}

/** The ISO date of a Danish date text, or null when it is not a real date (31-02-2008, 16-13-2008, 16-05-08). */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  // Only the two forms the field promises; the import's date reader also takes "16. maj 2008" and times.
  if (!DANISH_DAY.test(trimmed) && !ISO_DAY.test(trimmed)) return null;
  const iso = parseDateCell(trimmed);
  if (!iso) return null;
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2199 ? iso : null;
}

/** The Danish message for a date that cannot be read, naming what was typed. */
export function danishDateProblem(text: string): string {
  return text.trim() === ''
    ? 'Datoen skal udfyldes. Skriv den som dd-mm-åååå, fx 16-05-2008.'
    : `Datoen «${text.trim()}» kan ikke læses. Skriv den som dd-mm-åååå, fx 16-05-2008.`;
}
