import { describe, expect, it } from 'vitest';
import type { Round } from './types';
import { latestRound, roundsUpTo, sortRounds } from './rounds';

const round = (id: string, label: string, period: string): Round => ({ id, label, period });

const rounds: Round[] = [
  round('maj-2008', 'Maj 2008', '2008-05'),
  round('2006', 'Maj 2006', '2006-05'),
  round('ukendt', 'Ekstra', 'engang'),
  round('maj-2007', 'Maj 2007', 'maj 2007'),
];

describe('sortRounds', () => {
  it('orders by period whatever the writing, unreadable periods first (never the default last)', () => {
    expect(sortRounds(rounds).map((r) => r.id)).toEqual(['ukendt', '2006', 'maj-2007', 'maj-2008']);
  });

  it('falls back to the label when the period cannot be read', () => {
    const sorted = sortRounds([round('b', 'Maj 2008', ''), round('a', '2007', '2007')]);
    expect(sorted.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('orders rounds of the same period by label', () => {
    const sorted = sortRounds([round('b', 'B', '2008'), round('a', 'A', '2008')]);
    expect(sorted.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('does not change the input', () => {
    const copy = [...rounds];
    sortRounds(rounds);
    expect(rounds).toEqual(copy);
  });
});

describe('roundsUpTo and latestRound', () => {
  it('cuts the history at the chosen round', () => {
    expect(roundsUpTo(rounds, 'maj-2007').map((r) => r.id)).toEqual(['2006', 'maj-2007']);
    expect(roundsUpTo(rounds, 'findes-ikke')).toEqual([]);
  });

  it("leaves rounds of unknown time out of a readable round's history", () => {
    expect(roundsUpTo(rounds, 'maj-2008').map((r) => r.id)).toEqual(['2006', 'maj-2007', 'maj-2008']);
    expect(roundsUpTo(rounds, 'ukendt').map((r) => r.id)).toEqual(['ukendt']);
  });

  it('finds the newest round by period', () => {
    expect(latestRound(rounds.filter((r) => r.id !== 'ukendt'))?.id).toBe('maj-2008');
    expect(latestRound([])).toBeNull();
  });

  it('never offers a round of unknown time as the latest', () => {
    // Its label "Ekstra" sorts after every other label: it used to become "the latest round".
    expect(latestRound(rounds)?.id).toBe('maj-2008');
    expect(latestRound([round('ukendt', 'Ekstra', 'engang')])).toBeNull();
    expect(sortRounds(rounds).at(-1)?.id).toBe('maj-2008');
  });
});
