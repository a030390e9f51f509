/**
 * The two status rules of domain.md as pure functions of numbers and periods. Both compare values only
 * after rounding to the indicator's precision: the barometer publishes whole numbers by default, and a
 * change the reader cannot see in the published figure must not turn a light red or green.
 */
import type { Direction, PeriodValue, Status } from './types';
import { parsePeriod, periodText, periodToYearFraction } from './periods';
import { roundToPrecision } from './rounding';
import { formatValue } from './wording';

export { roundToPrecision };

export type LightStatus = Exclude<Status, 'none'>;

export interface RuleOutcome {
  status: LightStatus;
  /** On-track rule only: the value expected at the round's period on the baseline→target line. */
  expected: number | null;
  explanation: string;
}

/** Positive when `a` is better than `b` in the indicator's direction. */
function betterBy(a: number, b: number, direction: Direction): number {
  return direction === 'up' ? a - b : b - a;
}

export interface DevelopmentInput {
  latest: number;
  reference: number;
  /** How the reference is named in the explanation: "basis (2006)", "forrige måling (Maj 2007)". */
  referenceText: string;
  direction: Direction;
  precision: number;
  unit: string;
}

/** Rule 1, the national barometer: better than the reference → green, equal → yellow, worse → red. */
export function developmentStatus(input: DevelopmentInput): RuleOutcome {
  const { direction, precision, unit } = input;
  const latest = roundToPrecision(input.latest, precision);
  const reference = roundToPrecision(input.reference, precision);
  const difference = betterBy(latest, reference, direction);
  const status: LightStatus = difference > 0 ? 'green' : difference < 0 ? 'red' : 'yellow';
  const word = { green: 'fremgang', yellow: 'uændret', red: 'tilbagegang' }[status];
  const shown = (value: number) => formatValue(value, unit, precision);
  return {
    status,
    expected: null,
    explanation: `${shown(latest)} mod ${input.referenceText} ${shown(reference)}: ${word}`,
  };
}

export interface OnTrackInput {
  latest: number;
  baseline: PeriodValue;
  target: PeriodValue;
  roundPeriod: string;
  direction: Direction;
  precision: number;
  unit: string;
}

export type OnTrackResult = RuleOutcome | { unreadablePeriod: string };

/**
 * Rule 2, Copenhagen's "på rette kurs mod målsætningen": the expected value lies on the straight line
 * from baseline to target. At or beyond it → green; better than baseline but behind → yellow; else red.
 * Returns `unreadablePeriod` when a period cannot be placed in time, so the caller can fall back.
 */
export function onTrackStatus(input: OnTrackInput): OnTrackResult {
  const { direction, precision, unit, baseline, target } = input;
  const basePeriod = parsePeriod(baseline.period);
  const targetPeriod = parsePeriod(target.period);
  const roundPeriod = parsePeriod(input.roundPeriod);
  if (!basePeriod) return { unreadablePeriod: baseline.period };
  if (!targetPeriod) return { unreadablePeriod: target.period };
  if (!roundPeriod) return { unreadablePeriod: input.roundPeriod };

  const latest = roundToPrecision(input.latest, precision);
  const base = roundToPrecision(baseline.value, precision);
  const goal = roundToPrecision(target.value, precision);
  const shown = (value: number) => formatValue(value, unit, precision);

  if (betterBy(latest, goal, direction) >= 0) {
    return {
      status: 'green',
      expected: goal,
      explanation: `${shown(latest)}: målsætningen ${shown(goal)} (${periodText(target.period)}) er nået`,
    };
  }
  if (base === goal) {
    // A flat line expects the target all along: anything short of it is off course.
    return {
      status: 'red',
      expected: goal,
      explanation: `${shown(latest)}: målet ${shown(goal)} er endnu ikke nået`,
    };
  }

  const tBase = periodToYearFraction(basePeriod);
  const tTarget = periodToYearFraction(targetPeriod);
  const tRound = periodToYearFraction(roundPeriod);
  if (tRound <= tBase) {
    // Nothing is expected yet at or before the baseline period: judge the movement since the baseline.
    const development = developmentStatus({
      ...input,
      reference: base,
      referenceText: `basis (${periodText(baseline.period)})`,
    });
    return {
      ...development,
      explanation: `Målingen ligger ikke efter basisperioden: ${development.explanation}`,
    };
  }
  // Past the target period (or a target period not after the baseline) the line has reached the target.
  const progress = tTarget > tBase ? Math.min(1, (tRound - tBase) / (tTarget - tBase)) : 1;
  const expected = base + progress * (goal - base);
  const line = `forventet ${shown(expected)} på vej fra basis ${shown(base)} (${periodText(baseline.period)}) til mål ${shown(goal)} (${periodText(target.period)})`;

  if (betterBy(latest, roundToPrecision(expected, precision), direction) >= 0) {
    return { status: 'green', expected, explanation: `${shown(latest)} mod ${line}: på rette kurs` };
  }
  if (betterBy(latest, base, direction) > 0) {
    return {
      status: 'yellow',
      expected,
      explanation: `${shown(latest)} mod ${line}: fremgang, men bag kurs`,
    };
  }
  const word = latest === base ? 'ingen fremgang siden basis' : 'tilbagegang siden basis';
  return { status: 'red', expected, explanation: `${shown(latest)} mod ${line}: ${word}` };
}

/**
 * The national barometer's majority rule for several indicators of one goal, each weighing the same.
 * 'none' entries are ignored. One → itself; the status most indicators share wins; a tie for the most
 * (two different of two, one of each of three, two against two of four) → yellow (unchanged).
 */
export function combineIndicatorStatuses(statuses: readonly Status[]): Status {
  const counts = new Map<LightStatus, number>();
  for (const status of statuses) {
    if (status !== 'none') counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  if (counts.size === 0) return 'none';
  const most = Math.max(...counts.values());
  const leaders = [...counts.entries()].filter(([, count]) => count === most);
  return leaders.length === 1 && leaders[0] ? leaders[0][0] : 'yellow';
}
