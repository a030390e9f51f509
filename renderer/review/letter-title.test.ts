import { describe, expect, it } from 'vitest';
import { createDraft } from '../../shared/letter/draft';
import { fixtureDataset, fixtureLetter } from '../../shared/letter/test-fixtures';
import { letterTitle } from './letter-title';

describe('naming another letter in a message', () => {
  it('uses the committee and round names, and the ids when the data has neither', () => {
    const draft = createDraft(fixtureLetter(), {
      id: 'brev-2',
      roundId: '2008',
      recipientCommitteeId: 'buu',
      areaIds: ['uddannelse'],
    });
    const dataset = fixtureDataset();
    const round = dataset.rounds.find((candidate) => candidate.id === '2008')?.label ?? '';
    expect(letterTitle(dataset, draft)).toBe(`Brev til Børne- og Ungdomsudvalget (${round})`);
    expect(letterTitle(undefined, { ...draft, names: undefined })).toBe(
      'Brev til buu (ukendt måling (2008))',
    );
  });
});
