import type { Round, RoundId } from './types';
import { parsePeriod, periodToYearFraction } from './periods';

/** A round's position in time: its period, or its label when the period cannot be read ("Maj 2008"). */
export function roundPosition(round: Round): number | null {
  const parsed = parsePeriod(round.period) ?? parsePeriod(round.label);
  return parsed ? periodToYearFraction(parsed) : null;
}

/**
 * Oldest first, by parsed period; rounds at the same time by label. Rounds whose time cannot be read
 * go FIRST (by label): every screen offers the last round as the default, and a round of unknown time
 * must never pose as the latest one. The import and validation warn about them.
 */
export function sortRounds(rounds: readonly Round[]): Round[] {
  const positioned = rounds.map((round) => ({ round, position: roundPosition(round) }));
  positioned.sort((a, b) => {
    if (a.position !== null && b.position !== null && a.position !== b.position)
      return a.position - b.position;
    if (a.position === null && b.position !== null) return -1;
    if (a.position !== null && b.position === null) return 1;
    return a.round.label.localeCompare(b.round.label, 'da-DK') || a.round.id.localeCompare(b.round.id);
  });
  return positioned.map((entry) => entry.round);
}

/**
 * The rounds up to and including `roundId`, oldest first; empty if the round is unknown. Rounds of unknown
 * time are nobody's history (they sort first only to stay out of the default choice): a readable round's
 * history leaves them out, and an unreadable round's history is itself alone.
 */
export function roundsUpTo(rounds: readonly Round[], roundId: RoundId): Round[] {
  const sorted = sortRounds(rounds);
  const target = sorted.find((round) => round.id === roundId);
  if (!target) return [];
  if (roundPosition(target) === null) return [target];
  const upTo = sorted.slice(0, sorted.indexOf(target) + 1);
  return upTo.filter((round) => roundPosition(round) !== null);
}

/**
 * The newest round whose time can be read, or null when there is none: what the app offers by default.
 * A round of unknown time is never "the latest", even when it is the only round.
 */
export function latestRound(rounds: readonly Round[]): Round | null {
  const readable = rounds.filter((round) => roundPosition(round) !== null);
  const sorted = sortRounds(readable);
  return sorted[sorted.length - 1] ?? null;
}
