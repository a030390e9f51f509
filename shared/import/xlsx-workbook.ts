import { strFromU8 } from 'fflate';
import { Parser } from 'saxen';
import type { Cell } from './table';
import { MAX_COLUMNS, percentValue, serialToIso, SheetBuilder, type SheetTable } from './workbook';
import { unpackXlsxParts, XlsxReadError } from './xlsx';

/**
 * Reads every sheet of an .xlsx as the user sees it: shared and inline strings, numbers as numbers,
 * percent-formatted cells as shown (0,525 → 52,5), date-formatted cells as ISO dates, formulas by their
 * cached value, error cells as empty, merged cells' value across the merged columns of their row.
 * Only the parts the workbook references are unpacked.
 */
export function readXlsxWorkbook(bytes: Uint8Array): SheetTable[] {
  const parts = unpack(
    bytes,
    (name) =>
      name === 'xl/workbook.xml' ||
      name === 'xl/_rels/workbook.xml.rels' ||
      name === 'word/document.xml' ||
      name === 'ppt/presentation.xml',
  );
  const workbookXml = parts['xl/workbook.xml'];
  if (!workbookXml) {
    const what = parts['word/document.xml']
      ? 'et Word-dokument'
      : parts['ppt/presentation.xml']
        ? 'en PowerPoint-præsentation'
        : 'en ZIP-fil';
    throw new XlsxReadError(`Filen er ${what}, ikke et Excel-regneark. Gem data som .xlsx eller CSV.`);
  }
  const workbook = readWorkbookXml(strFromU8(workbookXml));
  const targets = readRelationships(strFromU8(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array()));
  const sheetPaths = workbook.sheets.map((sheet) => resolveTarget(targets.get(sheet.relId) ?? ''));
  const sharedPath = [...targets.values()].find((t) => /sharedStrings\.xml$/i.test(t));
  const stylesPath = [...targets.values()].find((t) => /styles\.xml$/i.test(t));
  const wanted = new Set<string>(sheetPaths);
  if (sharedPath) wanted.add(resolveTarget(sharedPath));
  if (stylesPath) wanted.add(resolveTarget(stylesPath));
  const content = unpack(bytes, (name) => wanted.has(name));
  const shared = sharedPath ? readSharedStrings(text(content[resolveTarget(sharedPath)])) : [];
  const styles = stylesPath ? readStyles(text(content[resolveTarget(stylesPath)])) : [];
  if (workbook.sheets.length === 0) throw new XlsxReadError('Excel-filen har ingen ark.');
  return workbook.sheets.map((sheet, index) =>
    readSheet(sheet.name, text(content[sheetPaths[index] ?? '']), shared, styles, workbook.date1904),
  );
}

/** Only the wanted parts, within the spreadsheet zip limits (zip bombs, lying sizes: H6's safeUnzip). */
function unpack(bytes: Uint8Array, keep: (name: string) => boolean): Record<string, Uint8Array> {
  return unpackXlsxParts(bytes, keep);
}

function text(bytes: Uint8Array | undefined): string {
  return bytes ? strFromU8(bytes) : '';
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function parseXml(xml: string, setup: (parser: Parser) => void): void {
  const parser = new Parser();
  setup(parser);
  parser.on('error', () => {
    throw new XlsxReadError(
      'Excel-filen kan ikke læses; den er måske beskadiget. Gem den igen som .xlsx eller CSV.',
    );
  });
  parser.parse(xml);
}

function readWorkbookXml(xml: string): {
  sheets: { name: string; relId: string }[];
  date1904: boolean;
} {
  const sheets: { name: string; relId: string }[] = [];
  let date1904 = false;
  parseXml(xml, (parser) =>
    parser.on('openTag', (name, attrs, decode) => {
      const local = localName(name);
      if (local === 'sheet') {
        const a = attrs();
        const relId = Object.entries(a).find(([key]) => localName(key) === 'id' && key.includes(':'));
        // saxen hands attribute values over as written: «Tal &amp; data» is decoded here.
        sheets.push({
          name: a.name === undefined ? `Ark ${sheets.length + 1}` : decode(a.name),
          relId: decode(relId?.[1] ?? ''),
        });
      } else if (local === 'workbookPr') {
        const value = attrs().date1904;
        date1904 = value === '1' || value === 'true';
      }
    }),
  );
  return { sheets, date1904 };
}

function readRelationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === '') return targets;
  parseXml(xml, (parser) =>
    parser.on('openTag', (name, attrs, decode) => {
      if (localName(name) !== 'Relationship') return;
      const a = attrs();
      if (a.Id && a.Target) targets.set(decode(a.Id), decode(a.Target));
    }),
  );
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

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  parseXml(xml, (parser) => {
    parser.on('openTag', (name, _attrs, _decode, selfClosing) => {
      const local = localName(name);
      if (local === 'si') {
        current = '';
        if (selfClosing) strings.push('');
      } else if (local === 't') inText = !selfClosing;
      else if (local === 'rPh') inPhonetic = true;
    });
    parser.on('closeTag', (name) => {
      const local = localName(name);
      if (local === 'si') strings.push(current);
      else if (local === 't') inText = false;
      else if (local === 'rPh') inPhonetic = false;
    });
    parser.on('text', (value, decode) => {
      if (inText && !inPhonetic) current += decode(value);
    });
  });
  return strings;
}

type CellFormat = 'general' | 'percent' | 'date';

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const BUILTIN_PERCENT = new Set([9, 10]);

/** Each cell style (the `s` of a cell) → how its number is shown. */
function readStyles(xml: string): CellFormat[] {
  const customFormats = new Map<number, string>();
  const formats: CellFormat[] = [];
  let inCellXfs = false;
  parseXml(xml, (parser) => {
    parser.on('openTag', (name, attrs, decode, selfClosing) => {
      const local = localName(name);
      if (local === 'numFmt') {
        const a = attrs();
        customFormats.set(Number(a.numFmtId), decode(a.formatCode ?? ''));
      } else if (local === 'cellXfs') inCellXfs = !selfClosing;
      else if (local === 'xf' && inCellXfs) {
        const id = Number(attrs().numFmtId ?? 0);
        const code = customFormats.get(id);
        formats.push(code !== undefined ? formatOfCode(code) : builtinFormat(id));
      }
    });
    parser.on('closeTag', (name) => {
      if (localName(name) === 'cellXfs') inCellXfs = false;
    });
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

function readSheet(
  name: string,
  xml: string,
  shared: readonly string[],
  styles: readonly CellFormat[],
  date1904: boolean,
): SheetTable {
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

  parseXml(xml, (parser) => {
    parser.on('openTag', (tag, attrs, _decode, selfClosing) => {
      switch (localName(tag)) {
        case 'row': {
          const r = Number(attrs().r);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
          rows.set(rowNumber, cells);
          order.push(rowNumber);
          column = 0;
          break;
        }
        case 'c': {
          const a = attrs();
          column = columnOf(a.r) ?? column;
          type = a.t ?? 'n';
          style = Number(a.s ?? 0);
          value = '';
          hasValue = false;
          if (selfClosing) column++;
          break;
        }
        case 'v':
          collecting = !selfClosing;
          break;
        case 'is':
          inInline = true;
          break;
        case 't':
          if (inInline) collecting = !selfClosing;
          break;
        case 'mergeCell': {
          const ref = attrs().ref;
          if (ref) merges.push(ref);
          break;
        }
      }
    });
    parser.on('closeTag', (tag) => {
      switch (localName(tag)) {
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
          if (hasValue && column < MAX_COLUMNS)
            cells[column] = cellValue(type, value, styles[style] ?? 'general', shared, date1904);
          column++;
          break;
      }
    });
    parser.on('text', (chunk, decode) => {
      if (!collecting) return;
      value += decode(chunk);
      hasValue = true;
    });
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
    if (row)
      builder.add(
        r,
        Array.from(row, (cell) => cell ?? null),
      );
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
