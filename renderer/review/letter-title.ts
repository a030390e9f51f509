import type { BarometerDataset } from '../../shared/domain/types';
import type { LetterDraft } from '../../shared/letter/types';
import { draftLabels } from '../letters/labels';

/**
 * "Brev til Socialudvalget (Maj 2008)": how a message names another letter on this machine, with the names the letter
 * was written with when the data no longer has them.
 */
export function letterTitle(dataset: BarometerDataset | undefined, draft: LetterDraft): string {
  const labels = draftLabels(dataset, draft);
  return `Brev til ${labels.recipient} (${labels.round})`;
}
