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
import type { ReviewCopy, ReviewFeedbackItem } from '../../shared/review/types';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema';
import type { MeasurementSeries } from './series';

/** Key–value settings: the sender profile, the status rule, which dataset is loaded, … */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'barometerbrev';

/** The crash journal's record: the editor's latest text, written before the autosave gets to it. */
export interface JournalRecord {
  letterId: string;
  draft: LetterDraft;
  /** ISO timestamp of the keystroke. */
  writtenAt: string;
}

/** A column mapping the user confirmed, remembered for the next file with the same header row. */
export interface ImportMappingRecord {
  /** The header row, normalised (see shared/import). */
  headerKey: string;
  /** The file's column header → field name (or "brug ikke"). */
  columns: Record<string, string>;
  /** Fields given once for every row in the mapping step (a statbank file's indicator). Not indexed. */
  constants?: Record<string, string>;
  /** Round columns whose round is not their header ("Værdi 2008" → "2008"). Not indexed. */
  roundLabels?: Record<string, string>;
  updatedAt: string;
}

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
/** Schema v4: stored letters start counting revisions at 0 (revision-checked saves compare with it). */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table<Partial<LetterDraft> & { id: string }>('letters')
    .toCollection()
    .modify((letter) => {
      if (typeof letter.revision !== 'number') letter.revision = 0;
    });
}

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
  reviewCopies!: EntityTable<ReviewCopy, 'id'>;
  reviewFeedback!: EntityTable<ReviewFeedbackItem, 'id'>;
  journal!: EntityTable<JournalRecord, 'letterId'>;
  importMappings!: EntityTable<ImportMappingRecord, 'headerKey'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  }
}

/** The tables that hold barometer data (as opposed to letters and settings). */
export const DATA_TABLES = ['areas', 'committees', 'indicators', 'rounds', 'series', 'overrides'] as const;
