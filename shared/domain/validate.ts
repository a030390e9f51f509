/**
 * Checks a dataset for problems that would make statuses or letters wrong, with Danish messages that
 * say what and where. Run on the merged data before an import is stored and before a backup is restored.
 * Errors block those; warnings are shown but the data still works (an empty list means fine).
 */
import type { BarometerDataset, Direction, Indicator, Measurement, PeriodValue } from './types';
import { parsePeriod } from './periods';

export interface DatasetProblem {
  message: string;
  /** Where in the dataset, e.g. `indicators[3].precision`. */
  path?: string;
  /** `warning`: worth a look, but statuses and letters still come out right. */
  severity: 'error' | 'warning';
}

/** The data's word for a direction, as in the import file's «retning» column. */
export function directionWord(direction: Direction): string {
  return direction === 'up' ? 'op' : 'ned';
}

/**
 * A target on the wrong side of the baseline (direction «op», baseline 45, target 40) makes the on-track
 * line point backwards, so the indicator shows green at once. Usually the direction column is wrong.
 */
export function targetOnWrongSide(indicator: Pick<Indicator, 'direction' | 'baseline' | 'target'>): boolean {
  const rise = indicator.target.value - indicator.baseline.value;
  return indicator.direction === 'up' ? rise < 0 : rise > 0;
}

export function wrongSideMessage(direction: Direction): string {
  return `Målet ligger på den forkerte side af basis i forhold til retningen «${directionWord(direction)}» — tjek kolonnen «retning»`;
}

function duplicateIds(
  records: readonly { id: string }[],
  collection: string,
  describe: (id: string) => string,
): DatasetProblem[] {
  const seen = new Map<string, number>();
  const problems: DatasetProblem[] = [];
  records.forEach((record, index) => {
    const count = (seen.get(record.id) ?? 0) + 1;
    seen.set(record.id, count);
    if (count === 2)
      problems.push({
        message: `${describe(record.id)} findes mere end én gang`,
        path: `${collection}[${index}].id`,
        severity: 'error',
      });
  });
  return problems;
}

/** Like duplicateIds for values, keyed by indicator and round without a string per value. */
function duplicateMeasurements(measurements: readonly Measurement[]): DatasetProblem[] {
  const seen = new Map<string, Map<string, number>>();
  const problems: DatasetProblem[] = [];
  measurements.forEach((m, index) => {
    let rounds = seen.get(m.indicatorId);
    if (!rounds) seen.set(m.indicatorId, (rounds = new Map()));
    const count = (rounds.get(m.roundId) ?? 0) + 1;
    rounds.set(m.roundId, count);
    if (count === 2)
      problems.push({
        message: `Værdien for indikator og måling «${m.indicatorId}@${m.roundId}» findes mere end én gang`,
        path: `measurements[${index}].id`,
        severity: 'error',
      });
  });
  return problems;
}

function checkPeriodValue(what: string, value: PeriodValue, path: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (!parsePeriod(value.period)) {
    problems.push({
      message: `${what}: perioden «${value.period}» kan ikke læses (skriv fx 2006, 2008-05 eller maj 2008)`,
      path: `${path}.period`,
      severity: 'error',
    });
  }
  if (!Number.isFinite(value.value))
    problems.push({
      message: `${what}: værdien mangler eller er ikke et tal`,
      path: `${path}.value`,
      severity: 'error',
    });
  return problems;
}

export function validateDataset(dataset: BarometerDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const areaIds = new Set(dataset.areas.map((area) => area.id));
  const areaName = new Map(dataset.areas.map((area) => [area.id, area.name]));
  const indicatorIds = new Set(dataset.indicators.map((indicator) => indicator.id));
  const roundLabel = new Map(dataset.rounds.map((round) => [round.id, round.label]));

  problems.push(
    ...duplicateIds(dataset.areas, 'areas', (id) => `Området med id «${id}»`),
    ...duplicateIds(dataset.committees, 'committees', (id) => `Udvalget med id «${id}»`),
    ...duplicateIds(dataset.indicators, 'indicators', (id) => `Indikatoren «${id}»`),
    ...duplicateIds(dataset.rounds, 'rounds', (id) => `Målingen med id «${id}»`),
    ...duplicateMeasurements(dataset.measurements),
    ...duplicateIds(dataset.overrides, 'overrides', (id) => `Statusændringen «${id}»`),
  );

  dataset.areas.forEach((area, index) => {
    const mains = dataset.indicators.filter((indicator) => indicator.areaId === area.id && indicator.isMain);
    if (mains.length === 0) {
      problems.push({
        message: `Området «${area.name}» har ingen hovedindikator`,
        path: `areas[${index}]`,
        severity: 'error',
      });
    } else if (mains.length > 1) {
      const ids = mains.map((indicator) => indicator.id).join(', ');
      problems.push({
        message: `Området «${area.name}» har ${mains.length} hovedindikatorer (${ids})`,
        path: `areas[${index}]`,
        severity: 'error',
      });
    }
  });

  dataset.committees.forEach((committee, index) => {
    for (const areaId of committee.areaIds) {
      if (!areaIds.has(areaId)) {
        problems.push({
          message: `Udvalget «${committee.name}» er ansvarligt for et ukendt område «${areaId}»`,
          path: `committees[${index}].areaIds`,
          // The standing committees know their natural areas before any data names them (domain.md):
          // a committee's area that no data has yet leaves no status or letter wrong.
          severity: 'warning',
        });
      }
    }
  });

  dataset.indicators.forEach((indicator, index) => {
    const path = `indicators[${index}]`;
    const what = `Indikatoren «${indicator.id}»`;
    if (!areaIds.has(indicator.areaId)) {
      problems.push({
        message: `${what} hører til et ukendt område «${indicator.areaId}»`,
        path: `${path}.areaId`,
        severity: 'error',
      });
    }
    if (!Number.isInteger(indicator.precision) || indicator.precision < 0 || indicator.precision > 6) {
      problems.push({
        message: `${what} har præcisionen ${indicator.precision}; den skal være et helt antal decimaler fra 0 til 6`,
        path: `${path}.precision`,
        severity: 'error',
      });
    }
    if (targetOnWrongSide(indicator)) {
      problems.push({
        message: `${what}: ${wrongSideMessage(indicator.direction)}`,
        path: `${path}.target.value`,
        severity: 'warning',
      });
    }
    problems.push(
      ...checkPeriodValue(`${what}, basis`, indicator.baseline, `${path}.baseline`),
      ...checkPeriodValue(`${what}, mål`, indicator.target, `${path}.target`),
    );
  });

  dataset.rounds.forEach((round, index) => {
    if (!parsePeriod(round.period)) {
      problems.push({
        message: `Målingen «${round.label}» har perioden «${round.period}», som ikke kan læses (skriv fx 2008 eller 2008-05); den regnes aldrig som seneste måling`,
        path: `rounds[${index}].period`,
        // Such a round sorts by its name and is never the default: the import accepts it with a warning.
        severity: 'warning',
      });
    }
  });

  dataset.measurements.forEach((m, index) => {
    // The common case first, without building a path: a large import checks 100,000 sound values.
    if (
      indicatorIds.has(m.indicatorId) &&
      roundLabel.has(m.roundId) &&
      (m.value === null || Number.isFinite(m.value))
    )
      return;
    const path = `measurements[${index}]`;
    if (!indicatorIds.has(m.indicatorId))
      problems.push({
        message: `En værdi hører til en ukendt indikator «${m.indicatorId}»`,
        path: `${path}.indicatorId`,
        severity: 'error',
      });
    if (!roundLabel.has(m.roundId))
      problems.push({
        message: `En værdi for «${m.indicatorId}» hører til en ukendt måling «${m.roundId}»`,
        path: `${path}.roundId`,
        severity: 'error',
      });
    if (m.value !== null && !Number.isFinite(m.value))
      problems.push({
        message: `Værdien for «${m.indicatorId}» i målingen «${m.roundId}» er ikke et tal`,
        path: `${path}.value`,
        severity: 'error',
      });
  });

  dataset.overrides.forEach((o, index) => {
    const path = `overrides[${index}]`;
    const target =
      o.scope === 'area'
        ? `området «${areaName.get(o.targetId) ?? o.targetId}»`
        : `indikatoren «${o.targetId}»`;
    const round = roundLabel.get(o.roundId) ?? o.roundId;
    const known = o.scope === 'area' ? areaIds.has(o.targetId) : indicatorIds.has(o.targetId);
    if (!known)
      problems.push({
        message: `Statusændringen gælder ${target}, som ikke findes`,
        path: `${path}.targetId`,
        severity: 'error',
      });
    if (!roundLabel.has(o.roundId))
      problems.push({
        message: `Statusændringen for ${target} gælder en ukendt måling «${o.roundId}»`,
        path: `${path}.roundId`,
        severity: 'error',
      });
    if (o.reason.trim() === '') {
      problems.push({
        message: `Statusændringen for ${target} i målingen «${round}» mangler en begrundelse`,
        path: `${path}.reason`,
        severity: 'error',
      });
    }
  });

  const { committeeId } = dataset.sender;
  if (committeeId !== '' && !dataset.committees.some((committee) => committee.id === committeeId)) {
    problems.push({
      message: `Afsenderen er udvalget «${committeeId}», som ikke findes`,
      path: 'sender.committeeId',
      severity: 'error',
    });
  }

  return problems;
}
