/** Small statistics for benchmark samples: medians over repeated runs after a warm-up. */

export interface Summary {
  median: number;
  p90: number;
  min: number;
  max: number;
  runs: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

export function median(samples: readonly number[]): number {
  return quantile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
}

export function p90(samples: readonly number[]): number {
  return quantile(
    [...samples].sort((a, b) => a - b),
    0.9,
  );
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: sorted.length,
  };
}

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
}

/** Times `task` (ms, performance.now) `runs` times after `warmup` untimed calls. */
export async function measure(task: () => unknown, options: MeasureOptions = {}): Promise<number[]> {
  const { warmup = 2, runs = 7 } = options;
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Times two tasks alternately (A, B, A, B, …) so both see the same machine noise: on a shared 2-core machine a
 * burst of load then hits the figure and its baseline alike, and their ratio holds.
 */
export async function measurePair(
  figureTask: () => unknown,
  baselineTask: () => unknown,
  options: MeasureOptions = {},
): Promise<{ figure: number[]; baseline: number[] }> {
  const { warmup = 2, runs = 7 } = options;
  for (let i = 0; i < warmup; i++) {
    await figureTask();
    await baselineTask();
  }
  const figure: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await figureTask();
    figure.push(performance.now() - start);
    start = performance.now();
    await baselineTask();
    baseline.push(performance.now() - start);
  }
  return { figure, baseline };
}

export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function describeSamples(label: string, samples: readonly number[]): string {
  const s = summarize(samples);
  return `${label}: median ${formatMs(s.median)}, p90 ${formatMs(s.p90)}, min ${formatMs(s.min)}, max ${formatMs(s.max)} (${s.runs} runs)`;
}
