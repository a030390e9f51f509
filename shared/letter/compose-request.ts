import { dataFingerprint } from '../domain/fingerprint';
import { computeAreaStatuses } from '../domain/status';
import type { AreaId, AreaStatus, BarometerDataset, CommitteeId, RoundId } from '../domain/types';
import { composeLetter } from './compose';
import type { ComposedLetter, LetterHeader, LetterTemplate } from './types';

/**
 * "Compose the letter someone asked for", shared by the app (Nyt brev, the batch, refresh) and the CLI, so the same
 * request over the same data gives the same letter and the same trace fingerprint wherever it is made.
 */

/** What the user chose: a round, a recipient, the areas the letter is about, and the letterhead fields. */
export interface LetterRequest {
  roundId: RoundId;
  recipientCommitteeId: CommitteeId;
  areaIds: AreaId[];
  header: LetterHeader;
}

/**
 * The fingerprint a letter records and a draft is compared with: the whole round, not only the letter's areas,
 * because the progress paragraph speaks of every area.
 */
export function letterDataFingerprint(dataset: BarometerDataset, roundId: RoundId): string {
  return dataFingerprint(dataset, roundId);
}

export function composeFromRequest(
  dataset: BarometerDataset,
  templates: readonly LetterTemplate[],
  request: LetterRequest,
  areaStatuses: AreaStatus[] = computeAreaStatuses(dataset, request.roundId),
): ComposedLetter {
  return composeLetter({
    dataset,
    roundId: request.roundId,
    recipientCommitteeId: request.recipientCommitteeId,
    areaIds: request.areaIds,
    areaStatuses,
    header: request.header,
    templates,
    dataFingerprint: letterDataFingerprint(dataset, request.roundId),
  });
}
