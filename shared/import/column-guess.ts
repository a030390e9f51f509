import { DANISH_MONTHS } from '../domain/months';
import { parsePeriod } from '../domain/periods';
import { FIELD_HEADER, fieldOfHeader, type FieldKey } from './fields';
import type { Cell } from './table';
import { cellText, parseDirectionCell } from './values';

/** What a file's column is used for: one of the layout's fields, one round of a wide table, or nothing. */
export type ColumnChoice = FieldKey | 'roundColumn' | 'ignore';

export const ROUND_COLUMN = 'roundColumn';
export const IGNORE = 'ignore';

/** "Hovedindikator (ja/nej)" → "hovedindikator"; "Målår" → "maalaar"; "MÅL_VÆRDI" → "maalvaerdi". */
export function normaliseHeader(header: string): string {
  return strip(
    header
      .replace(/\([^)]*\)/g, ' ')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa'),
  );
}

/** The other ASCII habit: "Malar", "Omrade", "Vardi". */
function normaliseShort(header: string): string {
  return strip(
    header
      .replace(/\([^)]*\)/g, ' ')
      .toLowerCase()
      .replace(/[æå]/g, 'a')
      .replace(/ø/g, 'o'),
  );
}

function strip(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Names people give the layout's columns in their own spreadsheets, Danish and English (beyond fields.ts's aliases). */
const SYNONYMS: Readonly<Record<FieldKey, readonly string[]>> = {
  area: ['område', 'politikområde', 'indsatsområde', 'area', 'policy area', 'domain'],
  indicatorId: [
    'indikator id',
    'indikatornr',
    'indikator nr',
    'nr',
    'nummer',
    'kode',
    'id',
    'code',
    'key',
    'indicator id',
  ],
  indicator: [
    'indikator',
    'indikatornavn',
    'navn',
    'titel',
    'beskrivelse',
    'indicator',
    'indicator name',
    'name',
    'title',
  ],
  main: [
    'hovedindikator',
    'hoved',
    'hovedindikator ja nej',
    'main',
    'main indicator',
    'headline',
    'headline indicator',
    'primary',
  ],
  unit: ['enhed', 'enh', 'enh.', 'måleenhed', 'enheder', 'unit', 'units', 'unit of measure', 'uom'],
  direction: ['retning', 'bedre', 'højere er bedre', 'polaritet', 'direction', 'polarity', 'better'],
  round: [
    'måling',
    'målingsår',
    'måleår',
    'runde',
    'år',
    'periode',
    'tid',
    'dato',
    'round',
    'year',
    'period',
    'time',
    'date',
    'measurement',
  ],
  value: ['værdi', 'resultat', 'tal', 'indhold', 'målt', 'value', 'result', 'values', 'figure', 'measured'],
  baselinePeriod: [
    'basis periode',
    'basisår',
    'basisperiode',
    'udgangsår',
    'referenceår',
    'baseline period',
    'baseline year',
    'base year',
    'base period',
  ],
  baselineValue: [
    'basis værdi',
    'basis',
    'basisværdi',
    'udgangspunkt',
    'referenceværdi',
    'baseline',
    'baseline value',
    'base value',
    'base',
  ],
  targetPeriod: ['mål periode', 'målår', 'målperiode', 'target period', 'target year', 'goal year'],
  targetValue: ['mål værdi', 'mål', 'målværdi', 'målsætning', 'target', 'target value', 'goal'],
  precision: ['præcision', 'decimaler', 'antal decimaler', 'precision', 'decimals'],
  published: ['offentliggjort', 'udgivet', 'publiceret', 'offentliggørelse', 'published', 'publication date'],
  roundPeriod: ['måling periode', 'målingens periode', 'round period'],
};

const FIELD_BY_NAME = new Map<string, FieldKey>();
for (const [field, names] of Object.entries(SYNONYMS) as [FieldKey, readonly string[]][]) {
  for (const name of [...names, FIELD_HEADER[field]]) {
    if (!FIELD_BY_NAME.has(normaliseHeader(name))) FIELD_BY_NAME.set(normaliseHeader(name), field);
    if (!FIELD_BY_NAME.has(normaliseShort(name))) FIELD_BY_NAME.set(normaliseShort(name), field);
  }
}

/** A header's field by name alone: the layout's own names and aliases first, then the synonyms. */
export function fieldOfName(header: string): FieldKey | undefined {
  const exact = fieldOfHeader(header);
  if (exact) return exact;
  return FIELD_BY_NAME.get(normaliseHeader(header)) ?? FIELD_BY_NAME.get(normaliseShort(header));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/;

/**
 * A round written as a date (a spreadsheet turned «Maj 2008» into the date 1 May 2008) → the label the user
 * typed: «Maj 2008». Anything else is returned as it is.
 */
export function roundLabelOfCell(cell: Cell | undefined): string {
  const text = cellText(cell);
  const match = ISO_DATE.exec(text);
  if (!match) return text;
  const month = Number(match[2]);
  const name = DANISH_MONTHS[month - 1];
  if (!name) return text;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${match[1]}`;
}

/** "2008", "Maj 2008", "2008K1", "2021M01", a date cell: a column header that names a round. */
export function isRoundHeader(cell: Cell | undefined): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2200;
  const text = roundLabelOfCell(cell);
  return text !== '' && /\d{4}/.test(text) && parsePeriod(text) !== null;
}

/** Longest period text tried at the end of a header («1. januar 2008 til 31. december 2008» is 36). */
const MAX_PERIOD_CHARS = 80;

/** "Værdi 2008" → { word: "Værdi", period: "2008" }; undefined when the header does not end in a period. */
export function splitTrailingPeriod(header: string): { word: string; period: string } | undefined {
  const tokens = header
    .replace(/[()]/g, ' ')
    .trim()
    .split(/[\s_:]+/);
  // A period is a few words («2. kvartal 2008»): only tails up to MAX_PERIOD_CHARS are tried, so a long text
  // cell costs one pass, not one join per word (one 32,767-character cell took half a second, 1 MB minutes).
  let first = tokens.length - 1;
  let tail = tokens[first]?.length ?? 0;
  while (first > 1 && tail + 1 + (tokens[first - 1]?.length ?? 0) <= MAX_PERIOD_CHARS)
    tail += 1 + (tokens[--first]?.length ?? 0);
  // The longest tail that is a period: "Værdi maj 2008" → "maj 2008", not "2008".
  for (let cut = Math.max(1, first); cut < tokens.length; cut++) {
    const period = tokens.slice(cut).join(' ');
    if (isRoundHeader(period)) return { word: tokens.slice(0, cut).join(' '), period };
  }
  return undefined;
}

const MAIN_WORDS = new Set(['ja', 'nej', 'yes', 'no', 'x']);

/**
 * Values that are a unit, written whole in the cell: "%", "pct.", "antal", "indeks". Whole cells only, so an
 * indicator named «Antal ledige» is never taken for a unit.
 */
const UNIT_WORDS = new Set([
  '%',
  '‰',
  'pct',
  'pct.',
  'procent',
  'procentpoint',
  'pct.-point',
  'pct.point',
  '%-point',
  'promille',
  'antal',
  'indeks',
  'index',
  'kr',
  'kr.',
  'dkk',
  'mio. kr.',
  'personer',
  'dage',
  'timer',
  'år',
  'percent',
  'count',
]);

/**
 * What a column's values look like, for headers the names do not settle: ja/nej → main, op/ned → direction,
 * "%", "antal", "pct." → unit.
 */
function fieldOfValues(samples: readonly Cell[]): FieldKey | undefined {
  const texts = samples.map((cell) => cellText(cell).toLowerCase()).filter((text) => text !== '');
  if (texts.length === 0) return undefined;
  if (texts.every((text) => MAIN_WORDS.has(text)) && texts.some((text) => text !== 'x')) return 'main';
  if (texts.every((text) => parseDirectionCell(text) !== undefined) && texts.some((t) => /[a-zæøå]/.test(t)))
    return 'direction';
  if (texts.every((text) => UNIT_WORDS.has(text.replace(/\s+/g, ' ')))) return 'unit';
  return undefined;
}

export interface ColumnGuess {
  choice: ColumnChoice;
  /** For a round column: the round's label ("Værdi 2008" → "2008", a date header → "Maj 2008"). */
  roundLabel?: string;
  /** The header named the field exactly as the app's own layout does (no mapping needed). */
  exact: boolean;
}

/**
 * The best guess for each column of a header row, from the header's name (Danish, English, case, spaces,
 * underscores, accents, æ/ae) and, where the name says nothing, the values' look. Each field is given to
 * one column only (the first); a header that is a period, or a value word with a period ("Værdi 2008") when
 * there are several or no round column, makes a wide table's round column.
 */
export function guessColumns(header: readonly Cell[], samples: readonly (readonly Cell[])[]): ColumnGuess[] {
  const guesses: ColumnGuess[] = header.map(() => ({ choice: IGNORE, exact: false }));
  const taken = new Set<FieldKey>();
  const valueWithPeriod: { index: number; period: string }[] = [];
  const assign = (index: number, field: FieldKey, exact: boolean) => {
    if (taken.has(field)) return;
    taken.add(field);
    guesses[index] = { choice: field, exact };
  };
  // Exact names first, so "værdi" wins over a synonym such as "Resultat" elsewhere in the row.
  header.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const field = fieldOfHeader(cell);
    if (field) assign(index, field, true);
  });
  header.forEach((cell, index) => {
    if (guesses[index]?.choice !== IGNORE) return;
    const text = cellText(cell);
    if (text === '') return;
    if (typeof cell !== 'string' || isRoundHeader(cell)) {
      if (isRoundHeader(cell))
        guesses[index] = { choice: ROUND_COLUMN, roundLabel: roundLabelOfCell(cell), exact: false };
      return;
    }
    const field = fieldOfName(text);
    if (field) {
      assign(index, field, false);
      return;
    }
    const split = splitTrailingPeriod(text);
    if (split) {
      const word = fieldOfName(split.word);
      if (word === 'value') valueWithPeriod.push({ index, period: split.period });
      else if (word) assign(index, word, false);
    }
  });
  const roundColumns = guesses.filter((guess) => guess.choice === ROUND_COLUMN).length;
  if (valueWithPeriod.length === 1 && roundColumns === 0 && taken.has('round') && !taken.has('value')) {
    const only = valueWithPeriod[0];
    if (only) assign(only.index, 'value', false);
  } else {
    for (const { index, period } of valueWithPeriod)
      guesses[index] = { choice: ROUND_COLUMN, roundLabel: roundLabelOfCell(period), exact: false };
  }
  header.forEach((cell, index) => {
    if (guesses[index]?.choice !== IGNORE || cellText(cell) === '') return;
    const field = fieldOfValues(samples.map((row) => row[index] ?? null));
    if (field) assign(index, field, false);
  });
  return guesses;
}

/** How much a row looks like a header: field names count double, round headers once. */
export function headerScore(row: readonly Cell[]): number {
  let score = 0;
  for (const cell of row) {
    if (typeof cell === 'string' && cell.trim() !== '' && fieldOfName(cell)) score += 2;
    else if (isRoundHeader(cell)) score += 1;
    else if (typeof cell === 'string') {
      const split = splitTrailingPeriod(cell);
      if (split && fieldOfName(split.word)) score += 1;
    }
  }
  return score;
}

/** The key a remembered mapping is stored under: the header row, normalised ("Basisår" = "basisaar"). */
export function headerKeyOf(header: readonly Cell[]): string {
  return header.map((cell) => normaliseHeader(cellText(cell))).join('|');
}
