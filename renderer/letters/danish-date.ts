/**
 * The letter's date typed the Danish way, whatever the browser's language: a browser's own date field shows
 * "11/30/2026" in an English Chromium. Day first, then month, then year, separated by "-", "." or "/" (16-05-2008,
 * 16.5.2008); an ISO date (2008-05-16) is accepted too.
 */

/** "16-05-2008" for "2008-05-16"; '' for anything that is not an ISO date. */
export function isoToDanishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

/** The ISO date of a Danish date text, or null when it is not a real date (31-02-2008, 16-13-2008, 16-05-08). */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const parts = danish
    ? { day: Number(danish[1]), month: Number(danish[2]), year: Number(danish[3]) }
    : iso
      ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) }
      : null;
  if (!parts) return null;
  const { day, month, year } = parts;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one (leap years included).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The Danish message for a date that cannot be read, naming what was typed. */
export function danishDateProblem(text: string): string {
  return text.trim() === ''
    ? 'Datoen skal udfyldes. Skriv den som dd-mm-åååå, fx 16-05-2008.'
    : `Datoen «${text.trim()}» kan ikke læses. Skriv den som dd-mm-åååå, fx 16-05-2008.`;
}
