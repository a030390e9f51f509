import type { Area, BarometerDataset, Indicator } from '../domain/types';
import { validateDataset, type DatasetProblem } from '../domain/validate';
import { joinDanish } from '../domain/wording';
import { applyImport } from './diff';
import { FIELD_HEADER, type FieldKey } from './fields';
import { makeProblem, type ImportProblem } from './problems';
import type { ImportRecords } from './records';

/**
 * The file checked together with the stored data. A file can be sound on its own and still break the
 * data it lands in: stored udd-1 is the main indicator, the file makes udd-2 main → two mains, and the
 * area's status would silently follow whichever came first. The import runs validateDataset on what
 * the data WOULD be, and reports what the file makes wrong, at the file's row where it can.
 */

/** The stored data with an import's new and changed records laid over it (what storeImport would leave). */
export function mergeImport(existing: BarometerDataset, incoming: ImportRecords): BarometerDataset {
  const upsert = applyImport(existing, incoming);
  const merge = <T extends { id: string }>(old: readonly T[], next: readonly T[]): T[] => {
    const byId = new Map(old.map((record) => [record.id, record]));
    for (const record of next) byId.set(record.id, record);
    return [...byId.values()];
  };
  return {
    ...existing,
    areas: merge(existing.areas, upsert.areas),
    indicators: merge(existing.indicators, upsert.indicators),
    rounds: merge(existing.rounds, upsert.rounds),
    measurements: merge(existing.measurements, upsert.measurements),
  };
}

/**
 * Errors the import would bring into the stored data: those of the merged data that the stored data does
 * not already have (a problem already stored is not this file's doing, and refusing every import would
 * lock out the one that fixes it). `leaveOutFileOwn`: leave out what the file shows on its own — the row
 * checks of the file report those already, with their exact cell (for the preview, to say it once).
 */
export function checkImportAgainstStored(
  existing: BarometerDataset,
  incoming: ImportRecords,
  file: string,
  options: { leaveOutFileOwn?: boolean } = {},
): ImportProblem[] {
  const steps = checkSteps(existing, incoming, file, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * checkImportAgainstStored with `pause` awaited between its passes over the data: after an import of 100,000
 * values each pass takes tens of milliseconds, and all of them in one go held the page for over 200 ms.
 */
export async function checkImportAgainstStoredInSteps(
  existing: BarometerDataset,
  incoming: ImportRecords,
  file: string,
  pause: () => Promise<void>,
  options: { leaveOutFileOwn?: boolean } = {},
): Promise<ImportProblem[]> {
  const steps = checkSteps(existing, incoming, file, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The check, one pass over the data per step. */
function* checkSteps(
  existing: BarometerDataset,
  incoming: ImportRecords,
  file: string,
  options: { leaveOutFileOwn?: boolean },
): Generator<void, ImportProblem[]> {
  const merged = mergeImport(existing, incoming);
  yield;
  const already = new Set(errorsOf(existing).map((problem) => problem.message));
  if (options.leaveOutFileOwn) {
    yield;
    const fileAlone: BarometerDataset = { ...existing, ...incoming, committees: [], overrides: [] };
    for (const problem of errorsOf(fileAlone)) already.add(problem.message);
  }
  yield;
  return errorsOf(merged)
    .filter((problem) => !already.has(problem.message))
    .map((problem) => locate(problem, { existing, merged, incoming, file }));
}

function errorsOf(dataset: BarometerDataset): DatasetProblem[] {
  return validateDataset(dataset).filter((problem) => problem.severity === 'error');
}

interface Context {
  existing: BarometerDataset;
  merged: BarometerDataset;
  incoming: ImportRecords;
  file: string;
}

/** Indicator paths → the import column holding that field. */
const COLUMN_OF_PATH: readonly [suffix: string, field: FieldKey][] = [
  ['.baseline.period', 'baselinePeriod'],
  ['.baseline.value', 'baselineValue'],
  ['.target.period', 'targetPeriod'],
  ['.target.value', 'targetValue'],
  ['.precision', 'precision'],
  ['.areaId', 'area'],
];

function locate(problem: DatasetProblem, context: Context): ImportProblem {
  const { merged, incoming } = context;
  const rows = incoming.sourceRows;
  const match = /^(areas|indicators|rounds|measurements)\[(\d+)\](.*)$/.exec(problem.path ?? '');
  const index = Number(match?.[2]);
  const rest = match?.[3] ?? '';
  const message = `${problem.message}.`;
  switch (match?.[1]) {
    case 'areas': {
      const area = merged.areas[index];
      const special = area && mainIndicatorProblem(area, context);
      if (special) return special;
      return at(context, area && rows?.areas[area.id], 'main', message);
    }
    case 'indicators': {
      const indicator = merged.indicators[index];
      const field = COLUMN_OF_PATH.find(([suffix]) => rest === suffix)?.[1] ?? 'indicatorId';
      return at(context, indicator && rows?.indicators[indicator.id], field, message);
    }
    case 'rounds': {
      const round = merged.rounds[index];
      return at(context, round && rows?.rounds[round.id], 'round', message);
    }
    case 'measurements': {
      const measurement = merged.measurements[index];
      return at(context, measurement && rows?.indicators[measurement.indicatorId], 'value', message);
    }
    default:
      return at(context, undefined, undefined, message);
  }
}

/** The file's row and column when the record came from the file; the whole file otherwise. */
function at(context: Context, row: number | undefined, field: FieldKey | undefined, message: string) {
  if (row === undefined || field === undefined)
    return makeProblem({ file: context.file, row: row ?? 0 }, message);
  const column = context.incoming.sourceRows?.columns[field];
  return makeProblem(
    { file: context.file, row, columnName: column?.name ?? FIELD_HEADER[field], columnIndex: column?.index },
    message,
  );
}

const quoted = (indicators: readonly Indicator[]) => joinDanish(indicators.map((i) => `«${i.id}»`));

/** The two ways a file upsets "exactly one main indicator" through the stored data, said so the user can act. */
function mainIndicatorProblem(area: Area, context: Context): ImportProblem | undefined {
  const { existing, merged, incoming } = context;
  const inFile = new Set(incoming.indicators.map((indicator) => indicator.id));
  const rowOf = (indicator: Indicator) => incoming.sourceRows?.indicators[indicator.id];
  const mains = merged.indicators.filter((i) => i.areaId === area.id && i.isMain);
  const fromFile = mains.filter((i) => inFile.has(i.id));
  const storedOnly = mains.filter((i) => !inFile.has(i.id));
  const newMain = fromFile[0];
  if (newMain && storedOnly.length > 0) {
    const old = quoted(storedOnly);
    const one = storedOnly.length === 1;
    return at(
      context,
      rowOf(newMain),
      'main',
      `Området «${area.name}» har allerede hovedindikatoren ${old} i de gemte data, og ${one ? 'den' : 'de'} er ikke med i filen. Et område har præcis én hovedindikator: tag ${old} med i filen med «nej» i kolonnen «hovedindikator», eller skriv «nej» ud for «${newMain.id}».`,
    );
  }
  if (mains.length === 0) {
    const demoted = existing.indicators.find((i) => i.areaId === area.id && i.isMain && inFile.has(i.id));
    if (demoted) {
      return at(
        context,
        rowOf(demoted),
        'main',
        `Filen gør «${demoted.id}» til en almindelig indikator («nej»), og så har området «${area.name}» ingen hovedindikator. Skriv «ja» ud for præcis én af områdets indikatorer.`,
      );
    }
  }
  return undefined;
}
