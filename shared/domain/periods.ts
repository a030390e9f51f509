/**
 * Periods as people write them in barometer data ("2006", "maj 2008", "2008M05", "2. kvartal 2008", "2007/08")
 * parsed to a position in time, so rounds can be ordered and the on-track line can be evaluated.
 */

import { DANISH_MONTHS, monthNumber } from './months';

/** `month` is 1–12; null means the whole year. */
export interface ParsedPeriod {
  year: number;
  month: number | null;
}

function period(year: number, month: number | null): ParsedPeriod | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) return null;
  return { year, month };
}

/** Quarter n is placed at its middle month (Q2 → May), so it sorts among monthly rounds sensibly. */
function quarter(year: number, q: number): ParsedPeriod | null {
  return q >= 1 && q <= 4 ? period(year, q * 3 - 1) : null;
}

/**
 * School years ("2007/2008", "2007/08") run August to June; their middle falls at the turn of the year,
 * so they are placed at January of the end year. Only consecutive years count as a school year.
 */
function schoolYear(startYear: number, endText: string): ParsedPeriod | null {
  const endYear =
    endText.length === 2 ? Math.floor(startYear / 100) * 100 + Number(endText) : Number(endText);
  const normalisedEnd = endText.length === 2 && endYear <= startYear ? endYear + 100 : endYear; // 1999/00
  return normalisedEnd === startYear + 1 ? period(normalisedEnd, 1) : null;
}

/**
 * Import files repeat the same few period texts on every row (100,000 rows, three periods each), and Danish
 * lower-casing goes through ICU: remembering the answers keeps parsing linear and cheap. Bounded, so a file of
 * all-different texts cannot grow it without limit.
 */
const parsedPeriods = new Map<string, Readonly<ParsedPeriod> | null>();
const PARSED_PERIODS_LIMIT = 2000;

/** Parses a period label; null when it cannot be read (callers report it to the user). */
export function parsePeriod(text: string): Readonly<ParsedPeriod> | null {
  const known = parsedPeriods.get(text);
  if (known !== undefined) return known;
  const parsed = parsePeriodText(text);
  const frozen = parsed && Object.freeze(parsed);
  if (parsedPeriods.size >= PARSED_PERIODS_LIMIT) parsedPeriods.clear();
  parsedPeriods.set(text, frozen);
  return frozen;
}

function parsePeriodText(text: string): ParsedPeriod | null {
  const t = text.trim().toLocaleLowerCase('da-DK').replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t))) return period(Number(m[1]), null);
  if ((m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(t))) return period(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(t))) return period(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4}) ?m(\d{1,2})$/.exec(t))) return period(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4}) ?[qk](\d)$/.exec(t))) return quarter(Number(m[1]), Number(m[2]));
  if ((m = /^[qk](\d) ?(\d{4})$/.exec(t))) return quarter(Number(m[2]), Number(m[1]));
  if ((m = /^(\d)\. ?(?:kvartal|kvt\.?) (\d{4})$/.exec(t))) return quarter(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4}) ?\/ ?(\d{2}|\d{4})$/.exec(t))) return schoolYear(Number(m[1]), m[2] ?? '');
  if ((m = /^(\p{L}+)\.? (\d{4})$/u.exec(t))) {
    const month = monthNumber(m[1] ?? '');
    return month === undefined ? null : period(Number(m[2]), month);
  }
  return null;
}

/** Decimal year at the middle of the month (or of the year when no month is given): "2008-05" → 2008.375. */
export function periodToYearFraction(p: ParsedPeriod): number {
  return p.month === null ? p.year + 0.5 : p.year + (p.month - 0.5) / 12;
}

/**
 * The canonical way a round's period is stored: "2008" for a year, "2008-05" for a month. Quarters and
 * school years become the month they are placed at (see `quarter` and `schoolYear`); the label keeps the wording.
 */
export function formatPeriod(p: ParsedPeriod): string {
  return p.month === null ? String(p.year) : `${p.year}-${String(p.month).padStart(2, '0')}`;
}

/** A period label → its canonical form ("Maj 2008" → "2008-05"), or undefined when it cannot be read. */
export function canonicalPeriod(text: string): string | undefined {
  const parsed = parsePeriod(text);
  return parsed ? formatPeriod(parsed) : undefined;
}

/**
 * A period as a reader should see it: the stored canonical month "2008-05" (and "2008M05", "2008-05-31")
 * reads "maj 2008"; every other wording ("2008", "maj 2008", "2. kvartal 2008", "2007/08") is shown as written,
 * since a quarter or school year stored as its middle month must not turn into a month.
 */
export function periodText(text: string): string {
  const t = text.trim();
  if (!/^\d{4}(?:-\d{1,2}(?:-\d{1,2})?| ?[mM]\d{1,2})$/.test(t)) return t;
  const parsed = parsePeriod(t);
  if (!parsed || parsed.month === null) return t;
  return `${DANISH_MONTHS[parsed.month - 1] ?? ''} ${parsed.year}`;
}
