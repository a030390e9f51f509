import { defaultCommittees } from '../../shared/domain/defaults';
import type { Measurement } from '../../shared/domain/types';
import { applyImport, diffImport, type DiffableData, type ImportPreview } from '../../shared/import/diff';
import type { ImportRecords } from '../../shared/import/records';
import type { BarometerDb } from './database';
import { measurementsFromSeries, mergeSeriesValues, type MeasurementSeries } from './series';
import { writeSetting } from './settings';

/** Records (values, for series) per bulkPut: small enough to report progress often, large enough to stay fast. */
export const IMPORT_CHUNK_SIZE = 2000;

export interface StoreImportResult {
  /** Records new or changed, counting each measurement value as one (what the user imported); 0 when nothing was new. */
  written: number;
  /** IndexedDB records actually put: areas, indicators, rounds and one series per indicator whose values changed. */
  storedRecords: number;
}

/** What the import would change against what is stored now (for the preview). */
export async function previewImport(db: BarometerDb, incoming: ImportRecords): Promise<ImportPreview> {
  return db.transaction('r', [db.areas, db.indicators, db.rounds, db.series], async () => {
    const { data } = await readDiffable(db);
    return diffImport(data, incoming);
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
  options: { onProgress?: (fraction: number) => void; label?: string } = {},
): Promise<StoreImportResult> {
  const { onProgress, label } = options;
  const tables = [db.areas, db.committees, db.indicators, db.rounds, db.series, db.settings];
  return db.transaction('rw', tables, async () => {
    const { data, series } = await readDiffable(db);
    const wasEmpty = data.indicators.length === 0;
    const upsert = applyImport(data, incoming);
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
    for (const chunk of chunks) {
      await chunk.write();
      storedRecords += chunk.records;
      done += chunk.weight;
      onProgress?.(done / total);
    }
    // Data files carry no committees: the seven standing committees are the default (domain.md).
    if (total > 0 && (await db.committees.count()) === 0) await db.committees.bulkPut(defaultCommittees());
    if (wasEmpty && total > 0 && label) await writeSetting(db, 'datasetLabel', label);
    onProgress?.(1);
    return { written: total, storedRecords };
  });
}

/** One bulkPut still to run: `records` IndexedDB records that count as `weight` imported records. */
interface Chunk {
  records: number;
  weight: number;
  write: () => Promise<unknown>;
}

/** The stored data in the shape the import diff compares against, plus the series it was flattened from. */
async function readDiffable(db: BarometerDb): Promise<{ data: DiffableData; series: MeasurementSeries[] }> {
  const [areas, indicators, rounds, series] = await Promise.all([
    db.areas.toArray(),
    db.indicators.toArray(),
    db.rounds.toArray(),
    db.series.toArray(),
  ]);
  return { data: { areas, indicators, rounds, measurements: measurementsFromSeries(series) }, series };
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
