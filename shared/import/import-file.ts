import { parseBackup, type BarometerBackup } from './backup';
import { parseCsv, type CsvDelimiter } from './csv';
import { decodeText, type TextEncodingName } from './decode';
import { groupProblems, headerProblemsFirst, makeProblem, type ImportProblem } from './problems';
import { emptyRecords, type ImportRecords } from './records';
import { XlsxReadError } from './xlsx';
import { buildRecords } from './validate-rows';
import { shapeTable, type ImportLayout, type LayoutRequest } from './layout';
import { isOdsZip, OdsReadError, readOdsWorkbook } from './ods';
import type { NumberStyle } from './values';
import { REQUIRED_FIELDS } from './fields';
import { chooseSheet, summariseSheets, type SheetTable } from './workbook';
import { readXlsxWorkbook } from './xlsx-workbook';

/** `unknown`: the bytes are none of the three (a PDF, an image, an old .xls); the problems say which. */
export type ImportKind = 'csv' | 'xlsx' | 'ods' | 'backup' | 'unknown';

export interface ImportParseResult {
  kind: ImportKind;
  encoding?: TextEncodingName;
  delimiter?: CsvDelimiter;
  sheetName?: string;
  /** For a backup: its areas, indicators, rounds and measurements, so the same preview can show them. */
  records: ImportRecords;
  backup?: BarometerBackup;
  problems: ImportProblem[];
  /** Data rows read (CSV/XLSX), header and blank rows not counted. */
  rowCount: number;
  /** CSV/XLSX/ODS: the sheet, header row and column mapping used, for the mapping step. */
  layout?: ImportLayout;
}

const NOT_SUPPORTED =
  'er hverken en CSV-fil, et Excel-regneark (.xlsx) eller en sikkerhedskopi fra Barometerbrev (.json).';

/**
 * Bytes + file name → validated records. The kind is decided by content, not by extension:
 * users rename files, and Excel happily saves CSV under ".xls".
 */
export async function parseImportFile(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: (fraction: number) => void,
  /** The sheet, header row and column mapping to use; what is not given is found or guessed. */
  request: LayoutRequest = {},
): Promise<ImportParseResult> {
  const fileProblem = (message: string): ImportProblem[] => [
    makeProblem({ file: fileName, row: 0 }, message),
  ];
  const unknown = (message: string): ImportParseResult => ({
    kind: 'unknown',
    records: emptyRecords(),
    problems: fileProblem(message),
    rowCount: 0,
  });

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const kind = isOdsZip(bytes) ? 'ods' : 'xlsx';
    let sheets: SheetTable[];
    try {
      sheets = kind === 'ods' ? readOdsWorkbook(bytes) : readXlsxWorkbook(bytes);
    } catch (error) {
      if (!(error instanceof XlsxReadError) && !(error instanceof OdsReadError)) throw error;
      return { kind, records: emptyRecords(), problems: fileProblem(error.message), rowCount: 0 };
    }
    onProgress?.(0.5);
    return { kind, ...readSheets(sheets, fileName, request, 'danish', scaled(onProgress, 0.5, 1)) };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return unknown(
      'Filen er i Excels gamle format (.xls). Åbn den i Excel, og gem den som «Excel-projektmappe (.xlsx)» eller «CSV (semikolonsepareret)».',
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return unknown(`Filen er en PDF og ${NOT_SUPPORTED}`);
  if (looksBinary(bytes)) return unknown(`Filen ${NOT_SUPPORTED}`);

  const { text, encoding } = decodeText(bytes);
  onProgress?.(0.1);
  const firstChar = text.trimStart().charAt(0);
  if (firstChar === '') {
    return {
      kind: 'csv',
      encoding,
      records: emptyRecords(),
      problems: fileProblem('Filen er tom.'),
      rowCount: 0,
    };
  }
  if (firstChar === '{' || firstChar === '[') {
    const parsed = parseBackup(bytes, fileName);
    onProgress?.(1);
    if (!parsed.ok)
      return { kind: 'backup', encoding, records: emptyRecords(), problems: parsed.problems, rowCount: 0 };
    const { areas, indicators, rounds, measurements } = parsed.data;
    return {
      kind: 'backup',
      encoding,
      backup: parsed.backup,
      records: { areas, indicators, rounds, measurements },
      problems: [],
      rowCount: 0,
    };
  }

  if (notText(text)) {
    return unknown(
      `Filen indeholder ikke læsbar tekst (mange styretegn); den er måske binær eller beskadiget. Den ${NOT_SUPPORTED}`,
    );
  }
  const csv = parseCsv(text);
  onProgress?.(0.4);
  // A comma-separated file cannot use decimal commas unquoted: it is written the English way.
  const numberStyle = csv.delimiter === ',' ? 'english' : 'danish';
  const sheet: SheetTable = {
    name: fileName,
    rows: csv.rows,
    rowNumbers: csv.rowNumbers,
    columnCount: csv.rows.reduce((widest, row) => Math.max(widest, row.length), 0),
  };
  const result = readSheets([sheet], fileName, request, numberStyle, scaled(onProgress, 0.4, 1));
  const syntax = csv.syntaxErrors.map((error) =>
    makeProblem({ file: fileName, row: error.row }, error.message),
  );
  // No usable header: nothing below it was read, so its problem is the only one worth saying.
  const noHeader = (result.layout?.missing.length ?? 0) > 0 && result.records.indicators.length === 0;
  return {
    kind: 'csv',
    encoding,
    delimiter: csv.delimiter,
    ...result,
    problems: noHeader
      ? groupProblems(result.problems)
      : headerProblemsFirst([...syntax, ...result.problems], result.layout?.headerRow ?? 1),
  };
}

/**
 * Random or binary bytes without a NUL decode to text full of control characters; a real CSV has
 * none but tab and line breaks. Over 1 % of the first 64 K characters (and at least 8): not text.
 */
function notText(text: string): boolean {
  const end = Math.min(text.length, 65_536);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffd
    )
      controls++;
  }
  return controls >= 8 && controls > end / 100;
}

/**
 * The chosen sheet → its table found, its columns mapped (or guessed) → records. A file in the app's own
 * layout is read exactly as before (unknown columns are warned about); any other goes through the mapping.
 */
function readSheets(
  sheets: readonly SheetTable[],
  fileName: string,
  request: LayoutRequest,
  numberStyle: NumberStyle,
  onProgress: ((fraction: number) => void) | undefined,
): Omit<ImportParseResult, 'kind'> {
  const sheet = chooseSheet(sheets, request.sheet);
  const fail = (message: string) => ({
    records: emptyRecords(),
    problems: [makeProblem({ file: fileName, row: 0 }, message)],
    rowCount: 0,
  });
  if (!sheet) {
    if (request.sheet === undefined) return fail('Regnearket har ingen ark.');
    const names = sheets.map((candidate) => `«${candidate.name}»`).join(', ');
    return fail(`Arket «${request.sheet}» findes ikke. Filens ark: ${names}.`);
  }
  if (sheet.rows.length === 0) {
    if (sheets.length <= 1) {
      const result = buildRecords(sheet, fileName, onProgress, numberStyle);
      return { sheetName: sheet.name, ...result };
    }
    // An empty sheet of several (chosen in the mapping step): say so, and keep the sheet picker.
    return {
      sheetName: sheet.name,
      layout: emptySheetLayout(sheets, sheet.name),
      ...fail(`Arket «${sheet.name}» er tomt. Vælg et andet ark.`),
    };
  }
  const shaped = shapeTable(sheets, sheet, fileName, request, numberStyle);
  const { layout } = shaped;
  if (layout.exact && !request.mapping) {
    const result = buildRecords(shaped.table, fileName, onProgress, numberStyle);
    return { sheetName: sheet.name, layout, ...result, problems: [...shaped.problems, ...result.problems] };
  }
  if (layout.missing.length > 0 || (shaped.table.rows.length <= 1 && shaped.problems.length > 0))
    return { sheetName: sheet.name, layout, records: emptyRecords(), problems: shaped.problems, rowCount: 0 };
  const result = buildRecords(shaped.table, fileName, onProgress, numberStyle, shaped.header);
  const rowCount = layout.wide ? countDistinct(shaped.table.rowNumbers) - 1 : result.rowCount;
  return {
    sheetName: sheet.name,
    layout,
    ...result,
    rowCount,
    problems: [...shaped.problems, ...result.problems],
  };
}

function emptySheetLayout(sheets: readonly SheetTable[], sheetName: string): ImportLayout {
  return {
    sheets: summariseSheets(sheets),
    sheetName,
    headerRow: 1,
    firstRows: [],
    skippedRows: [],
    columns: [],
    wide: false,
    constants: {},
    missing: [...REQUIRED_FIELDS],
    dataRows: 0,
    readable: false,
    headerKey: '',
    exact: false,
  };
}

function countDistinct(numbers: readonly number[]): number {
  let count = 0;
  let last = Number.NaN;
  for (const n of numbers) {
    if (n !== last) count++;
    last = n;
  }
  return count;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** NUL bytes never occur in text files of one-byte encodings or UTF-8; UTF-16 is recognised by its BOM first. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function scaled(onProgress: ((fraction: number) => void) | undefined, from: number, to: number) {
  return onProgress ? (fraction: number) => onProgress(from + (to - from) * fraction) : undefined;
}
