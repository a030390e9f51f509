import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { BarometerDataset } from '../../shared/domain/types';
import type { LetterDraft } from '../../shared/letter/types';
import { draftFromRequest, isDraftOutdated } from './draft-service';
import { createOutdatedCheck } from './outdated-check';
import { letterTestDataset } from './test-dataset';

describe('the editor’s "data changed" check', () => {
  it('hashes the data once while the user types, and again when the data or the fingerprint changes', () => {
    let hashes = 0;
    const check = createOutdatedCheck((dataset: BarometerDataset, draft: LetterDraft) => {
      hashes++;
      return isDraftOutdated(dataset, draft);
    });
    const dataset = letterTestDataset();
    const draft = draftFromRequest(dataset, DEFAULT_TEMPLATES, {
      roundId: 'r2008',
      recipientCommitteeId: 'buu',
      areaIds: ['uddannelse'],
      header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '', doknr: '' },
    });
    expect(check(dataset, draft)).toBe(false);
    for (const typed of ['K', 'Kæ', 'Kære']) {
      const edited = {
        ...draft,
        paragraphs: [
          ...draft.paragraphs,
          { id: 'x', role: 'custom' as const, runs: [{ text: typed }], editedByUser: true },
        ],
      };
      expect(check(dataset, edited)).toBe(false);
    }
    expect(hashes).toBe(1);

    const changed = {
      ...dataset,
      measurements: dataset.measurements.map((m) => (m.indicatorId === 'bolig-1' ? { ...m, value: 51 } : m)),
    };
    expect(check(changed, draft)).toBe(true);
    expect(hashes).toBe(2);
    expect(check(changed, { ...draft, dataFingerprint: 'et andet fingeraftryk' })).toBe(true);
    expect(hashes).toBe(3);
  });
});
