/** A cell as read: CSV gives text; XLSX gives numbers as numbers (no decimal-comma guessing) and dates as ISO text. */
export type Cell = string | number | boolean | null;

/** Rows of a sheet with the row numbers the user sees in Excel (header = 1), blank rows already left out. */
export interface Table {
  rows: Cell[][];
  rowNumbers: number[];
}
