import { strFromU8, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { safeUnzip, ZipSafetyError, type ZipLimits } from '../zip/safe-unzip';
import type { Cell, Table } from './table';

export interface XlsxTable extends Table {
  sheetName: string;
}

/** A workbook that cannot be read; the message is Danish and meant for the user. */
export class XlsxReadError extends Error {}

/** A sheet with one of these words in its name is preferred over the first sheet. */
const PREFERRED_SHEET = /data|barometer/i;

/**
 * Reads the data sheet of an .xlsx file. `read-excel-file/universal` is the entry that takes an
 * ArrayBuffer in node and in a browser worker alike. Before handing it over, the archive is
 * unpacked synchronously and repacked uncompressed: fflate's async unzip would otherwise spawn
 * a blob: worker for entries over 512 KB, which the app's content security policy forbids.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<XlsxTable> {
  const stored = repackUncompressed(bytes);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(stored);
  } catch {
    throw new XlsxReadError(
      'Excel-filen kan ikke læses; den er måske beskadiget. Gem den igen som .xlsx eller CSV.',
    );
  }
  const sheet = sheets.find((candidate) => PREFERRED_SHEET.test(candidate.sheet)) ?? sheets[0];
  if (!sheet) throw new XlsxReadError('Excel-filen har ingen ark.');

  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  sheet.data.forEach((row, index) => {
    const cells = row.map(toCell);
    if (cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''))) return;
    rows.push(cells);
    rowNumbers.push(index + 1);
  });
  return { sheetName: sheet.sheet, rows, rowNumbers };
}

/**
 * Limits for unpacking a spreadsheet (.xlsx, .ods). A 100,000-row data sheet written with inline
 * strings inflates to about 70 MB at a ratio of about 14; real sheets stay far below a ratio of 100.
 */
export const SPREADSHEET_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
};

/**
 * Unpacks only the wanted parts of a spreadsheet archive within SPREADSHEET_ZIP_LIMITS; a damaged
 * archive or one past a limit (zip bomb, lying sizes, thousands of parts) becomes an XlsxReadError
 * with the Danish message naming the part and the limit.
 */
export function unpackXlsxParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  label = 'Excel-filen',
): Record<string, Uint8Array> {
  try {
    return safeUnzip(bytes, { wanted, limits: SPREADSHEET_ZIP_LIMITS, label });
  } catch (error) {
    if (error instanceof ZipSafetyError) throw new XlsxReadError(error.message);
    throw error;
  }
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/**
 * Unpacks the workbook and its relationships first, then only the parts they reference (sheets,
 * shared strings, styles), and repacks them uncompressed for read-excel-file.
 */
function repackUncompressed(bytes: Uint8Array): ArrayBuffer {
  const head = unpackXlsxParts(
    bytes,
    (name) =>
      name === WORKBOOK ||
      name === WORKBOOK_RELS ||
      name === 'word/document.xml' ||
      name === 'ppt/presentation.xml',
  );
  if (!head[WORKBOOK]) {
    const what = head['word/document.xml']
      ? 'et Word-dokument'
      : head['ppt/presentation.xml']
        ? 'en PowerPoint-præsentation'
        : 'en ZIP-fil';
    throw new XlsxReadError(`Filen er ${what}, ikke et Excel-regneark. Gem data som .xlsx eller CSV.`);
  }
  const referenced = referencedParts(strFromU8(head[WORKBOOK_RELS] ?? new Uint8Array()));
  const parts = unpackXlsxParts(bytes, (name) => referenced.has(name));
  const files: Record<string, Uint8Array> = { ...parts };
  files[WORKBOOK] = head[WORKBOOK];
  if (head[WORKBOOK_RELS]) files[WORKBOOK_RELS] = head[WORKBOOK_RELS];
  const zipped = zipSync(files, { level: 0 });
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
}

/** The sheets, shared strings and styles the workbook's relationships point to, as archive paths. */
function referencedParts(relsXml: string): Set<string> {
  const parts = new Set<string>();
  for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\bTarget="([^"]*)"/g)) {
    const target = match[1] ?? '';
    if (!/(worksheet|sheet\d*|sharedStrings|styles)[^/]*\.xml$/i.test(target)) continue;
    parts.add(resolvePart(target));
  }
  return parts;
}

/** "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function resolvePart(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const path = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') path.pop();
    else if (part !== '.' && part !== '') path.push(part);
  }
  return path.join('/');
}

/** Dates become ISO text (date only when there is no time of day); Excel numbers stay numbers. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
