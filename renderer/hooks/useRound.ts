import type { BarometerDataset, Round } from '../../shared/domain/types';
import { sortRounds } from '../../shared/domain/status';
import { useSelectedRoundId } from './useSelectedRound';

export interface RoundChoice {
  /** The round shown: the user's choice if it still exists, else the latest. Null when there are no rounds. */
  round: Round | null;
  /** All rounds, oldest first. */
  rounds: Round[];
  select: (roundId: string) => void;
}

/** The round every data screen shows, shared across screens for the session. */
export function useRound(dataset: BarometerDataset | undefined): RoundChoice {
  const [selectedId, select] = useSelectedRoundId();
  const rounds = dataset ? sortRounds(dataset.rounds) : [];
  const round = rounds.find((r) => r.id === selectedId) ?? rounds[rounds.length - 1] ?? null;
  return { round, rounds, select };
}
