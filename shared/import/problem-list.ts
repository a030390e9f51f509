import { addRow, problemKey, type ImportProblem } from './problems';

/**
 * Above this many distinct problems, the rest are counted, not listed; repeats of a listed problem in other
 * rows are grouped into it ("samme fejl i 627 rækker"): nobody reads 100,000 copies of one mistake.
 */
const MAX_LISTED = 500;

export class ProblemList {
  readonly items: ImportProblem[] = [];
  private suppressed = 0;
  private suppressedErrors = 0;

  /** Where each distinct problem is listed, so a repeat only adds its row (see groupProblems). */
  private readonly listed = new Map<string, number>();

  add(problem: ImportProblem): void {
    const key = problemKey(problem);
    const at = this.listed.get(key);
    const first = at === undefined ? undefined : this.items[at];
    if (at !== undefined && first) {
      this.items[at] = addRow(first, problem.row);
      return;
    }
    if (this.items.length < MAX_LISTED) {
      this.listed.set(key, this.items.length);
      this.items.push(problem);
    } else {
      this.suppressed++;
      if (problem.severity === 'error') this.suppressedErrors++;
    }
  }

  addAll(problems: readonly ImportProblem[]): void {
    for (const problem of problems) this.add(problem);
  }

  /** The listed problems, plus one line saying how many more there were. */
  finish(file: string): ImportProblem[] {
    if (this.suppressed === 0) return this.items;
    return [
      ...this.items,
      {
        file,
        row: 0,
        column: '',
        severity: this.suppressedErrors > 0 ? 'error' : 'warning',
        message: `Der er ${this.suppressed} problemer mere, som ikke vises her. Ret de viste, og indlæs filen igen.`,
      },
    ];
  }
}
