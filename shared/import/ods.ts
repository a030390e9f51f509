import { strFromU8 } from 'fflate';
import { ZipSafetyError } from '../zip/safe-unzip';
import { openSpreadsheetZip } from './xlsx';
import type { Cell } from './table';
import { columnLetter } from './problems';
import {
  CellBudget,
  cellTooLongMessage,
  MAX_CELL_CHARS,
  MAX_COLUMNS,
  MAX_FILLED_CELLS,
  percentValue,
  SheetBuilder,
  type SheetTable,
} from './workbook';
import { TextKeeper, XmlStream, XmlSyntaxError, type XmlHandler, type XmlTag } from './xml-stream';

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
export function readOdsWorkbook(bytes: Uint8Array, options: { maxCells?: number } = {}): SheetTable[] {
  const budget = new CellBudget((message) => new OdsReadError(message), options.maxCells ?? MAX_FILLED_CELLS);
  try {
    const zip = openSpreadsheetZip(bytes, 'Regnearket');
    const sheets: SheetTable[] = [];
    const parser = new XmlStream(contentReader(sheets, budget));
    // content.xml is streamed through the tokenizer as it inflates: never held whole.
    if (!zip.stream('content.xml', (chunk) => parser.writeBytes(chunk))) throw new OdsReadError(DAMAGED);
    parser.end();
    return sheets;
  } catch (error) {
    if (error instanceof ZipSafetyError && error.kind !== 'damaged') throw new OdsReadError(error.message);
    if (error instanceof ZipSafetyError || error instanceof XmlSyntaxError) throw new OdsReadError(DAMAGED);
    throw error;
  }
}

/** Reads content.xml's tables into `sheets` as the tokenizer reports its elements. */
function contentReader(sheets: SheetTable[], budget: CellBudget): XmlHandler {
  const texts = new TextKeeper();
  let builder: SheetBuilder | undefined;
  let sheetName = '';
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

  /** Adds to the cell's text, refusing a text longer than a cell can hold. */
  function addText(piece: string): void {
    if (text.length + piece.length > MAX_CELL_CHARS)
      throw new OdsReadError(cellTooLongMessage(sheetName, `${columnLetter(column)}${rowNumber + 1}`));
    text += piece;
  }

  function endCell(): void {
    const read: Cell = valueFromText ? (text === '' ? null : text) : cellValue;
    // Kept texts are made independent of the chunk they were cut from (see TextKeeper).
    const value = typeof read === 'string' ? texts.keep(read) : read;
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
    let filled = 0;
    for (const cell of cells) if (cell !== null && cell !== undefined) filled++;
    if (filled === 0) {
      rowNumber += rowRepeat;
      return;
    }
    if (rowRepeat > MAX_REPEATED_ROWS)
      throw new OdsReadError(
        `Arket «${sheetName}» gentager række ${rowNumber + 1} ${rowRepeat.toLocaleString('da-DK')} gange; så mange ens rækker er ikke data. Ret regnearket, og gem det igen.`,
      );
    // Counted before the repeated rows are made: 1,000 repeats of a 1,024-cell row are a million cells.
    budget.take(filled * rowRepeat, sheetName);
    for (let i = 0; i < rowRepeat; i++) {
      rowNumber++;
      builder.add(
        rowNumber,
        Array.from(cells, (cell) => cell ?? null),
      );
    }
  }

  return {
    open(tag) {
      switch (tag.name) {
        case 'table:table':
          sheetName = tag.attr('table:name') ?? `Ark ${sheets.length + 1}`;
          builder = new SheetBuilder(sheetName);
          rowNumber = 0;
          if (tag.selfClosing) {
            sheets.push(builder.finish());
            builder = undefined;
          }
          break;
        case 'table:table-row': {
          const repeat = Number(tag.attr('table:number-rows-repeated') ?? 1);
          rowRepeat = Number.isInteger(repeat) && repeat > 0 ? repeat : 1;
          cells = [];
          column = 0;
          if (tag.selfClosing) rowNumber += rowRepeat;
          break;
        }
        case 'table:table-cell':
        case 'table:covered-table-cell': {
          covered = tag.name === 'table:covered-table-cell';
          const repeat = Number(tag.attr('table:number-columns-repeated') ?? 1);
          cellRepeat = Number.isInteger(repeat) && repeat > 0 ? repeat : 1;
          const spanned = Number(tag.attr('table:number-columns-spanned') ?? 1);
          span = Number.isInteger(spanned) && spanned > 1 ? spanned : 1;
          ({ value: cellValue, fromText: valueFromText } = typedValue(tag));
          text = '';
          paragraphs = 0;
          if (tag.selfClosing) endCell();
          break;
        }
        case 'text:p':
          if (paragraphs > 0) addText('\n');
          paragraphs++;
          if (!tag.selfClosing) inParagraph++;
          break;
        case 'text:s':
          if (inParagraph > 0) addText(' '.repeat(Math.min(Number(tag.attr('text:c') ?? 1) || 1, 100)));
          break;
        case 'text:tab':
          if (inParagraph > 0) addText('\t');
          break;
        case 'text:line-break':
          if (inParagraph > 0) addText('\n');
          break;
      }
    },
    text(chunk) {
      // A typed cell (number, date, percent) takes its value from its attributes: its shown text is skipped.
      if (inParagraph > 0 && valueFromText) addText(chunk);
    },
    close(name) {
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
    },
  };
}

/** The cell's value from its office:value-type; text cells (and unknown types) take their paragraphs. */
function typedValue(tag: XmlTag): { value: Cell; fromText: boolean } {
  const type = tag.attr('office:value-type');
  switch (type) {
    case 'float':
    case 'currency': {
      const number = Number(tag.attr('office:value'));
      return Number.isFinite(number) ? { value: number, fromText: false } : { value: null, fromText: true };
    }
    case 'percentage': {
      const number = Number(tag.attr('office:value'));
      return Number.isFinite(number)
        ? { value: percentValue(number), fromText: false }
        : { value: null, fromText: true };
    }
    case 'date': {
      const date = tag.attr('office:date-value') ?? '';
      const day = date.length >= 10 && /T00:00:00(\.0+)?$/.test(date) ? date.slice(0, 10) : date.slice(0, 19);
      return { value: date === '' ? null : day, fromText: date === '' };
    }
    case 'boolean':
      return { value: tag.attr('office:boolean-value') === 'true', fromText: false };
    default:
      return { value: null, fromText: true };
  }
}
