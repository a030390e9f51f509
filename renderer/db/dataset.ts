import type { BarometerDataset, Indicator, StatusSettings, SenderProfile } from '../../shared/domain/types';
import { defaultSender, defaultStatusSettings } from '../../shared/domain/defaults';
import type { IndexableType, Table } from 'dexie';
import type { BarometerDb } from './database';
import { DATA_TABLES } from './database';
import { measurementsFromSeries, seriesFromMeasurements, type MeasurementSeries } from './series';
import { readSetting, writeSetting } from './settings';

/** Reads everything the status rules and letters need, in one read transaction so it is consistent. */
export async function loadDataset(db: BarometerDb): Promise<BarometerDataset> {
  return db.transaction('r', [...DATA_TABLES, 'settings'], async () => {
    const { data } = await readStoredDataset(db);
    // The order the user set (ties by id, as an index read would give): lists, letters and charts follow it.
    return {
      ...data,
      areas: bySortOrder(data.areas),
      committees: bySortOrder(data.committees),
      indicators: bySortOrder(data.indicators),
    };
  });
}

/**
 * What the overview draws: every area, indicator, round and override, but the values of the main indicators
 * only (an area's light is its main indicator's; without one, all its indicators'). After an import of 20,000
 * indicators this reads a few series instead of 20,000, so the overview appears at once. Its `measurements`
 * are therefore partial: use it with computeAreaStatuses(…, { mainOnly: true }) and nothing else.
 */
export async function loadOverviewDataset(db: BarometerDb): Promise<BarometerDataset> {
  return loadPartialDataset(db, (indicators) => {
    const withMain = new Set(indicators.filter((i) => i.isMain).map((i) => i.areaId));
    return indicators.filter((i) => i.isMain || !withMain.has(i.areaId));
  });
}

/**
 * What one area's screen shows: every area and round, but only this area's indicators (read through the
 * areaId index) and their values. Its `indicators` and `measurements` are therefore partial: use it with
 * computeAreaStatuses(…, { areaIds: [areaId] }) and nothing else.
 */
export async function loadAreaDataset(db: BarometerDb, areaId: string): Promise<BarometerDataset> {
  return loadPartialDataset(db, (indicators) => indicators, areaId);
}

/** The dataset with the values of the indicators `pick` chooses (of all, or of one area) only. */
async function loadPartialDataset(
  db: BarometerDb,
  pick: (indicators: Indicator[]) => Indicator[],
  areaId?: string,
): Promise<BarometerDataset> {
  return db.transaction('r', [...DATA_TABLES, 'settings'], async () => {
    const [areas, committees, indicators, rounds, overrides, statusSettings, sender] = await Promise.all([
      db.areas.toArray(),
      db.committees.toArray(),
      areaId === undefined
        ? readInChunks(db.indicators)
        : db.indicators.where('areaId').equals(areaId).toArray(),
      db.rounds.toArray(),
      db.overrides.toArray(),
      readSetting<StatusSettings>(db, 'statusSettings'),
      readSetting<SenderProfile>(db, 'sender'),
    ]);
    const needed = pick(indicators).map((i) => i.id);
    const series = (await db.series.bulkGet(needed)).filter((s): s is MeasurementSeries => s !== undefined);
    return {
      areas: bySortOrder(areas),
      committees: bySortOrder(committees),
      indicators: bySortOrder(indicators),
      rounds,
      measurements: measurementsFromSeries(series),
      overrides,
      statusSettings: statusSettings ?? defaultStatusSettings(),
      sender: sender ?? defaultSender(),
    };
  });
}

/**
 * The stored data as one dataset (records in id order), plus the series its measurements were flattened
 * from. Call it inside a transaction over DATA_TABLES and settings, so the tables are read consistently.
 */
export async function readStoredDataset(
  db: BarometerDb,
): Promise<{ data: BarometerDataset; series: MeasurementSeries[] }> {
  const [areas, committees, indicators, rounds, series, overrides, statusSettings, sender] =
    await Promise.all([
      db.areas.toArray(),
      db.committees.toArray(),
      readInChunks(db.indicators),
      db.rounds.toArray(),
      readInChunks(db.series),
      db.overrides.toArray(),
      readSetting<StatusSettings>(db, 'statusSettings'),
      readSetting<SenderProfile>(db, 'sender'),
    ]);
  const data: BarometerDataset = {
    areas,
    committees,
    indicators,
    rounds,
    measurements: measurementsFromSeries(series),
    overrides,
    statusSettings: statusSettings ?? defaultStatusSettings(),
    sender: sender ?? defaultSender(),
  };
  return { data, series };
}

/**
 * A table's records in primary-key order, a chunk per request. Chromium turns a request's whole result into
 * JavaScript objects in one task: 20,000 series read at once held the main thread for 280 ms after a large
 * import; chunks of 1,000 keep each task short, and the page can paint and take input between them.
 */
async function readInChunks<T, K extends IndexableType, I>(
  table: Table<T, K, I>,
  chunk = 1000,
): Promise<T[]> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') return table.toArray();
  const records: T[] = [];
  let part = await table.orderBy(':id').limit(chunk).toArray();
  for (;;) {
    for (const record of part) records.push(record);
    const last = part[part.length - 1];
    if (part.length < chunk || last === undefined) return records;
    const lastKey = (last as Record<string, unknown>)[keyPath] as K;
    part = await table.where(':id').above(lastKey).limit(chunk).toArray();
  }
}

/** Stable, so records with the same sortOrder keep their id order. */
function bySortOrder<T extends { sortOrder: number }>(records: T[]): T[] {
  return [...records].sort((a, b) => a.sortOrder - b.sortOrder);
}

/**
 * Writes the dataset's records into the (cleared) data tables. Call it INSIDE a transaction that holds
 * DATA_TABLES: replacing the data and restoring a backup both do, so they write the tables the same way.
 */
export async function putDataset(db: BarometerDb, dataset: BarometerDataset): Promise<void> {
  await db.areas.bulkPut(dataset.areas);
  await db.committees.bulkPut(dataset.committees);
  await db.indicators.bulkPut(dataset.indicators);
  await db.rounds.bulkPut(dataset.rounds);
  await db.series.bulkPut(seriesFromMeasurements(dataset.measurements));
  await db.overrides.bulkPut(dataset.overrides);
}

/** Replaces all barometer data with `dataset` in one transaction: a failure leaves the old data untouched. */
export async function replaceDataset(
  db: BarometerDb,
  dataset: BarometerDataset,
  label: string,
): Promise<void> {
  await db.transaction('rw', [...DATA_TABLES, 'settings'], async () => {
    await Promise.all(DATA_TABLES.map((table) => db.table(table).clear()));
    await putDataset(db, dataset);
    await writeSetting(db, 'statusSettings', dataset.statusSettings);
    await writeSetting(db, 'sender', dataset.sender);
    await writeSetting(db, 'datasetLabel', label);
  });
}
