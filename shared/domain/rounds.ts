import type { Round, RoundId } from './types';
import { parsePeriod, periodToYearFraction } from './periods';

/** A round's position in time: its period, or its label when the period cannot be read ("Maj 2008"). */
export function roundPosition(round: Round): number | null {
  const parsed = parsePeriod(round.period) ?? parsePeriod(round.label);
  return parsed ? periodToYearFraction(parsed) : null;
}

/**
 * Oldest first, by parsed period; rounds at the same time by label. Rounds whose time cannot be read
 * go last (by label), so they never pose as the latest round silently — validation reports them.
 */
export function sortRounds(rounds: readonly Round[]): Round[] {
  const positioned = rounds.map((round) => ({ round, position: roundPosition(round) }));
  positioned.sort((a, b) => {
    if (a.position !== null && b.position !== null && a.position !== b.position)
      return a.position - b.position;
    if (a.position === null && b.position !== null) return 1;
    if (a.position !== null && b.position === null) return -1;
    return a.round.label.localeCompare(b.round.label, 'da-DK') || a.round.id.localeCompare(b.round.id);
  });
  return positioned.map((entry) => entry.round);
}

/** The rounds up to and including `roundId`, oldest first; empty if the round is unknown. */
export function roundsUpTo(rounds: readonly Round[], roundId: RoundId): Round[] {
  const sorted = sortRounds(rounds);
  const index = sorted.findIndex((round) => round.id === roundId);
  return index < 0 ? [] : sorted.slice(0, index + 1);
}

/** The round just before `roundId` in time, or null (first round, or unknown round). */
export function previousRound(rounds: readonly Round[], roundId: RoundId): Round | null {
  const upTo = roundsUpTo(rounds, roundId);
  return upTo.length >= 2 ? (upTo[upTo.length - 2] ?? null) : null;
}

/** The newest round, or null when there are none: what the app offers by default. */
export function latestRound(rounds: readonly Round[]): Round | null {
  const sorted = sortRounds(rounds);
  return sorted[sorted.length - 1] ?? null;
}
