import type { BarometerDataset, RoundId } from '../../shared/domain/types';
import { describeError } from '../scenario';
import { buildTemplate } from './docxtemplater-baseline';
import { latestRoundId, loadLetterPipeline, referenceDataset, type LetterPipeline } from './project';

/** What the letter scenarios start from: the project's pipeline, the reference data and the baseline's template. */
export interface LetterBench {
  pipeline: LetterPipeline;
  /** The sample data with the reference letter's recipient named. */
  dataset: BarometerDataset;
  /** Its latest round: the one a letter is drafted from. */
  roundId: RoundId;
  /** The docxtemplater template the project is timed against. */
  template: Uint8Array;
}

/**
 * Loads the letter pipeline and what the letter scenarios measure with. A pipeline that cannot be loaded yet is a
 * reason ("ikke målt"), not a crash of the whole run; anything failing after that is a real error and is thrown.
 */
export async function loadLetterBench(): Promise<LetterBench | { notLoaded: string }> {
  let pipeline: LetterPipeline;
  try {
    pipeline = await loadLetterPipeline();
  } catch (error) {
    return { notLoaded: describeError(error) };
  }
  const dataset = referenceDataset(pipeline);
  return { pipeline, dataset, roundId: latestRoundId(dataset), template: await buildTemplate() };
}
