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

function valueLookup(measurements: readonly Measurement[]): ValueLookup {
  const values = new Map<string, number | null>();
  for (const m of measurements) values.set(`${m.indicatorId}\u0000${m.roundId}`, m.value);
  return (indicatorId, roundId) => {
    const value = values.get(`${indicatorId}\u0000${roundId}`);
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

/**
 * Every area's status in one round, in the areas' sort order. An area follows its main indicator
 * (domain.md); without one, its indicators are combined by the majority rule. An area override wins.
 */
export function computeAreaStatuses(dataset: BarometerDataset, roundId: RoundId): AreaStatus[] {
  const upTo = roundsUpTo(dataset.rounds, roundId);
  const lookup = valueLookup(dataset.measurements);
  const areas = [...dataset.areas].sort((a, b) => a.sortOrder - b.sortOrder);
  return areas.map((area) => {
    const indicators = dataset.indicators
      .filter((indicator) => indicator.areaId === area.id)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id))
      .map((indicator) =>
        indicatorStatus(indicator, upTo, roundId, lookup, dataset.statusSettings, dataset.overrides),
      );
    const main = dataset.indicators
      .filter((indicator) => indicator.areaId === area.id && indicator.isMain)
      .sort((a, b) => a.sortOrder - b.sortOrder)[0];
    const mainStatus = main ? indicators.find((s) => s.indicatorId === main.id) : undefined;
    const computed = mainStatus
      ? mainStatus.status
      : combineIndicatorStatuses(indicators.map((s) => s.status));
    const override = upTo.length > 0 ? findOverride(dataset.overrides, 'area', area.id, roundId) : undefined;
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
