import { parseBackup, type BarometerBackup } from './backup';
import { parseCsv, type CsvDelimiter } from './csv';
import { decodeText, type TextEncodingName } from './decode';
import { makeProblem, type ImportProblem } from './problems';
import { emptyRecords, type ImportRecords } from './records';
import { readXlsxTable, XlsxReadError } from './xlsx';
import { buildRecords } from './validate-rows';

/** `unknown`: the bytes are none of the three (a PDF, an image, an old .xls); the problems say which. */
export type ImportKind = 'csv' | 'xlsx' | 'backup' | 'unknown';

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
    try {
      const table = await readXlsxTable(bytes);
      onProgress?.(0.5);
      const result = buildRecords(table, fileName, scaled(onProgress, 0.5, 1));
      return { kind: 'xlsx', sheetName: table.sheetName, ...result };
    } catch (error) {
      if (!(error instanceof XlsxReadError)) throw error;
      return { kind: 'xlsx', records: emptyRecords(), problems: fileProblem(error.message), rowCount: 0 };
    }
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

  const csv = parseCsv(text);
  onProgress?.(0.4);
  // A comma-separated file cannot use decimal commas unquoted: it is written the English way.
  const numberStyle = csv.delimiter === ',' ? 'english' : 'danish';
  const result = buildRecords(csv, fileName, scaled(onProgress, 0.4, 1), numberStyle);
  const syntax = csv.syntaxErrors.map((error) =>
    makeProblem({ file: fileName, row: error.row }, error.message),
  );
  return {
    kind: 'csv',
    encoding,
    delimiter: csv.delimiter,
    ...result,
    problems: [...syntax, ...result.problems],
  };
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
