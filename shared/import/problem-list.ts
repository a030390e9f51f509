import type { ImportProblem } from './problems';

/** Above this many, problems are counted, not listed: nobody reads 100,000 copies of one mistake. */
const MAX_LISTED = 500;

export class ProblemList {
  readonly items: ImportProblem[] = [];
  private suppressed = 0;
  private suppressedErrors = 0;

  add(problem: ImportProblem): void {
    if (this.items.length < MAX_LISTED) this.items.push(problem);
    else {
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
