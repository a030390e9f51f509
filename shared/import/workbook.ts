import type { Cell, Table } from './table';

/** One sheet of a spreadsheet (or the one table of a CSV): every non-blank row, numbered as the program shows it. */
export interface SheetTable extends Table {
  name: string;
  /** Widest row, in columns. */
  columnCount: number;
}

/** What the import offers to choose from: each sheet's name and size. */
export interface SheetSummary {
  name: string;
  rows: number;
  columns: number;
}

export function summariseSheets(sheets: readonly SheetTable[]): SheetSummary[] {
  return sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length, columns: sheet.columnCount }));
}

/** A sheet with one of these words in its name is preferred over the first non-empty sheet. */
const PREFERRED_SHEET = /data|barometer/i;

/** The sheet asked for by name, else a non-empty sheet named like data, else the first non-empty one. */
export function chooseSheet(sheets: readonly SheetTable[], wanted?: string): SheetTable | undefined {
  if (wanted !== undefined) {
    const lowered = wanted.trim().toLocaleLowerCase('da-DK');
    return sheets.find((sheet) => sheet.name.trim().toLocaleLowerCase('da-DK') === lowered);
  }
  const filled = sheets.filter((sheet) => sheet.rows.length > 0);
  return filled.find((sheet) => PREFERRED_SHEET.test(sheet.name)) ?? filled[0] ?? sheets[0];
}

/** Builds a sheet row by row; blank rows are left out but keep their numbers. */
export class SheetBuilder {
  private readonly rows: Cell[][] = [];
  private readonly rowNumbers: number[] = [];
  private columnCount = 0;

  constructor(private readonly name: string) {}

  add(rowNumber: number, cells: Cell[]): void {
    let last = cells.length - 1;
    while (last >= 0 && isBlank(cells[last])) last--;
    if (last < 0) return;
    cells.length = last + 1;
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    this.rows.push(cells);
    this.rowNumbers.push(rowNumber);
    if (cells.length > this.columnCount) this.columnCount = cells.length;
  }

  finish(): SheetTable {
    return { name: this.name, rows: this.rows, rowNumbers: this.rowNumbers, columnCount: this.columnCount };
  }
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Excel serial day (1900 system, with its 1900 leap-year bug; or the 1904 system) → ISO date, time only if any. */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = date1904 ? serial + 1462 : serial;
  const ms = Math.round((days - 25569) * 86400000);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** 0.525 shown as «52,5 %» is 52.5 to the user: percent cells are read as shown, without binary noise. */
export function percentValue(value: number): number {
  return Number((value * 100).toPrecision(12));
}

/** Longest sheet dimension read: a hostile file claiming a million repeated columns is cut short here. */
export const MAX_COLUMNS = 1024;

/**
 * Most filled cells read from one spreadsheet (all its sheets together). A 100,000-row × 12-column data
 * sheet (1.2 million cells) is read; a denser file is refused while it is read, before it can take more
 * than a few seconds and a few hundred MB (a 10 MB .xlsx can hold over 6 million cells).
 */
export const MAX_FILLED_CELLS = 1_500_000;

/**
 * Counts the filled cells of a workbook as its readers store them, and stops the reading the moment
 * there are more than the limit, with a Danish message naming the sheet.
 */
export class CellBudget {
  private used = 0;
  private firstSheet: string | undefined;

  constructor(
    private readonly fail: (message: string) => Error,
    readonly limit = MAX_FILLED_CELLS,
  ) {}

  /** `count` more filled cells in the sheet `sheet`; throws past the limit. */
  take(count: number, sheet: string): void {
    this.firstSheet ??= sheet;
    this.used += count;
    if (this.used <= this.limit) return;
    const limit = this.limit.toLocaleString('da-DK');
    const where =
      sheet === this.firstSheet
        ? `Arket «${sheet}» har mere end ${limit} udfyldte celler`
        : `Regnearkets ark har tilsammen mere end ${limit} udfyldte celler (grænsen nås i arket «${sheet}»)`;
    throw this.fail(
      `${where}; Barometerbrev kan højst læse ${limit}. Gem kun de rækker, der skal importeres, eller del filen op.`,
    );
  }
}

/**
 * Longest text read from one cell: Excel's own limit (32,767 characters). A longer one is no data, and one
 * cell of 90 MB (a 1 MB file can hold it) would keep the column guessing and validation busy for minutes.
 */
export const MAX_CELL_CHARS = 32_767;

/** The refusal for a cell past MAX_CELL_CHARS, `where` as the spreadsheet shows it («B12»). */
export function cellTooLongMessage(sheet: string, where: string): string {
  return `Cellen ${where} i arket «${sheet}» har mere end ${MAX_CELL_CHARS.toLocaleString('da-DK')} tegn; så lange tekster kan et regneark ikke gemme, og de er ikke data. Ret cellen, og gem filen igen.`;
}
