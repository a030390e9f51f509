/**
 * Checks a dataset for problems that would make statuses or letters wrong, with Danish messages that
 * say what and where. Run after an import and before a backup is restored; an empty list means fine.
 */
import type { BarometerDataset, PeriodValue } from './types';
import { parsePeriod } from './periods';

export interface DatasetProblem {
  message: string;
  /** Where in the dataset, e.g. `indicators[3].precision`. */
  path?: string;
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
    });
  }
  if (!Number.isFinite(value.value))
    problems.push({ message: `${what}: værdien mangler eller er ikke et tal`, path: `${path}.value` });
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
    ...duplicateIds(
      dataset.measurements.map((m) => ({ id: `${m.indicatorId}@${m.roundId}` })),
      'measurements',
      (id) => `Værdien for indikator og måling «${id}»`,
    ),
    ...duplicateIds(dataset.overrides, 'overrides', (id) => `Statusændringen «${id}»`),
  );

  dataset.areas.forEach((area, index) => {
    const mains = dataset.indicators.filter((indicator) => indicator.areaId === area.id && indicator.isMain);
    if (mains.length === 0) {
      problems.push({ message: `Området «${area.name}» har ingen hovedindikator`, path: `areas[${index}]` });
    } else if (mains.length > 1) {
      const ids = mains.map((indicator) => indicator.id).join(', ');
      problems.push({
        message: `Området «${area.name}» har ${mains.length} hovedindikatorer (${ids})`,
        path: `areas[${index}]`,
      });
    }
  });

  dataset.committees.forEach((committee, index) => {
    for (const areaId of committee.areaIds) {
      if (!areaIds.has(areaId)) {
        problems.push({
          message: `Udvalget «${committee.name}» er ansvarligt for et ukendt område «${areaId}»`,
          path: `committees[${index}].areaIds`,
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
      });
    }
    if (!Number.isInteger(indicator.precision) || indicator.precision < 0 || indicator.precision > 6) {
      problems.push({
        message: `${what} har præcisionen ${indicator.precision}; den skal være et helt antal decimaler fra 0 til 6`,
        path: `${path}.precision`,
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
        message: `Målingen «${round.label}» har perioden «${round.period}», som ikke kan læses (skriv fx 2008 eller 2008-05)`,
        path: `rounds[${index}].period`,
      });
    }
  });

  dataset.measurements.forEach((m, index) => {
    const path = `measurements[${index}]`;
    if (!indicatorIds.has(m.indicatorId))
      problems.push({
        message: `En værdi hører til en ukendt indikator «${m.indicatorId}»`,
        path: `${path}.indicatorId`,
      });
    if (!roundLabel.has(m.roundId))
      problems.push({
        message: `En værdi for «${m.indicatorId}» hører til en ukendt måling «${m.roundId}»`,
        path: `${path}.roundId`,
      });
    if (m.value !== null && !Number.isFinite(m.value))
      problems.push({
        message: `Værdien for «${m.indicatorId}» i målingen «${m.roundId}» er ikke et tal`,
        path: `${path}.value`,
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
      });
    if (!roundLabel.has(o.roundId))
      problems.push({
        message: `Statusændringen for ${target} gælder en ukendt måling «${o.roundId}»`,
        path: `${path}.roundId`,
      });
    if (o.reason.trim() === '') {
      problems.push({
        message: `Statusændringen for ${target} i målingen «${round}» mangler en begrundelse`,
        path: `${path}.reason`,
      });
    }
  });

  return problems;
}
