import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { draftFromRequest } from './draft-service';
import { draftRows } from './filter';
import { draftLabels } from './labels';
import { letterTestDataset } from './test-dataset';

describe('letters keep the names they were written with', () => {
  const dataset = letterTestDataset();
  const header = { date: '2008-05-16', dateStyle: 'numeric' as const, sagsnr: '', doknr: '' };
  const draft = draftFromRequest(
    dataset,
    DEFAULT_TEMPLATES,
    { roundId: 'r2008', recipientCommitteeId: 'sou', areaIds: ['tryghed', 'sundhed-og-omsorg'], header },
    'brev',
  );
  const round = dataset.rounds.find((candidate) => candidate.id === 'r2008');
  const empty = { committees: [], rounds: [], areas: [] };

  it('shows the names after "Ryd alle data" (no committee, round or area left in the data)', () => {
    const [row] = draftRows([draft], { ...dataset, ...empty });
    expect(row).toMatchObject({
      recipient: 'Socialudvalget',
      recipientShort: 'SOU',
      areas: 'Tryghed og Sundhed og omsorg',
      round: round?.label,
    });
    expect(draftLabels(undefined, draft).recipient).toBe('Socialudvalget');
  });

  it("prefers the data's current names (a committee renamed since)", () => {
    const renamed = {
      ...dataset,
      committees: dataset.committees.map((committee) =>
        committee.id === 'sou' ? { ...committee, name: 'Socialudvalget (nyt navn)' } : committee,
      ),
    };
    expect(draftLabels(renamed, draft).recipient).toBe('Socialudvalget (nyt navn)');
  });

  it('falls back to the ids for drafts stored before names were kept', () => {
    const old = { ...draft };
    delete old.names;
    expect(draftLabels(empty, old)).toMatchObject({
      recipient: 'sou',
      round: 'ukendt måling (r2008)',
      areas: ['tryghed', 'sundhed-og-omsorg'],
    });
  });
});
