import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type {
  Area,
  Committee,
  Indicator,
  Measurement,
  Round,
  StatusOverride,
} from '../../shared/domain/types';
import type { LetterDraft, LetterTemplate } from '../../shared/letter/types';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';
import type { MeasurementSeries } from './series';

/** Key–value settings: the sender profile, the status rule, which dataset is loaded, … */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'barometerbrev';

/** Drafts stored by schema v1 had no state; they were all drafts. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Partial<LetterDraft> & { id: string }>('letters')
    .toCollection()
    .modify((letter) => {
      if (!letter.state) letter.state = 'kladde';
    });
}

/**
 * Schema v3 stores one series record per indicator instead of one record per value (see SCHEMA_V3).
 * Dexie still offers the deleted `measurements` table here; it is dropped after this upgrade.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const measurements = await tx.table<Measurement, string>('measurements').toArray();
  await tx.table<MeasurementSeries, string>('series').bulkPut(seriesForV3(measurements));
}

/**
 * FROZEN copy of series.ts `seriesFromMeasurements` as it was when schema v3 shipped. An upgrade must
 * write the same records forever: if the live helper changes, databases upgraded later must not differ
 * from those upgraded then. Do not edit; a new storage shape gets a new version and its own upgrade.
 */
function seriesForV3(measurements: readonly Measurement[]): MeasurementSeries[] {
  const grouped = new Map<string, [string, number | null][]>();
  for (const { indicatorId, roundId, value } of measurements) {
    const entries = grouped.get(indicatorId);
    if (entries) entries.push([roundId, value]);
    else grouped.set(indicatorId, [[roundId, value]]);
  }
  return [...grouped].map(([indicatorId, entries]) => ({ indicatorId, values: Object.fromEntries(entries) }));
}

export class BarometerDb extends Dexie {
  areas!: EntityTable<Area, 'id'>;
  committees!: EntityTable<Committee, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  rounds!: EntityTable<Round, 'id'>;
  /** Measurements, one record per indicator (schema v3); the app reads them flattened via loadDataset. */
  series!: EntityTable<MeasurementSeries, 'indicatorId'>;
  overrides!: EntityTable<StatusOverride, 'id'>;
  letters!: EntityTable<LetterDraft, 'id'>;
  templates!: EntityTable<LetterTemplate, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  }
}

/** The tables that hold barometer data (as opposed to letters and settings). */
export const DATA_TABLES = ['areas', 'committees', 'indicators', 'rounds', 'series', 'overrides'] as const;
