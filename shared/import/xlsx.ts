import { unzipSync, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
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

function repackUncompressed(bytes: Uint8Array): ArrayBuffer {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.rels') });
  } catch {
    throw new XlsxReadError('Filen ligner en ZIP-fil, men kan ikke pakkes ud; den er måske beskadiget.');
  }
  if (!files['xl/workbook.xml']) {
    const what = files['word/document.xml']
      ? 'et Word-dokument'
      : files['ppt/presentation.xml']
        ? 'en PowerPoint-præsentation'
        : 'en ZIP-fil';
    throw new XlsxReadError(`Filen er ${what}, ikke et Excel-regneark. Gem data som .xlsx eller CSV.`);
  }
  const zipped = zipSync(files, { level: 0 });
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
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
