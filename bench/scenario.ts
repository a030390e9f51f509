/** What every benchmark scenario reports: one row of the table and one entry of results.json. */

export type Unit = 'ms' | 'kB';

export interface Figure {
  value: number;
  unit: Unit;
}

export interface Baseline extends Figure {
  /** What the baseline is, in a few words ("docxtemplater, same content"). */
  description: string;
}

export interface Target {
  /** Human-readable target ("≤ 50 ms and ratio ≤ 1.0"). */
  description: string;
  /** Which checks failed, empty when the target is met. */
  failed: string[];
}

export interface ScenarioResult {
  id: string;
  name: string;
  /** null when the scenario could not be measured (see `notMeasured`). */
  figure: Figure | null;
  baseline: Baseline | null;
  /** figure / baseline (same unit), null when either is missing. */
  ratio: number | null;
  target: Target;
  /** null = not measured. */
  pass: boolean | null;
  /** "ikke målt: <reason>" when the scenario could not run. */
  notMeasured?: string;
  /** Extra lines: per-step medians, p90s, breakdowns. Printed under the table. */
  details: string[];
  /** The raw samples of the figure (ms), for results.json. */
  samples?: number[];
  baselineSamples?: number[];
}

export interface ScenarioContext {
  signal: AbortSignal;
  /** Progress line on stderr, so the table on stdout stays clean. */
  log: (message: string) => void;
}

export interface Scenario {
  /** "1" … "6": used by --only. */
  id: string;
  name: string;
  /** Upper bound for the whole scenario; run.ts aborts it with a clear message past this. */
  timeoutMs: number;
  /** `signal` aborts on timeout: browser scenarios close their browser on it. */
  run: (context: ScenarioContext) => Promise<ScenarioResult[]>;
}

export function notMeasured(
  id: string,
  name: string,
  targetDescription: string,
  reason: string,
): ScenarioResult {
  return {
    id,
    name,
    figure: null,
    baseline: null,
    ratio: null,
    target: { description: targetDescription, failed: [] },
    pass: null,
    notMeasured: `ikke målt: ${reason}`,
    details: [],
  };
}

/** Builds a result from a figure, its baseline and the target checks (each check: description + ok). */
export function result(input: {
  id: string;
  name: string;
  figure: Figure;
  baseline: Baseline | null;
  targetDescription: string;
  checks: { description: string; ok: boolean }[];
  details?: string[];
  samples?: number[];
  baselineSamples?: number[];
}): ScenarioResult {
  const { figure, baseline } = input;
  const ratio =
    baseline && baseline.value > 0 && baseline.unit === figure.unit ? figure.value / baseline.value : null;
  const failed = input.checks.filter((check) => !check.ok).map((check) => check.description);
  return {
    id: input.id,
    name: input.name,
    figure,
    baseline,
    ratio,
    target: { description: input.targetDescription, failed },
    pass: failed.length === 0,
    details: input.details ?? [],
    ...(input.samples ? { samples: input.samples } : {}),
    ...(input.baselineSamples ? { baselineSamples: input.baselineSamples } : {}),
  };
}

/** Why a module could not be loaded, in one line for "ikke målt". */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
