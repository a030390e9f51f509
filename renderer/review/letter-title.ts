import type { BarometerDataset } from '../../shared/domain/types';
import type { LetterDraft } from '../../shared/letter/types';

/** "Brev til Socialudvalget (maj 2008)": how a message names another letter on this machine. */
export function letterTitle(dataset: BarometerDataset | undefined, draft: LetterDraft): string {
  const committee = dataset?.committees.find((candidate) => candidate.id === draft.recipientCommitteeId);
  const round = dataset?.rounds.find((candidate) => candidate.id === draft.roundId);
  return `Brev til ${committee?.name ?? draft.recipientCommitteeId}${round ? ` (${round.label})` : ''}`;
}
