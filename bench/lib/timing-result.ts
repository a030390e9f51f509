import { result, type ScenarioResult } from '../scenario';
import { median } from '../stats';

/**
 * A timing scenario's result: the figure's median against the baseline's, checked against a ceiling in ms and,
 * when given, a ceiling on the ratio figure / baseline.
 */
export function timingResult(input: {
  id: string;
  name: string;
  targetDescription: string;
  /** The measured samples (ms) and the baseline's, measured the same way. */
  figure: number[];
  baseline: number[];
  baselineDescription: string;
  maxMedianMs: number;
  /** Decimals of the median in the failed check's text. */
  medianDecimals: number;
  maxRatio?: number;
  details: string[];
}): ScenarioResult {
  const figureMedian = median(input.figure);
  const baselineMedian = median(input.baseline);
  const checks = [
    {
      description: `median ${figureMedian.toFixed(input.medianDecimals)} ms > ${input.maxMedianMs} ms`,
      ok: figureMedian <= input.maxMedianMs,
    },
  ];
  if (input.maxRatio !== undefined)
    checks.push({
      description: `ratio ${(figureMedian / baselineMedian).toFixed(2)} > ${input.maxRatio.toFixed(1)}`,
      ok: figureMedian <= input.maxRatio * baselineMedian,
    });
  return result({
    id: input.id,
    name: input.name,
    figure: { value: figureMedian, unit: 'ms' },
    baseline: { value: baselineMedian, unit: 'ms', description: input.baselineDescription },
    targetDescription: input.targetDescription,
    checks,
    details: input.details,
    samples: input.figure,
    baselineSamples: input.baseline,
  });
}
