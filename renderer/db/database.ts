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
import { SCHEMA_V1, SCHEMA_V2 } from './schema';

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

export class BarometerDb extends Dexie {
  areas!: EntityTable<Area, 'id'>;
  committees!: EntityTable<Committee, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  rounds!: EntityTable<Round, 'id'>;
  measurements!: EntityTable<Measurement, 'id'>;
  overrides!: EntityTable<StatusOverride, 'id'>;
  letters!: EntityTable<LetterDraft, 'id'>;
  templates!: EntityTable<LetterTemplate, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

/** The tables that hold barometer data (as opposed to letters and settings). */
export const DATA_TABLES = [
  'areas',
  'committees',
  'indicators',
  'rounds',
  'measurements',
  'overrides',
] as const;
