/** Every problem an import can find, located so the user can open the file and fix it. */
export interface ImportProblem {
  file: string;
  /** Row as Excel shows it (header = 1); 0 when the problem concerns the whole file. */
  row: number;
  /** Header name and column letter, e.g. "værdi (kolonne H)"; '' when no single column is at fault. */
  column: string;
  /** Danish, without the location prefix: "«47,5x» er ikke et tal." */
  message: string;
  severity: 'error' | 'warning';
  /** Structured parts of `column`, for formatting and for the UI to highlight a cell. */
  columnName?: string;
  columnLetter?: string;
  /** JSON path in a backup, e.g. "indicators[3].baseline.value". */
  path?: string;
  /**
   * The same problem (same message, column and severity) in several rows, reported once: how many rows,
   * and the first of them (`row` is the first). Absent for a problem in one row.
   */
  sameInRows?: number;
  rows?: number[];
}

/** Rows named in a grouped problem; the rest are counted. */
export const GROUPED_ROWS_LISTED = 10;

/** Problems that are the same apart from the row: same file, column, field path, message and severity. */
export function problemKey(problem: ImportProblem): string {
  return `${problem.severity}\u0000${problem.file}\u0000${problem.column}\u0000${problem.path ?? ''}\u0000${problem.message}`;
}

/** Adds `row` to a grouped problem (the first occurrence stays in place). */
export function addRow(problem: ImportProblem, row: number): ImportProblem {
  const rows = problem.rows ?? [problem.row];
  if (rows.includes(row)) return problem;
  const sameInRows = (problem.sameInRows ?? 1) + 1;
  return { ...problem, sameInRows, rows: rows.length < GROUPED_ROWS_LISTED ? [...rows, row] : rows };
}

/**
 * One entry per distinct problem, in order of first occurrence: "samme fejl i 627 rækker: 3, 4, 5 …"
 * instead of 627 lines of one mistake burying the one that matters. The same problem twice in one row
 * counts once.
 */
export function groupProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const grouped: ImportProblem[] = [];
  const index = new Map<string, number>();
  for (const problem of problems) {
    const key = problemKey(problem);
    const at = index.get(key);
    const first = at === undefined ? undefined : grouped[at];
    if (at === undefined || !first) {
      index.set(key, grouped.length);
      grouped.push(problem);
    } else grouped[at] = addRow(first, problem.row);
  }
  return grouped;
}

/**
 * Problems with the file as a whole and with its header row come first (they explain all the others,
 * and may make them moot), then the rest in their order; identical problems grouped.
 */
export function headerProblemsFirst(problems: readonly ImportProblem[], headerRow: number): ImportProblem[] {
  const isHeader = (problem: ImportProblem) =>
    problem.row <= headerRow && !problem.message.startsWith('Der er ');
  return groupProblems([...problems.filter(isHeader), ...problems.filter((problem) => !isHeader(problem))]);
}

/** 0 → "A", 25 → "Z", 26 → "AA": the letters Excel shows above its columns. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface ProblemLocation {
  file: string;
  row: number;
  columnName?: string;
  columnIndex?: number;
}

export function makeProblem(
  location: ProblemLocation,
  message: string,
  severity: ImportProblem['severity'] = 'error',
): ImportProblem {
  const { file, row, columnName, columnIndex } = location;
  if (columnName === undefined) return { file, row, column: '', message, severity };
  const letter = columnIndex === undefined ? undefined : columnLetter(columnIndex);
  const column = letter ? `${columnName} (kolonne ${letter})` : columnName;
  return letter
    ? { file, row, column, message, severity, columnName, columnLetter: letter }
    : { file, row, column, message, severity, columnName };
}

/** `Fil «data.csv», række 14, kolonne «værdi» (H): «47,5x» er ikke et tal.` */
export function formatProblem(problem: ImportProblem): string {
  const parts = [`Fil «${problem.file}»`];
  const grouped = (problem.sameInRows ?? 1) > 1;
  if (problem.row > 0 && !grouped) parts.push(`række ${problem.row}`);
  if (problem.path) parts.push(`felt «${problem.path}»`);
  else if (problem.columnName) {
    parts.push(`kolonne «${problem.columnName}»${problem.columnLetter ? ` (${problem.columnLetter})` : ''}`);
  } else if (problem.column) parts.push(`kolonne ${problem.column}`);
  const prefix = problem.severity === 'warning' ? 'Advarsel: ' : '';
  const same = grouped ? ` ${sameRowsText(problem)}` : '';
  return `${prefix}${parts.join(', ')}: ${problem.message}${same}`;
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** "Samme fejl i 627 rækker: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 …" */
function sameRowsText(problem: ImportProblem): string {
  const count = problem.sameInRows ?? 1;
  const rows = problem.rows ?? [problem.row];
  const end = count > rows.length ? ' …' : '.';
  return `Samme fejl i ${count.toLocaleString('da-DK')} rækker: ${rows.join(', ')}${end}`;
}
