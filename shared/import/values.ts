import { monthNumber } from '../domain/months';
import type { Direction } from '../domain/types';
import type { Cell } from './table';

/**
 * Cell readers for the import layout. Each returns undefined when the cell cannot be read,
 * leaving the Danish message to the caller, which knows the row and column.
 */

const FORMULA_GUARD = /^'[=+\-@\t\r]/;

/** Cell as trimmed text; undoes the apostrophe our CSV export puts before "=", "+", "-", "@". */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  const trimmed = cell.trim();
  return trimmed.charCodeAt(0) === 39 && FORMULA_GUARD.test(trimmed) ? trimmed.slice(1) : trimmed;
}

export interface ParsedNumber {
  value: number;
  /** Decimals as written ("45,0" → 1), used to infer an indicator's precision. */
  decimals: number;
  /**
   * Set when the stored number is not what the cell says, so the import can warn instead of changing it
   * silently: "-0" is stored as 0; "99999999999999999999999" has more digits than a number can keep.
   */
  changed?: NumberChange;
}

export type NumberChange = 'negative-zero' | 'imprecise';

/** Danish warning for a number stored differently from how it was written ('imprecise' shows the stored value). */
export function numberChangeMessage(written: string, parsed: ParsedNumber): string | undefined {
  if (parsed.changed === 'negative-zero') return `«${written}» gemmes som 0.`;
  if (parsed.changed === 'imprecise') {
    const stored = parsed.value.toLocaleString('da-DK', { maximumFractionDigits: 20 });
    return `«${written}» har flere cifre, end et tal kan gemmes med (højst 15); det gemmes som ${stored}.`;
  }
  return undefined;
}

/** Most significant digits a double keeps for every decimal number. */
const SAFE_DIGITS = 15;

/** -0 becomes 0, and a plain decimal text with more digits than a double keeps is marked imprecise. */
function checked(result: ParsedNumber, plain: string): ParsedNumber {
  if (Object.is(result.value, -0)) return { ...result, value: 0, changed: 'negative-zero' };
  if (plain.length <= SAFE_DIGITS) return result;
  const digits = plain.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length <= SAFE_DIGITS) return result;
  const [mantissa = ''] = Math.abs(result.value).toPrecision(Math.min(digits.length, 100)).split('e');
  const kept = mantissa.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return kept === digits ? result : { ...result, changed: 'imprecise' };
}

const SIMPLE_DANISH = /^-?\d+(,\d+)?$/;
const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const THOUSANDS_GROUPS = /^[+-]?\d{1,3}(x\d{3})+$/;

/**
 * "47,5", "47.5", "1.234,5", "1,234.5", "1 234,5", "47,5 %", "−1,5" → numbers. With both marks the last
 * is the decimal mark; several of one mark are thousands separators; a single "," is a decimal mark.
 * A single "." before exactly three digits ("1.234") is ambiguous: Danish Excel writes 1234 formatted
 * with thousands separators so, while an English file means 1.234. `style` decides (from the separator).
 */
export type NumberStyle = 'danish' | 'english';

const DANISH_THOUSANDS = /^[+-]?\d{1,3}\.\d{3}$/;

export function parseNumberCell(
  cell: Cell | undefined,
  style: NumberStyle = 'danish',
): ParsedNumber | undefined {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return undefined;
    // Excel's own numbers are doubles already: only -0 can differ from what is stored.
    return Object.is(cell, -0)
      ? { value: 0, decimals: 0, changed: 'negative-zero' }
      : { value: cell, decimals: decimalsOfNumber(cell) };
  }
  if (typeof cell !== 'string') return undefined;
  // Fast path for what Danish Excel writes almost always: "47", "-1,5".
  if (SIMPLE_DANISH.test(cell)) {
    const comma = cell.indexOf(',');
    const plain = comma < 0 ? cell : cell.replace(',', '.');
    const simple = { value: Number(plain), decimals: comma < 0 ? 0 : cell.length - comma - 1 };
    return cell.charCodeAt(0) === 45 || cell.length > SAFE_DIGITS ? checked(simple, plain) : simple;
  }
  let text = cell.replace(SPACES, '').replace(/\u2212/g, '-');
  if (text.endsWith('%')) text = text.slice(0, -1);
  if (text === '') return undefined;
  if (style === 'danish' && DANISH_THOUSANDS.test(text)) text = text.replace('.', '');
  const lastComma = text.lastIndexOf(',');
  const lastPoint = text.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimalMark = lastComma > lastPoint ? ',' : '.';
    const thousandsMark = decimalMark === ',' ? '.' : ',';
    const [whole = '', fraction, extra] = text.split(decimalMark);
    if (extra !== undefined || fraction === undefined) return undefined;
    if (!THOUSANDS_GROUPS.test(whole.split(thousandsMark).join('x'))) return undefined;
    text = `${whole.split(thousandsMark).join('')}.${fraction}`;
  } else if (lastComma >= 0 || lastPoint >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = text.split(mark);
    if (parts.length > 2) {
      if (!THOUSANDS_GROUPS.test(parts.join('x'))) return undefined;
      text = parts.join('');
    } else if (mark === ',') text = text.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const point = text.indexOf('.');
  return checked({ value: Number(text), decimals: point < 0 ? 0 : text.length - point - 1 }, text);
}

/** Decimals of an Excel number, ignoring binary noise such as 0.30000000000000004. */
function decimalsOfNumber(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  if (text.includes('e')) return 0;
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(text.length - point - 1, 6);
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', '1', 'x', 'true', 'sand']);
const FALSE_WORDS = new Set(['nej', 'n', 'no', '0', 'false', 'falsk', '']);

/** "ja/nej/yes/no/1/0/x"; an empty cell means "nej" (a column ticked with x leaves the others blank). */
export function parseMainCell(cell: Cell | undefined): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const word = cellText(cell).toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

const DIRECTION_WORDS: ReadonlyMap<string, Direction> = new Map([
  ['op', 'up'],
  ['up', 'up'],
  ['højere', 'up'],
  ['hoejere', 'up'],
  ['hojere', 'up'],
  ['stigende', 'up'],
  ['higher', 'up'],
  ['+', 'up'],
  ['↑', 'up'],
  ['ned', 'down'],
  ['down', 'down'],
  ['lavere', 'down'],
  ['faldende', 'down'],
  ['lower', 'down'],
  ['-', 'down'],
  ['↓', 'down'],
]);

/** "op/ned/up/down/højere/lavere", also "Højere er bedre". */
export function parseDirectionCell(cell: Cell | undefined): Direction | undefined {
  // A column holds a handful of spellings over thousands of rows: remember each one's meaning.
  const raw = typeof cell === 'string' ? cell : cellText(cell);
  if (directionCache.has(raw)) return directionCache.get(raw);
  const firstWord = cellText(raw).toLowerCase().split(' ')[0] ?? '';
  const direction = DIRECTION_WORDS.get(firstWord);
  if (directionCache.size < 1000) directionCache.set(raw, direction);
  return direction;
}

const directionCache = new Map<string, Direction | undefined>();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const DANISH_DATE = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
const LONG_DATE = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/;

/** "2008-05-16", "16-05-2008", "16.05.2008", "16. maj 2008" → "2008-05-16"; undefined when not a real date. */
export function parseDateCell(cell: Cell | undefined): string | undefined {
  const text = cellText(cell).toLowerCase();
  let parts: [number, number, number] | undefined;
  let match = ISO_DATE.exec(text);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = DANISH_DATE.exec(text))) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
  else if ((match = LONG_DATE.exec(text))) {
    const month = monthNumber(match[2] ?? '');
    if (month !== undefined) parts = [Number(match[3]), month, Number(match[1])];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}
