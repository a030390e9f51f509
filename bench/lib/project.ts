import type { AreaStatus, BarometerDataset, RoundId } from '../../shared/domain/types';
import type { ComposeInput } from '../../shared/letter/compose';
import type { ComposedLetter, LetterHeader } from '../../shared/letter/types';
import { describeError } from '../scenario';

/**
 * The project's letter pipeline, loaded lazily: other helpers write these modules while the bench is built, and a
 * missing one must turn into "ikke målt: …" for the scenarios that need it, not a crash of the whole run.
 */
export interface LetterPipeline {
  sampleDataset: () => BarometerDataset;
  computeAreaStatuses: (dataset: BarometerDataset, roundId: RoundId) => AreaStatus[];
  dataFingerprint: (dataset: BarometerDataset, roundId: RoundId, areaIds?: readonly string[]) => string;
  composeLetter: (input: ComposeInput) => ComposedLetter;
  buildLetterDocx: (letter: ComposedLetter, options?: { logoPng?: Uint8Array }) => Promise<Uint8Array>;
}

async function load<T>(path: string, loader: () => Promise<T>): Promise<T> {
  try {
    return await loader();
  } catch (error) {
    throw new Error(`${path} kunne ikke indlæses (${describeError(error)})`);
  }
}

export async function loadLetterPipeline(): Promise<LetterPipeline> {
  const sample = await load(
    'shared/sample/eksempeldata.ts',
    () => import('../../shared/sample/eksempeldata'),
  );
  const status = await load('shared/domain/status.ts', () => import('../../shared/domain/status'));
  const fingerprint = await load(
    'shared/domain/fingerprint.ts',
    () => import('../../shared/domain/fingerprint'),
  );
  const compose = await load('shared/letter/compose.ts', () => import('../../shared/letter/compose'));
  const docx = await load('shared/docx/build-docx.ts', () => import('../../shared/docx/build-docx'));
  const missing = [
    typeof sample.sampleDataset !== 'function' && 'sampleDataset',
    typeof status.computeAreaStatuses !== 'function' && 'computeAreaStatuses',
    typeof fingerprint.dataFingerprint !== 'function' && 'dataFingerprint',
    typeof compose.composeLetter !== 'function' && 'composeLetter',
    typeof docx.buildLetterDocx !== 'function' && 'buildLetterDocx',
  ].filter(Boolean);
  if (missing.length > 0) throw new Error(`mangler eksport: ${missing.join(', ')}`);
  return {
    sampleDataset: sample.sampleDataset,
    computeAreaStatuses: status.computeAreaStatuses,
    dataFingerprint: fingerprint.dataFingerprint,
    composeLetter: compose.composeLetter,
    buildLetterDocx: docx.buildLetterDocx,
  };
}

/** The reference letter's header (reference-letter-2008.md). */
export const REFERENCE_HEADER: LetterHeader = {
  date: '2008-05-16',
  dateStyle: 'numeric',
  sagsnr: '2007-114951',
  doknr: '2008-255779',
};

/** The latest round by period: the one a letter is drafted from. */
export function latestRoundId(dataset: BarometerDataset): RoundId {
  const latest = [...dataset.rounds].sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  if (!latest) throw new Error('datasættet har ingen målinger');
  return latest.id;
}

/** Data → composed letter for one recipient, exactly as the app does it (statuses, fingerprint, compose). */
export function composeFor(
  pipeline: LetterPipeline,
  dataset: BarometerDataset,
  roundId: RoundId,
  recipientCommitteeId: string,
  areaStatuses = pipeline.computeAreaStatuses(dataset, roundId),
): ComposedLetter {
  const recipient = dataset.committees.find((committee) => committee.id === recipientCommitteeId);
  if (!recipient) throw new Error(`udvalget "${recipientCommitteeId}" findes ikke i datasættet`);
  return pipeline.composeLetter({
    dataset,
    roundId,
    recipientCommitteeId,
    areaIds: [...recipient.areaIds],
    areaStatuses,
    header: REFERENCE_HEADER,
    dataFingerprint: pipeline.dataFingerprint(dataset, roundId, recipient.areaIds),
  });
}

/** The sample data with the reference letter's recipient named (BUU's chair), as a user would have it. */
export function referenceDataset(pipeline: LetterPipeline): BarometerDataset {
  const dataset = pipeline.sampleDataset();
  const buu = dataset.committees.find((committee) => committee.id === 'buu');
  if (buu && buu.chairName.trim() === '') buu.chairName = 'Pia Allerslev';
  return dataset;
}
