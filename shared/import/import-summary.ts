import { countNoun, joinDanish } from '../domain/wording';

/** What an import stored, per kind (new or changed records; values counted one by one). */
export interface ImportCounts {
  areas: number;
  indicators: number;
  rounds: number;
  values: number;
}

/** "1 område, 1 indikator, 1 måling og 26 værdier" — only the kinds the import touched. */
export function describeImportCounts(counts: ImportCounts): string {
  const parts = [
    counts.areas > 0 ? countNoun(counts.areas, 'område', 'områder') : '',
    counts.indicators > 0 ? countNoun(counts.indicators, 'indikator', 'indikatorer') : '',
    counts.rounds > 0 ? countNoun(counts.rounds, 'måling', 'målinger') : '',
    counts.values > 0 ? countNoun(counts.values, 'værdi', 'værdier') : '',
  ].filter((part) => part !== '');
  return joinDanish(parts);
}
