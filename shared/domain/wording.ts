import { DANISH_MONTHS } from './months';
import { roundToPrecision } from './rounding';
import type { Status } from './types';

/** Danish status words as shown on cards, in tables and in the annex (never colour alone). */
export const STATUS_WORD: Readonly<Record<Status, string>> = {
  green: 'Grøn',
  yellow: 'Gul',
  red: 'Rød',
  none: 'Ingen måling',
};

/** What each status means, in the barometer's own wording. */
export const STATUS_MEANING: Readonly<Record<Status, string>> = {
  green: 'Fremgang, på rette kurs mod målsætningen',
  yellow: 'Stilstand, ingen væsentlig udvikling',
  red: 'Tilbagegang, udvikling i den forkerte retning',
  none: 'Kan endnu ikke måles',
};

/** A symbol per status so colour-blind readers and black-and-white prints still tell them apart. */
export const STATUS_SYMBOL: Readonly<Record<Status, string>> = {
  green: '▲',
  yellow: '■',
  red: '▼',
  none: '○',
};

/** "a", "a og b", "a, b og c": Danish lists join with commas and "og" before the last item. */
export function joinDanish(items: readonly string[]): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1] ?? ''}`;
}

/** One formatter per decimal count: building an Intl.NumberFormat costs far more than using one. */
const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * Formats with decimal comma and thousands point: 1234,5 → "1.234,5". The value is first rounded the way the
 * status rules round (half away from zero, 1.005 → 1,01, −0,2 → 0), so a printed figure is the one they judged.
 */
export function formatNumber(value: number, decimals = 0): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('da-DK', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(decimals, format);
  }
  return format.format(decimals <= 6 ? roundToPrecision(value, decimals) : value);
}

/** Units that name a kind of number rather than a measure: "510 antal" reads wrong, so they print bare. */
const BARE_NUMBER_UNITS = new Set(['antal', 'indeks', 'index', 'count']);

/** Whether a value in `unit` is written as the bare number ("antal", "indeks", no unit). */
export function isBareNumberUnit(unit: string): boolean {
  const trimmed = unit.trim();
  return trimmed === '' || BARE_NUMBER_UNITS.has(trimmed.toLowerCase());
}

/** A value with its unit: "47,5 %", "12 dage"; "antal" and "indeks" give the bare number ("510"). */
export function formatValue(value: number | null, unit: string, decimals = 0): string {
  if (value === null) return '–';
  const number = formatNumber(value, decimals);
  return isBareNumberUnit(unit) ? number : `${number} ${unit.trim()}`;
}

export function danishMonthName(monthIndex: number): string {
  return DANISH_MONTHS[monthIndex] ?? '';
}

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Ugyldig dato: "${iso}" (forventet ÅÅÅÅ-MM-DD)`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "16-05-2008", as in the reference letter's header. */
export function formatDateNumeric(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}

/** "16. maj 2008". */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}. ${danishMonthName(month - 1)} ${year}`;
}

/** Upper-cases the first letter: "uddannelse" → "Uddannelse". */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);
}

/** "1 manuel status", "2 manuelle statusser", "0 breve": the number with the noun in the right number. */
export function countNoun(count: number, singular: string, plural: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
