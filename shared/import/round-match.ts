import { measurementId } from '../domain/ids';
import { canonicalPeriod } from '../domain/periods';
import type { Round, RoundId } from '../domain/types';
import type { ImportRecords } from './records';

/** A round the file would add beside a stored round of the same period: the same round under another label? */
export interface RoundLookalike {
  incoming: Round;
  existing: Round;
}

function periodOf(round: Round): string | undefined {
  return canonicalPeriod(round.period) ?? canonicalPeriod(round.label);
}

/**
 * The file's new rounds whose period equals a stored round's ("2008-05" and «Maj 2008»): the preview asks
 * whether they are the same round instead of adding a second one.
 */
export function findRoundLookalikes(stored: readonly Round[], incoming: readonly Round[]): RoundLookalike[] {
  const storedIds = new Set(stored.map((round) => round.id));
  const byPeriod = new Map<string, Round>();
  for (const round of stored) {
    const period = periodOf(round);
    if (period && !byPeriod.has(period)) byPeriod.set(period, round);
  }
  const found: RoundLookalike[] = [];
  for (const round of incoming) {
    if (storedIds.has(round.id)) continue;
    const period = periodOf(round);
    const existing = period ? byPeriod.get(period) : undefined;
    if (existing) found.push({ incoming: round, existing });
  }
  return found;
}

/**
 * The records with the chosen file rounds read as the stored rounds they look like: their values go to
 * the stored round (the stored label stays) and no new round is added.
 */
export function readAsStoredRounds(records: ImportRecords, same: ReadonlyMap<RoundId, Round>): ImportRecords {
  if (same.size === 0) return records;
  const rounds = records.rounds.flatMap((round) => {
    const existing = same.get(round.id);
    if (!existing) return [round];
    // A publication date the file gives is kept; the stored round's id, label and period stay as they are.
    const merged: Round = { ...existing };
    if (round.publishedOn && !existing.publishedOn) merged.publishedOn = round.publishedOn;
    return [merged];
  });
  const measurements = records.measurements.map((measurement) => {
    const existing = same.get(measurement.roundId);
    if (!existing) return measurement;
    return {
      ...measurement,
      id: measurementId(measurement.indicatorId, existing.id),
      roundId: existing.id,
    };
  });
  const result: ImportRecords = { ...records, rounds, measurements };
  if (records.sourceRows) {
    const roundsRows = { ...records.sourceRows.rounds };
    for (const [id, existing] of same) {
      const row = roundsRows[id];
      if (row !== undefined) roundsRows[existing.id] ??= row;
    }
    result.sourceRows = { ...records.sourceRows, rounds: roundsRows };
  }
  return result;
}
