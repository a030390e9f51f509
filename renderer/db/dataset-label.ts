/**
 * What the stored data is made of, told by the `datasetLabel` setting. The sample data is invented, so the
 * screens must say so for as long as any of it is loaded — also after the user's own data was laid on top.
 */

/** Matches SAMPLE_DATASET_LABEL in shared/sample (kept literal so the overview does not load the sample). */
export const SAMPLE_LABEL = 'Eksempeldata';

/** The sample data with the user's own import laid over it: clearing removes both. */
export const MIXED_SAMPLE_LABEL = 'Eksempeldata og egne data';

/** `sample`: only the sample; `mixed`: sample plus own data; `own`: no sample data (or nothing stored). */
export type DataOrigin = 'sample' | 'mixed' | 'own';

export function dataOrigin(label: string | undefined): DataOrigin {
  if (label === SAMPLE_LABEL) return 'sample';
  if (label === MIXED_SAMPLE_LABEL) return 'mixed';
  return 'own';
}

/** True while any invented sample numbers are stored (alone or under the user's own data). */
export function containsSampleData(label: string | undefined): boolean {
  return dataOrigin(label) !== 'own';
}
