import { joinDanish } from '../domain/wording';
import {
  guessColumns,
  headerKeyOf,
  headerScore,
  IGNORE,
  isRoundHeader,
  ROUND_COLUMN,
  roundLabelOfCell,
  type ColumnChoice,
} from './column-guess';
import { FIELD_HEADER, LAYOUT_FIELDS, REQUIRED_FIELDS, type FieldKey, type HeaderMap } from './fields';
import { columnLetter, makeProblem, type ImportProblem } from './problems';
import type { Cell, Table } from './table';
import { cellText, parseNumberCell, type NumberStyle } from './values';
import { isBlank, summariseSheets, type SheetSummary, type SheetTable } from './workbook';

/**
 * A record keyed by a file's header text: set and read as own properties only, so a header such as
 * «__proto__» or «constructor» is an ordinary key, never the object's prototype.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

const CHOICE_NAMES = new Set<string>([...LAYOUT_FIELDS, ROUND_COLUMN, IGNORE]);

/** What the user (or the command line) settled about a file's columns; anything not said is guessed. */
export interface ColumnMapping {
  /** By the column's header as written (trimmed): its field, a round column, or "brug ikke". */
  columns: Record<string, ColumnChoice>;
  /** Fields given once for every row instead of by a column (a statbank file's indicator). */
  constants?: Partial<Record<FieldKey, string>>;
  /** For round columns: the round's label when the header is not it ("Værdi 2008" → "2008"). */
  roundLabels?: Record<string, string>;
}

export interface LayoutRequest {
  /** Sheet name (xlsx/ods); default the first non-empty sheet (one named like "data" first). */
  sheet?: string;
  /** Header row as the spreadsheet numbers it; default the row that looks most like a header. */
  headerRow?: number;
  mapping?: ColumnMapping;
}

export interface LayoutColumn {
  index: number;
  /** "A", "B", … as the spreadsheet shows it. */
  letter: string;
  /** The header cell as text: the key the mapping is remembered by. */
  header: string;
  /** The header as shown: a date header (a spreadsheet made «Maj 2006» a date) as its label, «Maj 2006». */
  label: string;
  /** A few values from the first data rows, as shown: numbers with a decimal comma, round dates as labels. */
  samples: string[];
  guess: ColumnChoice;
  choice: ColumnChoice;
  roundLabel?: string;
}

/** How a file's table was found and read: shown in the mapping step, and used to read it again. */
export interface ImportLayout {
  sheets: SheetSummary[];
  sheetName: string;
  headerRow: number;
  /** The first rows, for choosing another header row: row number and the first cells as text. */
  firstRows: { row: number; cells: string[] }[];
  /** Rows above the header and footnote rows below the table, which are not read. */
  skippedRows: { row: number; text: string }[];
  columns: LayoutColumn[];
  /** One column per round. */
  wide: boolean;
  constants: Partial<Record<FieldKey, string>>;
  /** Required fields neither a column nor a constant gives. */
  missing: FieldKey[];
  /** Data rows of the table (below the header, above the footnotes), whether or not they could be read. */
  dataRows: number;
  /**
   * The mapping lets the rows be read: no required field missing, none chosen twice, not both a round column
   * and one column per round. When false, no row is read and the mapping step says what to choose.
   */
  readable: boolean;
  headerKey: string;
  /** The app's own layout in the first row, every column known: the import needs no mapping step. */
  exact: boolean;
}

export interface ShapedTable {
  /** Header + data rows, the header mapped to fields: what buildRecords reads. */
  table: Table;
  header: HeaderMap;
  layout: ImportLayout;
  /** Problems found while shaping (a wide table's value cells, fields chosen twice, fields missing). */
  problems: ImportProblem[];
}

const HEADER_SEARCH_ROWS = 30;
const SAMPLE_ROWS = 5;
const FIRST_ROWS_SHOWN = 12;
/** A number cell as the mapping step shows it: 9.5 → "9,5" (a CSV's own text is shown as written). */
function sampleText(cell: Cell | undefined, dated: boolean): string {
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  return dated ? roundLabelOfCell(cell) : cellText(cell);
}

const FOOTNOTE_START = /^(kilde|note|noter|anm|anmærkning|fodnote|source|notes?|\*|¹|²|³|\(\d\)|\d\))/i;

/** "..", "-", "n/a" and the like: a value not measured or not published, never 0. */
const MISSING_MARKERS = new Set(['..', '...', '…', '-', '–', '—', 'n/a', 'na', 'n.a.', 'i/t', 'ikke oplyst']);

export function isMissingMarker(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string' || cell.length === 0 || cell.length > 14) return false;
  // Almost every value cell starts with a digit: no string is made for those (100,000 rows).
  const first = cell.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  return MISSING_MARKERS.has(cell.trim().toLowerCase());
}

/** The header row: the one of the first rows that looks most like a header; ties go to the first. */
export function findHeaderIndex(sheet: Table): number {
  let best = 0;
  let bestScore = -1;
  const end = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < end; i++) {
    const score = headerScore(sheet.rows[i] ?? []);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : 0;
}

function filledCount(row: readonly Cell[]): number {
  let count = 0;
  for (const cell of row) if (!isBlank(cell)) count++;
  return count;
}

/** Trailing rows that are notes, not data: one filled text cell after a gap, or one that reads like a note. */
function footnoteStart(
  rows: readonly Cell[][],
  rowNumbers: readonly number[],
  first: number,
  width: number,
): number {
  let start = rows.length;
  for (let i = rows.length - 1; i > first; i--) {
    const row = rows[i] ?? [];
    const filled = row.filter((cell) => !isBlank(cell));
    const only = filled[0];
    if (width < 3 || filled.length !== 1 || typeof only !== 'string') break;
    const gap = (rowNumbers[i] ?? 0) - (rowNumbers[i - 1] ?? 0) > 1;
    if (!(gap || FOOTNOTE_START.test(only.trim()) || only.trim().length >= 25)) break;
    start = i;
  }
  return start;
}

function rowText(row: readonly Cell[]): string {
  return row
    .map((cell) => cellText(cell))
    .filter((text) => text !== '')
    .join(' · ');
}

/**
 * A header in two rows, as spreadsheets lay out a merged cell over the round columns: «Værdi» merged over
 * K:M (or written once, the rest blank) with «2006», «2007», «2008» in the row below. The row below is part
 * of the header when every cell it fills sits under a blank or repeated (merged) header cell and at least one
 * of them names a round. Returns the combined header, or undefined.
 */
function secondHeaderRow(sheet: Table, headerIndex: number): Cell[] | undefined {
  const top = sheet.rows[headerIndex];
  const below = sheet.rows[headerIndex + 1];
  if (!top || !below) return undefined;
  if ((sheet.rowNumbers[headerIndex + 1] ?? 0) !== (sheet.rowNumbers[headerIndex] ?? 0) + 1) return undefined;
  const merged = (c: number) => {
    const text = cellText(top[c]);
    if (text === '' || text === cellText(top[c - 1]) || text === cellText(top[c + 1])) return true;
    // The merge's first cell, written once with blanks after it (a CSV of the same sheet).
    return isBlank(top[c + 1]) && !isBlank(below[c + 1]);
  };
  let rounds = 0;
  for (let c = 0; c < below.length; c++) {
    if (isBlank(below[c])) continue;
    if (!merged(c)) return undefined;
    if (isRoundHeader(below[c])) rounds++;
  }
  if (rounds === 0) return undefined;
  const width = Math.max(top.length, below.length);
  return Array.from({ length: width }, (_, c) => (isBlank(below[c]) ? (top[c] ?? null) : (below[c] ?? null)));
}

/**
 * Finds the table in a sheet (header row, data rows, footnotes), maps its columns (the request's mapping,
 * else the best guess), and reshapes a wide table to one row per indicator per round, so that the rows
 * handed on read like the app's own layout. Value cells with a missing marker ("..", "-", "n/a") become
 * empty: "Ingen måling". Rounds written as dates get their month label back ("Maj 2008").
 */
export function shapeTable(
  sheets: readonly SheetTable[],
  sheet: SheetTable,
  file: string,
  request: LayoutRequest,
  numberStyle: NumberStyle,
): ShapedTable {
  const problems: ImportProblem[] = [];
  const requestedIndex = request.headerRow === undefined ? -1 : sheet.rowNumbers.indexOf(request.headerRow);
  const headerIndex = requestedIndex >= 0 ? requestedIndex : findHeaderIndex(sheet);
  const headerRow = sheet.rowNumbers[headerIndex] ?? 1;
  const twoLevel = secondHeaderRow(sheet, headerIndex);
  const headerCells = twoLevel ?? sheet.rows[headerIndex] ?? [];
  const firstData = headerIndex + (twoLevel ? 2 : 1);
  const width = Math.max(headerCells.length, 1);
  const end = footnoteStart(sheet.rows, sheet.rowNumbers, firstData - 1, filledCount(headerCells));
  // The first rows are enough for the guess and the samples; the whole table is copied once, below.
  const firstRows = sheet.rows.slice(firstData, Math.min(end, firstData + 50));
  const guesses = guessColumns(headerCells, firstRows);
  const mapping = request.mapping;
  const columns: LayoutColumn[] = [];
  for (let index = 0; index < width; index++) {
    const header = cellText(headerCells[index]);
    const guess = guesses[index] ?? { choice: IGNORE, exact: false };
    const asked = ownValue(mapping?.columns, header);
    const chosen = asked !== undefined && CHOICE_NAMES.has(asked) ? asked : undefined;
    const choice: ColumnChoice = header === '' && chosen === undefined ? IGNORE : (chosen ?? guess.choice);
    // Dates in a round or period column are read as their month's round: shown so too.
    const dated = choice === 'round' || choice === 'baselinePeriod' || choice === 'targetPeriod';
    const column: LayoutColumn = {
      index,
      letter: columnLetter(index),
      header,
      label: roundLabelOfCell(headerCells[index] ?? null),
      samples: firstRows
        .slice(0, SAMPLE_ROWS)
        .map((row) => sampleText(row[index], dated))
        .filter((text) => text !== ''),
      guess: guess.choice,
      choice,
    };
    if (choice === ROUND_COLUMN)
      column.roundLabel =
        ownValue(mapping?.roundLabels, header) ??
        guess.roundLabel ??
        roundLabelOfCell(headerCells[index] ?? null);
    columns.push(column);
  }
  // Empty header cells with data below them are shown too, so the user can map them.
  // The app's own layout: row 1, every required field under its own name, no round columns, nothing changed.
  const exactHeader =
    headerIndex === 0 &&
    REQUIRED_FIELDS.every((field) => guesses.some((guess) => guess.exact && guess.choice === field)) &&
    guesses.every((guess) => guess.choice !== ROUND_COLUMN) &&
    columns.every((column) => column.choice === column.guess);

  const constants: Partial<Record<FieldKey, string>> = {};
  for (const [field, value] of Object.entries(mapping?.constants ?? {}) as [FieldKey, string][])
    if (value.trim() !== '') constants[field] = value.trim();

  const header: HeaderMap = { columns: {}, names: {}, problems: [], missing: [] };
  for (const column of columns) {
    if (column.choice === IGNORE || column.choice === ROUND_COLUMN) continue;
    const field = column.choice;
    const earlier = header.columns[field];
    if (earlier !== undefined) {
      problems.push(
        makeProblem(
          { file, row: headerRow, columnName: column.header, columnIndex: column.index },
          `Både kolonne ${columnLetter(earlier)} og kolonne ${column.letter} er valgt som «${FIELD_HEADER[field]}»; vælg den ene.`,
        ),
      );
      continue;
    }
    header.columns[field] = column.index;
    header.names[field] = column.header || FIELD_HEADER[field];
  }
  const roundColumns = columns.filter((column) => column.choice === ROUND_COLUMN);
  const wide = roundColumns.length > 0;
  const given = (field: FieldKey) =>
    header.columns[field] !== undefined ||
    constants[field] !== undefined ||
    (wide && (field === 'round' || field === 'value'));
  const missing = REQUIRED_FIELDS.filter((field) => !given(field));
  const exact = exactHeader && !wide && missing.length === 0 && Object.keys(constants).length === 0;

  const layout: ImportLayout = {
    sheets: summariseSheets(sheets),
    sheetName: sheet.name,
    headerRow,
    firstRows: sheet.rows.slice(0, FIRST_ROWS_SHOWN).map((row, i) => ({
      row: sheet.rowNumbers[i] ?? i + 1,
      cells: row.slice(0, 8).map((cell) => cellText(cell)),
    })),
    skippedRows: [
      ...sheet.rows
        .slice(0, headerIndex)
        .map((row, i) => ({ row: sheet.rowNumbers[i] ?? i + 1, text: rowText(row) })),
      ...sheet.rows.slice(end).map((row, i) => ({ row: sheet.rowNumbers[end + i] ?? 0, text: rowText(row) })),
    ],
    columns,
    wide,
    constants,
    missing,
    dataRows: sheet.rows.slice(firstData, end).filter((row) => filledCount(row) > 0).length,
    readable: true,
    headerKey: headerKeyOf(headerCells),
    exact,
  };
  if (wide && header.columns.round !== undefined) {
    const roundHeader = header.names.round ?? FIELD_HEADER.round;
    problems.push(
      makeProblem(
        { file, row: headerRow, columnName: roundHeader, columnIndex: header.columns.round },
        'Tabellen har både en kolonne med målingen og kolonner for hver måling; vælg det ene.',
      ),
    );
  }
  if (missing.length > 0) {
    const list = joinDanish(missing.map((field) => `«${FIELD_HEADER[field]}»`));
    // At most 12 columns of at most 40 characters: a file of garbage must not make a message of megabytes.
    const named = columns.filter((column) => column.header !== '');
    const fileColumns =
      named
        .slice(0, 12)
        .map((column) => `«${column.label.length > 40 ? `${column.label.slice(0, 40)}…` : column.label}»`)
        .join(', ') + (named.length > 12 ? ` og ${named.length - 12} til` : '');
    problems.push(
      makeProblem(
        { file, row: headerRow },
        `Overskriftsrækken mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnerne'} ${list}. Vælg hvilke af filens kolonner (${fileColumns || 'ingen'}) der er hvad, eller angiv en værdi for alle rækker.`,
      ),
    );
  }
  if (problems.length > 0) {
    layout.readable = false;
    return { table: { rows: [headerCells], rowNumbers: [headerRow] }, header, layout, problems };
  }

  // Constants are read like columns placed after the table's own.
  const constantFields = Object.keys(constants) as FieldKey[];
  const virtual = new Set<FieldKey>(constantFields);
  header.virtual = virtual;
  // Added cells go after the sheet's widest row, so every row has them at the same place.
  const fileWidth = Math.max(width, sheet.columnCount);
  if (constantFields.length > 0 || wide) header.fileWidth = fileWidth;
  let next = fileWidth;
  for (const field of constantFields) {
    header.columns[field] = next++;
    header.names[field] = `${FIELD_HEADER[field]} (angivet ved import)`;
  }
  const constantCells = constantFields.map((field) => constants[field] ?? null);
  const roundColumn = header.columns.round;
  const valueColumn = header.columns.value;
  const periodColumns = [header.columns.baselinePeriod, header.columns.targetPeriod].filter(
    (index): index is number => index !== undefined,
  );

  if (!wide) {
    // The header and the data rows in one copy; the rows themselves are the reader's and are fixed in place.
    const rows = sheet.rows.slice(firstData - 1, end);
    const rowNumbers = sheet.rowNumbers.slice(firstData - 1, end);
    rows[0] = headerCells.slice();
    rowNumbers[0] = headerRow;
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i] ?? [];
      if (roundColumn !== undefined) {
        const cell = row[roundColumn];
        if (typeof cell === 'string' && cell.length >= 10 && cell.charCodeAt(4) === 45)
          row[roundColumn] = roundLabelOfCell(cell);
      }
      for (const index of periodColumns) {
        const cell = row[index];
        if (typeof cell === 'string' && cell.length >= 10 && cell.charCodeAt(4) === 45)
          row[index] = roundLabelOfCell(cell);
      }
      if (valueColumn !== undefined && isMissingMarker(row[valueColumn])) row[valueColumn] = null;
      if (constantCells.length > 0) {
        row.length = fileWidth;
        row.push(...constantCells);
      }
    }
    return { table: { rows, rowNumbers }, header, layout, problems };
  }
  const dataRows = sheet.rows.slice(firstData, end);
  const dataRowNumbers = sheet.rowNumbers.slice(firstData, end);
  const rows: Cell[][] = [headerCells.slice()];
  const rowNumbers: number[] = [headerRow];

  // Wide: one row per indicator per round column; the round and value are placed after the constants.
  header.columns.round = next;
  header.names.round = 'måling (kolonneoverskrift)';
  virtual.add('round');
  virtual.add('value');
  header.columns.value = next + 1;
  const first = roundColumns[0];
  const last = roundColumns[roundColumns.length - 1];
  header.names.value =
    first && last && first !== last
      ? `værdi (kolonne ${first.letter}–${last.letter})`
      : `værdi (kolonne ${first?.letter ?? ''})`;
  const extra = next + 2;
  for (let i = 0; i < dataRows.length; i++) {
    const source = dataRows[i] ?? [];
    const rowNumber = dataRowNumbers[i] ?? 0;
    const base: Cell[] = source.slice();
    base.length = fileWidth;
    for (const index of periodColumns) {
      const cell = base[index];
      if (typeof cell === 'string' && cell.length >= 10 && cell.charCodeAt(4) === 45)
        base[index] = roundLabelOfCell(cell);
    }
    base.push(...constantCells);
    for (const column of roundColumns) {
      const cell = source[column.index];
      let value: Cell = null;
      if (!isBlank(cell) && !isMissingMarker(cell)) {
        const parsed = parseNumberCell(cell, numberStyle);
        if (parsed) value = parsed.value;
        else
          problems.push(
            makeProblem(
              { file, row: rowNumber, columnName: column.header, columnIndex: column.index },
              `«${cellText(cell)}» er ikke et tal.`,
            ),
          );
      }
      const row = base.slice();
      row.length = extra;
      row[extra - 2] = column.roundLabel ?? column.header;
      row[extra - 1] = value;
      rows.push(row);
      rowNumbers.push(rowNumber);
    }
  }
  return { table: { rows, rowNumbers }, header, layout, problems };
}
