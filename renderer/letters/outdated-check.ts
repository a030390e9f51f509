import type { BarometerDataset } from '../../shared/domain/types';
import type { LetterDraft } from '../../shared/letter/types';
import { isDraftOutdated } from './draft-service';

type OutdatedKey = Pick<LetterDraft, 'roundId' | 'dataFingerprint' | 'statusRule'>;

/**
 * `isDraftOutdated` hashes the whole round (SHA-256), far too slow to run on every keystroke in the editor. The check
 * returned here recomputes only when the dataset or the draft's round, fingerprint or status rule changed; typing
 * changes none of them.
 */
export function createOutdatedCheck(
  isOutdated: (dataset: BarometerDataset, draft: LetterDraft) => boolean = isDraftOutdated,
): (dataset: BarometerDataset, draft: LetterDraft) => boolean {
  let last: { dataset: BarometerDataset; key: OutdatedKey; result: boolean } | null = null;
  return (dataset, draft) => {
    if (
      last &&
      last.dataset === dataset &&
      last.key.roundId === draft.roundId &&
      last.key.dataFingerprint === draft.dataFingerprint &&
      last.key.statusRule === draft.statusRule
    ) {
      return last.result;
    }
    const key = {
      roundId: draft.roundId,
      dataFingerprint: draft.dataFingerprint,
      statusRule: draft.statusRule,
    };
    last = { dataset, key, result: isOutdated(dataset, draft) };
    return last.result;
  };
}
