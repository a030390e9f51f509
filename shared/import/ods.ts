import { strFromU8 } from 'fflate';
import { safeUnzip, ZipSafetyError } from '../zip/safe-unzip';
import { SPREADSHEET_ZIP_LIMITS } from './xlsx';
import { Parser } from 'saxen';
import type { Cell } from './table';
import { MAX_COLUMNS, percentValue, SheetBuilder, type SheetTable } from './workbook';

/** An OpenDocument spreadsheet that cannot be read; the message is Danish and meant for the user. */
export class OdsReadError extends Error {}

/** A row repeated more often than this is blank filler (Calc writes 1,048,576 rows): skipped, not copied. */
const MAX_REPEATED_ROWS = 1000;

const DAMAGED =
  'ODS-regnearket kan ikke læses; det er måske beskadiget. Gem det igen som .ods, .xlsx eller CSV.';

/** True when the zip is an OpenDocument spreadsheet (its first entry is the mimetype, stored uncompressed). */
export function isOdsZip(bytes: Uint8Array): boolean {
  const head = strFromU8(bytes.subarray(30, 90), true);
  return head.startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
}

/**
 * Reads every table of an .ods (LibreOffice Calc) from content.xml: numbers from office:value, percent cells
 * as shown (0,525 → 52,5), date cells as ISO dates, formulas by their stored result, text from text:p,
 * repeated rows and columns expanded (blank filler skipped), merged cells' value across the merged columns.
 */
export function readOdsWorkbook(bytes: Uint8Array): SheetTable[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = safeUnzip(bytes, {
      wanted: (name) => name === 'content.xml',
      limits: SPREADSHEET_ZIP_LIMITS,
      label: 'Regnearket',
    });
  } catch (error) {
    if (error instanceof ZipSafetyError && error.kind !== 'damaged') throw new OdsReadError(error.message);
    throw new OdsReadError(DAMAGED);
  }
  const content = parts['content.xml'];
  if (!content) throw new OdsReadError(DAMAGED);
  const sheets: SheetTable[] = [];
  let builder: SheetBuilder | undefined;
  let rowNumber = 0;
  let rowRepeat = 1;
  let cells: Cell[] = [];
  let column = 0;
  let cellRepeat = 1;
  let span = 1;
  let cellValue: Cell = null;
  let valueFromText = false;
  let text = '';
  let paragraphs = 0;
  let inParagraph = 0;
  let covered = false;

  const parser = new Parser();
  parser.on('error', () => {
    throw new OdsReadError(DAMAGED);
  });
  parser.on('openTag', (name, attrs, decode, selfClosing) => {
    switch (name) {
      case 'table:table':
        builder = new SheetBuilder(decode(attrs()['table:name'] ?? `Ark ${sheets.length + 1}`));
        rowNumber = 0;
        if (selfClosing) sheets.push(builder.finish());
        break;
      case 'table:table-row': {
        const repeat = Number(attrs()['table:number-rows-repeated'] ?? 1);
        rowRepeat = Number.isInteger(repeat) && repeat > 0 ? repeat : 1;
        cells = [];
        column = 0;
        if (selfClosing) rowNumber += rowRepeat;
        break;
      }
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        const a = attrs();
        covered = name === 'table:covered-table-cell';
        const repeat = Number(a['table:number-columns-repeated'] ?? 1);
        cellRepeat = Number.isInteger(repeat) && repeat > 0 ? repeat : 1;
        const spanned = Number(a['table:number-columns-spanned'] ?? 1);
        span = Number.isInteger(spanned) && spanned > 1 ? spanned : 1;
        ({ value: cellValue, fromText: valueFromText } = typedValue(a));
        text = '';
        paragraphs = 0;
        if (selfClosing) endCell();
        break;
      }
      case 'text:p':
        if (paragraphs > 0) text += '\n';
        paragraphs++;
        if (!selfClosing) inParagraph++;
        break;
      case 'text:s':
        if (inParagraph > 0) text += ' '.repeat(Math.min(Number(attrs()['text:c'] ?? 1) || 1, 100));
        break;
      case 'text:tab':
        if (inParagraph > 0) text += '\t';
        break;
      case 'text:line-break':
        if (inParagraph > 0) text += '\n';
        break;
    }
  });
  parser.on('text', (chunk, decode) => {
    if (inParagraph > 0) text += decode(chunk);
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (selfClosing) return;
    switch (name) {
      case 'text:p':
        inParagraph--;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        endCell();
        break;
      case 'table:table-row':
        endRow();
        break;
      case 'table:table':
        if (builder) sheets.push(builder.finish());
        builder = undefined;
        break;
    }
  });

  function endCell(): void {
    const value: Cell = valueFromText ? (text === '' ? null : text) : cellValue;
    // A covered cell (the rest of a merge) shows nothing of its own; the merge's first cell fills it below.
    const shown = covered ? (cells[column] ?? null) : value;
    const count = shown === null ? cellRepeat : Math.min(cellRepeat, MAX_COLUMNS - column);
    if (shown !== null) for (let i = 0; i < count; i++) cells[column + i] = shown;
    column += count;
    // A merged cell spans columns that follow as covered cells; they show its value.
    if (span > 1 && shown !== null) {
      for (let i = 0; i < span - 1 && column + i < MAX_COLUMNS; i++) cells[column + i] ??= shown;
    }
    span = 1;
    covered = false;
  }

  function endRow(): void {
    if (!builder) return;
    const blank = cells.every((cell) => cell === null || cell === undefined);
    if (blank) {
      rowNumber += rowRepeat;
      return;
    }
    if (rowRepeat > MAX_REPEATED_ROWS)
      throw new OdsReadError(
        `Arket «${builder.finish().name}» gentager række ${rowNumber + 1} ${rowRepeat.toLocaleString('da-DK')} gange; så mange ens rækker er ikke data. Ret regnearket, og gem det igen.`,
      );
    for (let i = 0; i < rowRepeat; i++) {
      rowNumber++;
      builder.add(
        rowNumber,
        Array.from(cells, (cell) => cell ?? null),
      );
    }
  }

  parser.parse(strFromU8(content));
  return sheets;
}

/** The cell's value from its office:value-type; text cells (and unknown types) take their paragraphs. */
function typedValue(a: Record<string, string>): { value: Cell; fromText: boolean } {
  const type = a['office:value-type'];
  switch (type) {
    case 'float':
    case 'currency': {
      const number = Number(a['office:value']);
      return Number.isFinite(number) ? { value: number, fromText: false } : { value: null, fromText: true };
    }
    case 'percentage': {
      const number = Number(a['office:value']);
      return Number.isFinite(number)
        ? { value: percentValue(number), fromText: false }
        : { value: null, fromText: true };
    }
    case 'date': {
      const date = a['office:date-value'] ?? '';
      const day = date.length >= 10 && /T00:00:00(\.0+)?$/.test(date) ? date.slice(0, 10) : date.slice(0, 19);
      return { value: date === '' ? null : day, fromText: date === '' };
    }
    case 'boolean':
      return { value: a['office:boolean-value'] === 'true', fromText: false };
    default:
      return { value: null, fromText: true };
  }
}
