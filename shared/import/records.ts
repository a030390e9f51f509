import type { Area, Indicator, IndicatorId, Measurement, Round } from '../domain/types';

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
}

export function emptyRecords(): ImportRecords {
  return { areas: [], indicators: [], rounds: [], measurements: [] };
}
