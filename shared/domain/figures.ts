/**
 * The figures a status was decided on, for every place that shows them: the overview card, the area screen,
 * the charts and the letter's annex. The rules compare values rounded to the indicator's precision; a screen
 * that rounded the raw difference instead said "▼ −1 point" beside a yellow light for 57,5 against 58,0.
 */
import { periodText } from './periods';
import { roundToPrecision } from './rounding';
import type { Indicator, IndicatorStatus, Status, StatusOverride } from './types';

export interface DecidedFigures {
  /** The round's value, rounded as the rule compared it; null = no measurement. */
  latest: number | null;
  /** The value it was compared with (baseline or previous round), rounded the same way. */
  reference: number | null;
  /** `latest − reference` of the rounded values, i.e. exactly the movement the rule saw. */
  difference: number | null;
  /** The movement in the indicator's direction: what decided a development status. */
  movement: 'better' | 'same' | 'worse' | null;
  /** How the reference is named after "siden": "basis 2006", "forrige måling (Maj 2007)". */
  since: string;
  /** On-track rule: the value expected on the baseline→target line, rounded. */
  expected: number | null;
  /** The status shown (an override's, if any) and the one the rule computed. */
  status: Status;
  computed: Status;
  override: StatusOverride | null;
}

/** The rounded figures and the status of one indicator's status, as the rule decided them. */
export function decidedFigures(indicator: Indicator, status: IndicatorStatus): DecidedFigures {
  const round = (value: number | null): number | null =>
    value === null ? null : roundToPrecision(value, indicator.precision);
  const latest = round(status.latest);
  const reference = round(status.reference);
  const difference =
    latest === null || reference === null ? null : roundToPrecision(latest - reference, indicator.precision);
  const better = difference === null ? null : indicator.direction === 'down' ? -difference : difference;
  const movement = better === null ? null : better > 0 ? 'better' : better < 0 ? 'worse' : 'same';
  const since = (status.referenceText ?? `basis (${periodText(indicator.baseline.period)})`).replace(
    /^basis \((.*)\)$/,
    'basis $1',
  );
  return {
    latest,
    reference,
    difference,
    movement,
    since,
    expected: round(status.expected),
    status: status.status,
    computed: status.computed,
    override: status.override ?? null,
  };
}

/** Why an area's light is not the computed one: its own override, or its main indicator's (which it follows). */
export interface AreaOverrideNote {
  scope: 'area' | 'indicator';
  reason: string;
  /** The status the rule computed before the override. */
  computed: Status;
  /** Danish sentence for hover and screen readers: "Status ændret manuelt for hovedindikatoren: …". */
  text: string;
}

export function areaOverrideNote(status: {
  override?: StatusOverride;
  computed: Status;
  mainIndicatorId: string | null;
  indicators: readonly IndicatorStatus[];
}): AreaOverrideNote | null {
  if (status.override) {
    const reason = status.override.reason.trim();
    return { scope: 'area', reason, computed: status.computed, text: `Status ændret manuelt: ${reason}` };
  }
  const main = status.indicators.find((s) => s.indicatorId === status.mainIndicatorId);
  if (!main?.override) return null;
  const reason = main.override.reason.trim();
  return {
    scope: 'indicator',
    reason,
    computed: main.computed,
    text: `Hovedindikatorens status ændret manuelt: ${reason}`,
  };
}
