import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { draftFromRequest } from './draft-service';
import { draftRows, filterDraftRows } from './filter';
import { letterTestDataset } from './test-dataset';

describe('draft list filter', () => {
  const dataset = letterTestDataset();
  const header = { date: '2008-05-16', dateStyle: 'numeric' as const, sagsnr: '', doknr: '' };
  const buu = draftFromRequest(
    dataset,
    DEFAULT_TEMPLATES,
    { roundId: 'r2008', recipientCommitteeId: 'buu', areaIds: ['uddannelse'], header },
    'a',
  );
  const sou = {
    ...draftFromRequest(
      dataset,
      DEFAULT_TEMPLATES,
      { roundId: 'r2008', recipientCommitteeId: 'sou', areaIds: ['tryghed'], header },
      'b',
    ),
    state: 'sendt' as const,
  };
  const rows = draftRows([buu, sou], dataset);
  const ids = (filter: Parameters<typeof filterDraftRows>[1]): string[] =>
    filterDraftRows(rows, filter).map((row) => row.draft.id);

  it('shows names from the data', () => {
    expect(rows[0]).toMatchObject({
      recipient: 'Børne- og Ungdomsudvalget',
      areas: 'Uddannelse',
      round: 'Maj 2008',
    });
  });

  it('filters by state and round', () => {
    expect(ids({ state: 'sendt', roundId: 'alle', query: '' })).toEqual(['b']);
    expect(ids({ state: 'alle', roundId: 'r2008', query: '' })).toEqual(['a', 'b']);
    expect(ids({ state: 'alle', roundId: 'r2007', query: '' })).toEqual([]);
  });

  it('searches recipient, areas and the letter text, ignoring case', () => {
    expect(ids({ state: 'alle', roundId: 'alle', query: 'børne' })).toEqual(['a']);
    expect(ids({ state: 'alle', roundId: 'alle', query: 'TRYGHED' })).toContain('b');
    expect(ids({ state: 'alle', roundId: 'alle', query: 'tryghedsområdet opfordrer' })).toEqual(['b']);
    expect(ids({ state: 'alle', roundId: 'alle', query: 'findes ikke' })).toEqual([]);
  });
});
