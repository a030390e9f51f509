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
  if (problem.row > 0) parts.push(`række ${problem.row}`);
  if (problem.path) parts.push(`felt «${problem.path}»`);
  else if (problem.columnName) {
    parts.push(`kolonne «${problem.columnName}»${problem.columnLetter ? ` (${problem.columnLetter})` : ''}`);
  } else if (problem.column) parts.push(`kolonne ${problem.column}`);
  const prefix = problem.severity === 'warning' ? 'Advarsel: ' : '';
  return `${prefix}${parts.join(', ')}: ${problem.message}`;
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
