import type { BarometerDataset } from '../domain/types';

export interface ReferenceProblem {
  path: string;
  message: string;
}

/**
 * What a schema cannot see: duplicate ids and records pointing at nothing. Restoring such a
 * backup would leave measurements no screen can show or letters about areas that do not exist.
 */
export function checkBackupReferences(data: BarometerDataset): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const ids = (collection: string, records: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id)) {
        problems.push({
          path: `${collection}[${index}].id`,
          message: `id «${record.id}» findes allerede tidligere i listen.`,
        });
      }
      seen.add(record.id);
    });
    return seen;
  };
  const areaIds = ids('areas', data.areas);
  const committeeIds = ids('committees', data.committees);
  const indicatorIds = ids('indicators', data.indicators);
  const roundIds = ids('rounds', data.rounds);
  ids('measurements', data.measurements);
  ids('overrides', data.overrides);

  const mustExist = (known: Set<string>, value: string, path: string, what: string): void => {
    if (!known.has(value))
      problems.push({
        path,
        message: `henviser til ${what} «${value}», som ikke findes i sikkerhedskopien.`,
      });
  };
  data.committees.forEach((committee, index) =>
    committee.areaIds.forEach((areaId, areaIndex) =>
      mustExist(areaIds, areaId, `committees[${index}].areaIds[${areaIndex}]`, 'området'),
    ),
  );
  data.indicators.forEach((indicator, index) =>
    mustExist(areaIds, indicator.areaId, `indicators[${index}].areaId`, 'området'),
  );
  data.measurements.forEach((measurement, index) => {
    mustExist(indicatorIds, measurement.indicatorId, `measurements[${index}].indicatorId`, 'indikatoren');
    mustExist(roundIds, measurement.roundId, `measurements[${index}].roundId`, 'målingen');
  });
  data.overrides.forEach((override, index) => {
    mustExist(roundIds, override.roundId, `overrides[${index}].roundId`, 'målingen');
    const targets = override.scope === 'area' ? areaIds : indicatorIds;
    mustExist(
      targets,
      override.targetId,
      `overrides[${index}].targetId`,
      override.scope === 'area' ? 'området' : 'indikatoren',
    );
  });
  if (data.sender.committeeId !== '') {
    mustExist(committeeIds, data.sender.committeeId, 'sender.committeeId', 'udvalget');
  }
  return problems;
}
