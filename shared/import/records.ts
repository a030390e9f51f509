import type { Area, Indicator, IndicatorId, Measurement, Round } from '../domain/types';
import type { FieldKey } from './fields';

/** What an import file yields: the records of shared/domain/types.ts, ready to compare and store. */
export interface ImportRecords {
  areas: Area[];
  indicators: Indicator[];
  rounds: Round[];
  measurements: Measurement[];
  /**
   * Indicators whose precision was inferred from the decimals written (no `præcision` column):
   * an import keeps a precision the user has set in the app for these.
   */
  inferredPrecision?: IndicatorId[];
  /**
   * First file row (as Excel shows it) of each indicator, round and area, so problems found later — when
   * the file is checked together with the stored data — can still name the row to fix.
   */
  sourceRows?: SourceRows;
}

export interface SourceRows {
  areas: Record<string, number>;
  indicators: Record<IndicatorId, number>;
  rounds: Record<string, number>;
  /** The file's header, per field: its name as written and its 0-based column. */
  columns: Partial<Record<FieldKey, { name: string; index: number }>>;
}

export function emptyRecords(): ImportRecords {
  return { areas: [], indicators: [], rounds: [], measurements: [] };
}
