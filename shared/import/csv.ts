import Papa from 'papaparse';
import type { Table } from './table';

export type CsvDelimiter = ';' | ',' | '\t';

/**
 * Decides the separator from the header row only: a data row's decimal commas ("47,5") would
 * otherwise outvote Danish Excel's ";". Ties prefer ";" (Danish Excel), then tab, then ",".
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === '\n' || char === '\r') {
      if (semicolons + commas + tabs > 0) break; // leading blank lines do not end the search
    } else if (char === ';') semicolons++;
    else if (char === ',') commas++;
    else if (char === '\t') tabs++;
  }
  if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
  if (tabs >= commas && tabs > 0) return '\t';
  if (commas > 0) return ',';
  return ';';
}

export interface CsvTable extends Table {
  delimiter: CsvDelimiter;
  /** Papa's structural complaints (e.g. a quote never closed), with the row they concern. */
  syntaxErrors: { row: number; message: string }[];
}

/**
 * Blank lines are kept while parsing and dropped afterwards, so each record's index + 1 stays
 * the row number Excel shows when it opens the same file (a quoted line break stays one row).
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  result.data.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    rows.push(record);
    rowNumbers.push(index + 1);
  });
  const syntaxErrors = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter' && error.type !== 'FieldMismatch')
    .map((error) => ({ row: (error.row ?? 0) + 1, message: danishPapaMessage(error.code) }));
  return { rows, rowNumbers, delimiter, syntaxErrors };
}

function danishPapaMessage(code: Papa.ParseError['code']): string {
  switch (code) {
    case 'MissingQuotes':
      return 'Et citationstegn (") åbnes, men lukkes aldrig.';
    case 'InvalidQuotes':
      return 'Forkert brug af citationstegn (") i et felt.';
    default:
      return 'Rækken kan ikke læses som CSV.';
  }
}
