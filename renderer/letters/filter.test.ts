import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { draftFromRequest } from './draft-service';
import { describeShown, draftRows, filterDraftRows, isUneditedCopy } from './filter';
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
    header: { ...header, sagsnr: '2007-114951', doknr: '2008-255779' },
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

  it("finds a letter by the committee's short name, Sagsnr. and Dok.nr.", () => {
    expect(ids({ state: 'alle', roundId: 'alle', query: 'buu' })).toEqual(['a']);
    expect(ids({ state: 'alle', roundId: 'alle', query: '2007-114951' })).toEqual(['b']);
    expect(ids({ state: 'alle', roundId: 'alle', query: '255779' })).toEqual(['b']);
  });

  it("finds a letter by the chair's name", () => {
    expect(ids({ state: 'alle', roundId: 'alle', query: 'asmus kjeldgaard' })).toEqual(['a']);
  });

  it('names a round the data no longer has as unknown, with its id', () => {
    const [orphan] = draftRows([{ ...buu, roundId: 'maj-2008' }], dataset);
    expect(orphan?.round).toBe('ukendt måling (maj-2008)');
  });

  it('says "brev" for one letter and "breve" for more', () => {
    expect(describeShown(1, 1)).toBe('Viser 1 af 1 brev');
    expect(describeShown(0, 1)).toBe('Viser 0 af 1 brev');
    expect(describeShown(1, 2)).toBe('Viser 1 af 2 breve');
  });

  it('marks a copy until it is edited', () => {
    const copy = { ...buu, id: 'c', copyOf: 'a', createdAt: 'T1', updatedAt: 'T1' };
    expect(isUneditedCopy(copy)).toBe(true);
    expect(isUneditedCopy({ ...copy, updatedAt: 'T2' })).toBe(false);
    expect(isUneditedCopy(buu)).toBe(false);
  });
});
