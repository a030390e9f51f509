import { defaultCommittees } from '../../shared/domain/defaults';
import type { BarometerDataset, Measurement } from '../../shared/domain/types';
import { applyImport, diffImport, type ImportPreview } from '../../shared/import/diff';
import type { ImportCounts } from '../../shared/import/import-summary';
import { checkImportAgainstStoredInSteps } from '../../shared/import/merged-check';
import { formatProblem, type ImportProblem } from '../../shared/import/problems';
import type { ImportRecords } from '../../shared/import/records';
import { clearDataTables } from './clear';
import type { BarometerDb } from './database';
import { readStoredDataset } from './dataset';
import { MIXED_SAMPLE_LABEL, SAMPLE_LABEL } from './dataset-label';
import { mergeSeriesValues, type MeasurementSeries } from './series';
import { readSetting, writeSetting } from './settings';

/** Records (values, for series) per bulkPut: 2,000 indicators took 110–170 ms to hand over, near the 200 ms a task may take. */
export const IMPORT_CHUNK_SIZE = 1000;

export interface StoreImportResult {
  /** Records new or changed, counting each measurement value as one (what the user imported); 0 when nothing was new. */
  written: number;
  /** `written` per kind, for the message after the import ("1 område, 1 indikator, … og 26 værdier"). */
  counts: ImportCounts;
  /** IndexedDB records actually put: areas, indicators, rounds and one series per indicator whose values changed. */
  storedRecords: number;
}

/** An import refused before anything was written: the problems say what and where (Danish). */
export class ImportRefusedError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    const first = problems[0];
    const count = problems.length === 1 ? 'en fejl' : `${problems.length} fejl`;
    super(
      `Filen blev ikke importeret, fordi den har ${count}. Intet er gemt.${first ? ` ${formatProblem(first)}` : ''}`,
    );
    this.name = 'ImportRefusedError';
  }
}

export interface ImportPreviewResult {
  preview: ImportPreview;
  /** Errors the file would bring into the stored data (checked on the merged data), located in the file. */
  problems: ImportProblem[];
  /**
   * Only while the sample data alone is loaded: the same file imported after removing the sample. The file
   * may clash with the invented data (another main indicator for an area) and still import fine on its own.
   */
  withoutSample?: { preview: ImportPreview; problems: ImportProblem[] };
}

/** The sample data changed (another window) between the choice "remove the sample" and the import. */
export class SampleChangedError extends Error {
  constructor() {
    super(
      'Eksempeldataene er ændret i et andet vindue, efter at du valgte filen. Intet er gemt. Vælg filen igen.',
    );
    this.name = 'SampleChangedError';
  }
}

/** What the import would change against what is stored now, and what it would make wrong (for the preview). */
export async function previewImport(
  db: BarometerDb,
  incoming: ImportRecords,
  fileName: string,
): Promise<ImportPreviewResult> {
  return db.transaction('r', readTables(db), async () => {
    const { data } = await readStoredDataset(db);
    const pause = () => letPageBreathe(db);
    // The file's own row checks already name their cells: say each problem once.
    const check = (stored: BarometerDataset) =>
      checkImportAgainstStoredInSteps(stored, incoming, fileName, pause, { leaveOutFileOwn: true });
    await pause();
    const preview = diffImport(data, incoming);
    await pause();
    const result: ImportPreviewResult = { preview, problems: await check(data) };
    if ((await readSetting<string>(db, 'datasetLabel')) === SAMPLE_LABEL) {
      const empty = emptyDataset(data);
      result.withoutSample = { preview: diffImport(empty, incoming), problems: await check(empty) };
    }
    return result;
  });
}

/**
 * Stores an import in ONE transaction: the stored data is read again inside it (another window may have
 * changed it since the preview), only new and changed records are written — for measurements, the series of
 * the indicators whose values changed — in chunks so progress can be shown. An empty database also gets the
 * default committees. Any failure aborts the transaction and leaves the stored data exactly as it was.
 */
export async function storeImport(
  db: BarometerDb,
  incoming: ImportRecords,
  options: {
    onProgress?: (fraction: number) => void;
    label?: string;
    /** The file's problems from parsing: any error refuses the import (the UI's disabled button is not the guard). */
    problems?: readonly ImportProblem[];
    /**
     * Remove the sample data first, in the same transaction: if the import fails, the sample is still
     * there. Refused (SampleChangedError) unless the stored data is still the sample data alone.
     */
    removeSample?: boolean;
  } = {},
): Promise<StoreImportResult> {
  const { onProgress, label } = options;
  const fileErrors = (options.problems ?? []).filter((problem) => problem.severity === 'error');
  if (fileErrors.length > 0) throw new ImportRefusedError(fileErrors);
  return db.transaction('rw', readTables(db), async () => {
    const storedLabel = await readSetting<string>(db, 'datasetLabel');
    if (options.removeSample) {
      if (storedLabel !== SAMPLE_LABEL) throw new SampleChangedError();
      await clearDataTables(db);
    }
    const { data, series } = await readStoredDataset(db);
    const pause = () => letPageBreathe(db);
    await pause();
    // Checked again here, on the data as it is now inside the transaction: another window may have
    // stored something since the preview. Thrown before any write, so the transaction stores nothing.
    const refused = await checkImportAgainstStoredInSteps(data, incoming, label ?? 'filen', pause);
    if (refused.length > 0) throw new ImportRefusedError(refused);
    await pause();
    const wasEmpty = data.indicators.length === 0;
    const upsert = applyImport(data, incoming);
    await pause();
    const changedSeries = seriesToWrite(series, upsert.measurements);
    // Progress and `written` count what the user imported: one per area, indicator, round and value.
    const chunks = [
      ...planChunks(upsert.areas, null, (rows) => db.areas.bulkPut(rows)),
      ...planChunks(upsert.indicators, null, (rows) => db.indicators.bulkPut(rows)),
      ...planChunks(upsert.rounds, null, (rows) => db.rounds.bulkPut(rows)),
      ...planChunks(
        changedSeries.map(({ record }) => record),
        changedSeries.map(({ changes }) => changes),
        (rows) => db.series.bulkPut(rows),
      ),
    ];
    const total = chunks.reduce((sum, chunk) => sum + chunk.weight, 0);
    let done = 0;
    let storedRecords = 0;
    // Two chunks in flight: while the database writes one, the page hands it the next, instead of each
    // side waiting for the other (a profile of a 100,000-value import showed the page idle between writes).
    const pending: Promise<void>[] = [];
    for (const chunk of chunks) {
      const written = chunk.write().then(() => {
        storedRecords += chunk.records;
        done += chunk.weight;
        onProgress?.(done / total);
      });
      // Awaited below, where a failure aborts the import; this only keeps it from also being reported as unhandled.
      written.catch(() => undefined);
      pending.push(written);
      if (pending.length > 1) await pending.shift();
    }
    for (const written of pending) await written;
    // Data files carry no committees: the seven standing committees are the default (domain.md).
    if (total > 0 && (await db.committees.count()) === 0) await db.committees.bulkPut(defaultCommittees());
    if (wasEmpty && total > 0 && label) await writeSetting(db, 'datasetLabel', label);
    // Own data laid over the sample: the screens must keep saying that invented numbers are in there.
    else if (!wasEmpty && total > 0 && storedLabel === SAMPLE_LABEL)
      await writeSetting(db, 'datasetLabel', MIXED_SAMPLE_LABEL);
    onProgress?.(1);
    const counts: ImportCounts = {
      areas: upsert.areas.length,
      indicators: upsert.indicators.length,
      rounds: upsert.rounds.length,
      values: upsert.measurements.length,
    };
    return { written: total, counts, storedRecords };
  });
}

/** One bulkPut still to run: `records` IndexedDB records that count as `weight` imported records. */
interface Chunk {
  records: number;
  weight: number;
  write: () => Promise<unknown>;
}

/**
 * Lets the page paint and take input between the long steps of one transaction: the answer to an IndexedDB
 * request comes in a task of its own, and the transaction stays open while the request is pending (a timer
 * would let it commit).
 */
async function letPageBreathe(db: BarometerDb): Promise<void> {
  await db.settings.count();
}

function readTables(db: BarometerDb) {
  return [db.areas, db.committees, db.indicators, db.rounds, db.series, db.overrides, db.settings];
}

/** No barometer data, but the stored sender and status rule (what is left after removing the sample). */
function emptyDataset(stored: BarometerDataset): BarometerDataset {
  return {
    ...stored,
    areas: [],
    committees: [],
    indicators: [],
    rounds: [],
    measurements: [],
    overrides: [],
  };
}

/** One merged series per indicator with new or changed values, and how many values changed in it. */
function seriesToWrite(
  stored: readonly MeasurementSeries[],
  changed: readonly Measurement[],
): { record: MeasurementSeries; changes: number }[] {
  const storedById = new Map(stored.map((series) => [series.indicatorId, series]));
  const changesById = new Map<string, Measurement[]>();
  for (const measurement of changed) {
    const list = changesById.get(measurement.indicatorId);
    if (list) list.push(measurement);
    else changesById.set(measurement.indicatorId, [measurement]);
  }
  return [...changesById].map(([indicatorId, changes]) => ({
    record: mergeSeriesValues(indicatorId, storedById.get(indicatorId), changes),
    changes: changes.length,
  }));
}

/** Cuts rows into bulkPuts of about IMPORT_CHUNK_SIZE weight (each row weighs 1 unless `weights` says more). */
function planChunks<T>(
  rows: readonly T[],
  weights: readonly number[] | null,
  put: (rows: T[]) => Promise<unknown>,
): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let weight = 0;
  rows.forEach((_, index) => {
    weight += weights?.[index] ?? 1;
    if (weight >= IMPORT_CHUNK_SIZE || index === rows.length - 1) {
      const slice = rows.slice(start, index + 1);
      chunks.push({ records: slice.length, weight, write: () => put(slice) });
      start = index + 1;
      weight = 0;
    }
  });
  return chunks;
}
