import type { SafeZip } from '../zip/safe-unzip';
import type { Cell } from './table';
import { columnLetter } from './problems';
import {
  CellBudget,
  cellTooLongMessage,
  MAX_CELL_CHARS,
  MAX_COLUMNS,
  MAX_FILLED_CELLS,
  percentValue,
  serialToIso,
  SheetBuilder,
  type SheetTable,
} from './workbook';
import { asXlsxReadError, openSpreadsheetZip, XlsxReadError } from './xlsx';
import { TextKeeper, XmlStream, XmlSyntaxError, type XmlHandler } from './xml-stream';

const DAMAGED = 'Excel-filen kan ikke læses; den er måske beskadiget. Gem den igen som .xlsx eller CSV.';

/**
 * Reads every sheet of an .xlsx as the user sees it: shared and inline strings, numbers as numbers,
 * percent-formatted cells as shown (0,525 → 52,5), date-formatted cells as ISO dates, formulas by their
 * cached value, error cells as empty, merged cells' value across the merged columns of their row.
 * Only the parts the workbook references are unpacked, each streamed through the XML tokenizer as it
 * inflates (never held whole), and the reading stops once the workbook has more than `maxCells` filled
 * cells (MAX_FILLED_CELLS): a dense 10 MB file is refused in about a second, not read for half a minute.
 */
export function readXlsxWorkbook(bytes: Uint8Array, options: { maxCells?: number } = {}): SheetTable[] {
  try {
    const budget = new CellBudget(
      (message) => new XlsxReadError(message),
      options.maxCells ?? MAX_FILLED_CELLS,
    );
    return readWorkbook(openSpreadsheetZip(bytes), budget);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new XlsxReadError(DAMAGED);
    throw asXlsxReadError(error);
  }
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

function readWorkbook(zip: SafeZip, budget: CellBudget): SheetTable[] {
  if (!zip.has(WORKBOOK)) {
    const what = zip.has('word/document.xml')
      ? 'et Word-dokument'
      : zip.has('ppt/presentation.xml')
        ? 'en PowerPoint-præsentation'
        : 'en ZIP-fil';
    throw new XlsxReadError(`Filen er ${what}, ikke et Excel-regneark. Gem data som .xlsx eller CSV.`);
  }
  zip.prepare([WORKBOOK, WORKBOOK_RELS]);
  const workbook = readWorkbookXml(zip);
  const targets = readRelationships(zip);
  const sheetPaths = workbook.sheets.map((sheet) => resolveTarget(targets.get(sheet.relId) ?? ''));
  const sharedTarget = [...targets.values()].find((t) => /sharedStrings\.xml$/i.test(t));
  const stylesTarget = [...targets.values()].find((t) => /styles\.xml$/i.test(t));
  const sharedPath = sharedTarget === undefined ? undefined : resolveTarget(sharedTarget);
  const stylesPath = stylesTarget === undefined ? undefined : resolveTarget(stylesTarget);
  if (workbook.sheets.length === 0) throw new XlsxReadError('Excel-filen har ingen ark.');
  // Every part about to be read is checked against the limits together, before one is inflated.
  const wanted = new Set<string>(sheetPaths);
  if (sharedPath) wanted.add(sharedPath);
  if (stylesPath) wanted.add(stylesPath);
  zip.prepare([...wanted]);
  const texts = new TextKeeper();
  const shared = sharedPath ? readSharedStrings(zip, sharedPath, texts) : [];
  const styles = stylesPath ? readStyles(zip, stylesPath) : [];
  const context: SheetContext = { shared, styles, date1904: workbook.date1904, budget, texts };
  return workbook.sheets.map((sheet, index) => readSheet(zip, sheetPaths[index] ?? '', sheet.name, context));
}

/** Streams one part through the tokenizer as it inflates; a part the archive lacks reads as empty. */
function parsePart(zip: SafeZip, path: string, handler: XmlHandler): void {
  const parser = new XmlStream(handler);
  if (zip.stream(path, (chunk) => parser.writeBytes(chunk))) parser.end();
}

function readWorkbookXml(zip: SafeZip): {
  sheets: { name: string; relId: string }[];
  date1904: boolean;
} {
  const sheets: { name: string; relId: string }[] = [];
  let date1904 = false;
  parsePart(zip, WORKBOOK, {
    open(tag) {
      if (tag.local === 'sheet') {
        const a = tag.attrs();
        const relId = Object.entries(a).find(([key]) => key.endsWith(':id'));
        sheets.push({ name: a.name ?? `Ark ${sheets.length + 1}`, relId: relId?.[1] ?? '' });
      } else if (tag.local === 'workbookPr') {
        const value = tag.attrs().date1904;
        date1904 = value === '1' || value === 'true';
      }
    },
  });
  return { sheets, date1904 };
}

function readRelationships(zip: SafeZip): Map<string, string> {
  const targets = new Map<string, string>();
  parsePart(zip, WORKBOOK_RELS, {
    open(tag) {
      if (tag.local !== 'Relationship') return;
      const a = tag.attrs();
      if (a.Id && a.Target) targets.set(a.Id, a.Target);
    },
  });
  return targets;
}

/** "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function readSharedStrings(zip: SafeZip, path: string, texts: TextKeeper): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  parsePart(zip, path, {
    open(tag) {
      switch (tag.local) {
        case 'si':
          current = '';
          if (tag.selfClosing) strings.push('');
          // A cell can only show a text it refers to: a longer list than the cell limit is not a sheet's.
          if (strings.length > MAX_FILLED_CELLS)
            throw new XlsxReadError(
              `Excel-filens liste over tekster har mere end ${MAX_FILLED_CELLS.toLocaleString('da-DK')} tekster; Barometerbrev kan højst læse ${MAX_FILLED_CELLS.toLocaleString('da-DK')}. Gem kun de rækker, der skal importeres, eller del filen op.`,
            );
          break;
        case 't':
          inText = !tag.selfClosing;
          break;
        case 'rPh':
          inPhonetic = !tag.selfClosing;
          break;
      }
    },
    close(_name, local) {
      if (local === 'si') strings.push(texts.keep(current));
      else if (local === 't') inText = false;
      else if (local === 'rPh') inPhonetic = false;
    },
    text(value) {
      if (!inText || inPhonetic) return;
      if (current.length + value.length > MAX_CELL_CHARS)
        throw new XlsxReadError(
          `Excel-filens liste over tekster har en tekst på mere end ${MAX_CELL_CHARS.toLocaleString('da-DK')} tegn; så lange tekster kan et regneark ikke gemme, og de er ikke data. Ret cellen, og gem filen igen.`,
        );
      current += value;
    },
  });
  return strings;
}

type CellFormat = 'general' | 'percent' | 'date';

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const BUILTIN_PERCENT = new Set([9, 10]);

/** Each cell style (the `s` of a cell) → how its number is shown. */
function readStyles(zip: SafeZip, path: string): CellFormat[] {
  const customFormats = new Map<number, string>();
  const formats: CellFormat[] = [];
  let inCellXfs = false;
  parsePart(zip, path, {
    open(tag) {
      if (tag.local === 'numFmt') {
        const a = tag.attrs();
        customFormats.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (tag.local === 'cellXfs') inCellXfs = !tag.selfClosing;
      else if (tag.local === 'xf' && inCellXfs) {
        const id = Number(tag.attrs().numFmtId ?? 0);
        const code = customFormats.get(id);
        formats.push(code !== undefined ? formatOfCode(code) : builtinFormat(id));
      }
    },
    close(_name, local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

function builtinFormat(id: number): CellFormat {
  if (BUILTIN_PERCENT.has(id)) return 'percent';
  if (BUILTIN_DATES.has(id)) return 'date';
  return 'general';
}

/** A number format code's first section, without quoted text, escapes and [colour]/[locale] blocks. */
export function formatOfCode(code: string): CellFormat {
  const section = (code.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (section.includes('%')) return 'percent';
  if (/[dmyhs]/i.test(section.replace(/General/gi, ''))) return 'date';
  return 'general';
}

/** "B12" → 1; "" → undefined. */
function columnOf(reference: string | undefined): number | undefined {
  if (!reference) return undefined;
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === 0 ? undefined : column - 1;
}

function rowOf(reference: string): number {
  return Number(reference.replace(/^[A-Z]+/, ''));
}

/** What every sheet of a workbook is read with. */
interface SheetContext {
  shared: readonly string[];
  styles: readonly CellFormat[];
  date1904: boolean;
  budget: CellBudget;
  texts: TextKeeper;
}

function readSheet(zip: SafeZip, path: string, name: string, context: SheetContext): SheetTable {
  const { shared, styles, date1904, budget, texts } = context;
  const builder = new SheetBuilder(name);
  const rows = new Map<number, Cell[]>();
  const order: number[] = [];
  const merges: string[] = [];
  let cells: Cell[] = [];
  let rowNumber = 0;
  let column = 0;
  let type = '';
  let style = 0;
  let value = '';
  let collecting = false;
  let inInline = false;
  let hasValue = false;
  let rowKept = false;

  parsePart(zip, path, {
    open(tag) {
      switch (tag.local) {
        case 'row': {
          const r = Number(tag.attr('r'));
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          // Kept once it has a value: millions of empty <row/> in a hostile sheet take no memory.
          cells = [];
          rowKept = false;
          column = 0;
          break;
        }
        case 'c': {
          column = columnOf(tag.attr('r')) ?? column;
          type = tag.attr('t') ?? 'n';
          style = Number(tag.attr('s') ?? 0);
          value = '';
          hasValue = false;
          collecting = false;
          if (tag.selfClosing) column++;
          break;
        }
        case 'v':
          collecting = !tag.selfClosing;
          break;
        case 'is':
          inInline = !tag.selfClosing;
          break;
        case 't':
          if (inInline) collecting = !tag.selfClosing;
          break;
        case 'mergeCell': {
          const ref = tag.attr('ref');
          if (!ref) break;
          // A merged range shows its value in each of its columns: those count as filled cells.
          const [from, to] = ref.split(':');
          const first = columnOf(from);
          const last = columnOf(to);
          if (first === undefined || last === undefined) break;
          budget.take(1 + Math.max(0, Math.min(last, MAX_COLUMNS - 1) - first), name);
          merges.push(ref);
          break;
        }
      }
    },
    close(_name, local) {
      switch (local) {
        case 'v':
          collecting = false;
          break;
        case 't':
          if (inInline) collecting = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'c':
          if (hasValue && column < MAX_COLUMNS) {
            budget.take(1, name);
            const cell = cellValue(type, value, styles[style] ?? 'general', shared, date1904);
            // A shared string is kept already; any other text is made independent of its chunk.
            cells[column] = typeof cell === 'string' && type !== 's' ? texts.keep(cell) : cell;
            if (!rowKept && rowNumber > 0) {
              rows.set(rowNumber, cells);
              order.push(rowNumber);
              rowKept = true;
            }
          }
          collecting = false;
          column++;
          break;
      }
    },
    text(chunk) {
      if (!collecting) return;
      if (value.length + chunk.length > MAX_CELL_CHARS)
        throw new XlsxReadError(cellTooLongMessage(name, `${columnLetter(column)}${rowNumber}`));
      value += chunk;
      hasValue = true;
    },
  });

  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const first = columnOf(from);
    const last = columnOf(to);
    const row = rows.get(rowOf(from));
    if (first === undefined || last === undefined || !row) continue;
    const shown = row[first] ?? null;
    for (let c = first + 1; c <= Math.min(last, MAX_COLUMNS - 1); c++) if (row[c] == null) row[c] = shown;
  }
  for (const r of order) {
    const row = rows.get(r);
    // SheetBuilder turns the row's holes into nulls in place: no copy of a 100,000-row sheet.
    if (row) builder.add(r, row);
  }
  return builder.finish();
}

function cellValue(
  type: string,
  raw: string,
  format: CellFormat,
  shared: readonly string[],
  date1904: boolean,
): Cell {
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? null;
    case 'str':
    case 'inlineStr':
      return raw;
    case 'b':
      return raw === '1';
    case 'e':
      return null;
    case 'd':
      return raw.length >= 10 ? raw.slice(0, raw.endsWith('T00:00:00') ? 10 : 19) : raw;
    default: {
      const number = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(number)) return raw;
      if (format === 'percent') return percentValue(number);
      if (format === 'date') return serialToIso(number, date1904) ?? number;
      return number;
    }
  }
}
