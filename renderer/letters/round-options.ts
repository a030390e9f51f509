import { sortRounds } from '../../shared/domain/status';
import type { Round } from '../../shared/domain/types';
import { formatDateLong } from '../../shared/domain/wording';

/** "Maj 2008 – offentliggjort 28. maj 2008": a round with its publication date, because barometer data lags. */
export function roundOptionLabel(round: Round): string {
  if (!round.publishedOn) return round.label;
  try {
    return `${round.label} – offentliggjort ${formatDateLong(round.publishedOn)}`;
  } catch {
    return `${round.label} – offentliggjort ${round.publishedOn}`;
  }
}

/** Newest first, as the round choosers list them; the first is the default. */
export function roundsNewestFirst(rounds: readonly Round[]): Round[] {
  return sortRounds(rounds).reverse();
}
