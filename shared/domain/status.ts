/**
 * Statuses of indicators and areas for one round: measurements → rule → override.
 * The rules themselves live in status-rules.ts; this module finds the values they need.
 */
import type {
  AreaStatus,
  BarometerDataset,
  Indicator,
  IndicatorStatus,
  Measurement,
  Round,
  RoundId,
  Status,
  StatusOverride,
  StatusSettings,
} from './types';
import { periodText } from './periods';
import { roundsUpTo } from './rounds';
import { combineIndicatorStatuses, developmentStatus, onTrackStatus, type RuleOutcome } from './status-rules';
import { STATUS_WORD } from './wording';

export { combineIndicatorStatuses, roundToPrecision } from './status-rules';
export { latestRound, roundsUpTo, sortRounds } from './rounds';

type ValueLookup = (indicatorId: string, roundId: RoundId) => number | null;

/**
 * Values by indicator, then round. `onlyIndicators` limits it to the indicators being judged: the overview
 * needs six main indicators, and indexing 100,000 values to read thirty of them froze the page for 100 ms.
 */
function valueLookup(
  measurements: readonly Measurement[],
  onlyIndicators?: ReadonlySet<string>,
): ValueLookup {
  const values = new Map<string, Map<RoundId, number | null>>();
  for (const m of measurements) {
    if (onlyIndicators && !onlyIndicators.has(m.indicatorId)) continue;
    let byRound = values.get(m.indicatorId);
    if (!byRound) values.set(m.indicatorId, (byRound = new Map()));
    byRound.set(m.roundId, m.value);
  }
  return (indicatorId, roundId) => {
    const value = values.get(indicatorId)?.get(roundId);
    return value === undefined || value === null || !Number.isFinite(value) ? null : value;
  };
}

/**
 * The override a user set for this target and round. An override without a reason is not applied:
 * domain.md requires a reason, and a letter must never show a status nobody can explain.
 */
function findOverride(
  overrides: readonly StatusOverride[],
  scope: StatusOverride['scope'],
  targetId: string,
  roundId: RoundId,
): StatusOverride | undefined {
  const matching = overrides.filter(
    (o) => o.scope === scope && o.targetId === targetId && o.roundId === roundId && o.reason.trim() !== '',
  );
  // Several for the same target (e.g. merged backups): the newest decision wins.
  return matching.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

function overrideNote(override: StatusOverride): string {
  return `Ændret manuelt til ${STATUS_WORD[override.status].toLowerCase()}: ${override.reason.trim()}`;
}

interface Judgement {
  outcome: RuleOutcome;
  reference: number | null;
  referenceText: string;
}

/** The development rule against the previous round with a value, else the baseline. */
function judgeDevelopment(
  indicator: Indicator,
  latest: number,
  earlierRounds: readonly Round[],
  lookup: ValueLookup,
  settings: StatusSettings,
): Judgement {
  const common = {
    latest,
    direction: indicator.direction,
    precision: indicator.precision,
    unit: indicator.unit,
  };
  if (settings.developmentReference === 'previous') {
    for (const earlier of [...earlierRounds].reverse()) {
      const value = lookup(indicator.id, earlier.id);
      if (value !== null) {
        const referenceText = `forrige måling (${earlier.label})`;
        return {
          outcome: developmentStatus({ ...common, reference: value, referenceText }),
          reference: value,
          referenceText,
        };
      }
    }
  }
  const { baseline } = indicator;
  const referenceText = `basis (${periodText(baseline.period)})`;
  const outcome = developmentStatus({ ...common, reference: baseline.value, referenceText });
  const note =
    settings.developmentReference === 'previous' ? ' (ingen tidligere måling; sammenlignet med basis)' : '';
  return {
    outcome: { ...outcome, explanation: outcome.explanation + note },
    reference: baseline.value,
    referenceText,
  };
}

/** Applies the dataset's rule; on-track falls back to development when a period cannot be read. */
function judge(
  indicator: Indicator,
  latest: number,
  sortedRounds: readonly Round[],
  round: Round,
  lookup: ValueLookup,
  settings: StatusSettings,
): Judgement {
  const earlierRounds = sortedRounds.slice(0, -1);
  if (settings.rule !== 'on-track')
    return judgeDevelopment(indicator, latest, earlierRounds, lookup, settings);
  const onTrack = onTrackStatus({
    latest,
    baseline: indicator.baseline,
    target: indicator.target,
    roundPeriod: round.period,
    direction: indicator.direction,
    precision: indicator.precision,
    unit: indicator.unit,
  });
  if (!('unreadablePeriod' in onTrack)) {
    const referenceText = `basis (${periodText(indicator.baseline.period)})`;
    return { outcome: onTrack, reference: indicator.baseline.value, referenceText };
  }
  const fallback = judgeDevelopment(indicator, latest, earlierRounds, lookup, settings);
  const explanation = `Perioden «${onTrack.unreadablePeriod}» kan ikke læses, så status er vurderet efter udviklingen: ${fallback.outcome.explanation}`;
  return { ...fallback, outcome: { ...fallback.outcome, explanation } };
}

/** `sortedRounds` must be oldest first and end with the round being computed. */
function indicatorStatus(
  indicator: Indicator,
  sortedRounds: readonly Round[],
  roundId: RoundId,
  lookup: ValueLookup,
  settings: StatusSettings,
  overrides: readonly StatusOverride[],
): IndicatorStatus {
  const round = sortedRounds[sortedRounds.length - 1];
  const latest = round ? lookup(indicator.id, round.id) : null;
  const judgement =
    round && latest !== null ? judge(indicator, latest, sortedRounds, round, lookup, settings) : null;
  const computed: Status = judgement ? judgement.outcome.status : 'none';
  const explanation = judgement
    ? judgement.outcome.explanation
    : round
      ? `Ingen måling i ${round.label}`
      : `Målingen «${roundId}» findes ikke`;
  const override = round ? findOverride(overrides, 'indicator', indicator.id, round.id) : undefined;
  return {
    indicatorId: indicator.id,
    roundId,
    computed,
    status: override ? override.status : computed,
    ...(override ? { override } : {}),
    latest,
    reference: judgement ? judgement.reference : null,
    ...(judgement ? { referenceText: judgement.referenceText } : {}),
    expected: judgement ? judgement.outcome.expected : null,
    explanation: override ? `${explanation}. ${overrideNote(override)}` : explanation,
  };
}

/** One indicator's status in one round, with a short Danish explanation of how it was reached. */
export function computeIndicatorStatus(
  indicator: Indicator,
  rounds: readonly Round[],
  measurements: readonly Measurement[],
  roundId: RoundId,
  settings: StatusSettings,
  overrides: readonly StatusOverride[] = [],
): IndicatorStatus {
  return indicatorStatus(
    indicator,
    roundsUpTo(rounds, roundId),
    roundId,
    valueLookup(measurements),
    settings,
    overrides,
  );
}

export interface AreaStatusOptions {
  /**
   * Judge only what an area's light needs: its main indicator (or, without one, all its indicators). The
   * overview shows nothing else, and judging 20,000 sub-indicators for it took half a second of main thread.
   * `indicators` then holds just those statuses.
   */
  mainOnly?: boolean;
  /** Only these areas (the area screen shows one). */
  areaIds?: readonly string[];
}

/**
 * Every area's status in one round, in the areas' sort order. An area follows its main indicator
 * (domain.md); without one, its indicators are combined by the majority rule. An area override wins.
 * Linear in indicators, measurements and overrides: each is grouped once, never searched per indicator.
 */
export function computeAreaStatuses(
  dataset: BarometerDataset,
  roundId: RoundId,
  options: AreaStatusOptions = {},
): AreaStatus[] {
  const upTo = roundsUpTo(dataset.rounds, roundId);
  const wantedAreas = options.areaIds ? new Set(options.areaIds) : null;
  const areas = [...dataset.areas]
    .filter((area) => !wantedAreas || wantedAreas.has(area.id))
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const byArea = new Map<string, Indicator[]>();
  for (const indicator of dataset.indicators) {
    if (wantedAreas && !wantedAreas.has(indicator.areaId)) continue;
    const list = byArea.get(indicator.areaId);
    if (list) list.push(indicator);
    else byArea.set(indicator.areaId, [indicator]);
  }
  const judged = new Map<string, Indicator[]>();
  for (const [areaId, list] of byArea) {
    const sorted = list.sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
    const main = mainIndicatorOf(sorted);
    judged.set(areaId, options.mainOnly && main ? [main] : sorted);
  }
  const needed =
    options.mainOnly || wantedAreas ? new Set([...judged.values()].flat().map((i) => i.id)) : undefined;
  const lookup = valueLookup(dataset.measurements, needed);
  const overrides = overridesByTarget(dataset.overrides, roundId);
  return areas.map((area) => {
    const all = byArea.get(area.id) ?? [];
    const indicators = (judged.get(area.id) ?? []).map((indicator) =>
      indicatorStatus(
        indicator,
        upTo,
        roundId,
        lookup,
        dataset.statusSettings,
        overrides.get(`indicator:${indicator.id}`) ?? [],
      ),
    );
    const main = mainIndicatorOf(all);
    const mainStatus = main ? indicators.find((s) => s.indicatorId === main.id) : undefined;
    const computed = mainStatus
      ? mainStatus.status
      : combineIndicatorStatuses(indicators.map((s) => s.status));
    const override =
      upTo.length > 0
        ? findOverride(overrides.get(`area:${area.id}`) ?? [], 'area', area.id, roundId)
        : undefined;
    return {
      areaId: area.id,
      roundId,
      computed,
      status: override ? override.status : computed,
      ...(override ? { override } : {}),
      mainIndicatorId: main ? main.id : null,
      indicators,
    };
  });
}

/** The area's main indicator: the first by sort order (validation allows one). */
function mainIndicatorOf(indicators: readonly Indicator[]): Indicator | undefined {
  let main: Indicator | undefined;
  for (const indicator of indicators) {
    if (indicator.isMain && (!main || indicator.sortOrder < main.sortOrder)) main = indicator;
  }
  return main;
}

/** The round's overrides grouped by `scope:targetId`, so each indicator looks at its own few only. */
function overridesByTarget(
  overrides: readonly StatusOverride[],
  roundId: RoundId,
): Map<string, StatusOverride[]> {
  const grouped = new Map<string, StatusOverride[]>();
  for (const override of overrides) {
    if (override.roundId !== roundId) continue;
    const key = `${override.scope}:${override.targetId}`;
    const list = grouped.get(key);
    if (list) list.push(override);
    else grouped.set(key, [override]);
  }
  return grouped;
}
