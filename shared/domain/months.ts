/**
 * The one list of month names: Danish names for writing dates ("16. maj 2008"), and the Danish and English
 * names and abbreviations people write in data files ("maj 2008", "oct 2009", "sept. 2008") for reading them.
 */

/** Danish month names, January first, as written in running text. */
export const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Every accepted spelling → month number 1–12: full names, three-letter abbreviations and "sept". */
const MONTH_NUMBER: ReadonlyMap<string, number> = new Map([
  ...[...DANISH_MONTHS, ...ENGLISH_MONTHS].flatMap((name, index) => {
    const month = (index % 12) + 1;
    return [
      [name, month],
      [name.slice(0, 3), month],
    ] as const;
  }),
  ['sept', 9],
]);

/** "Maj", "okt", "October" → 5, 10, 10; undefined for anything else. Case-insensitive. */
export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBER.get(name.toLocaleLowerCase('da-DK'));
}
