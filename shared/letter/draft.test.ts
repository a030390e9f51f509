import { describe, expect, it } from 'vitest';
import type { Status } from '../domain/types';
import { composeLetter } from './compose';
import { createDraft, draftToComposed, refreshComputedParagraphs } from './draft';
import { runsToPlainText } from './plain-text';
import { FIXTURE_HEADER, REFERENCE_STATUSES, fixtureDataset, fixtureStatuses } from './test-fixtures';

const dataset = fixtureDataset();
const compose = (statuses: Record<string, Status>, fingerprint: string) =>
  composeLetter({
    dataset,
    roundId: '2008',
    recipientCommitteeId: 'buu',
    areaIds: ['uddannelse'],
    areaStatuses: fixtureStatuses(dataset, statuses),
    header: FIXTURE_HEADER,
    dataFingerprint: fingerprint,
  });
const identity = {
  id: 'd1',
  roundId: '2008',
  recipientCommitteeId: 'buu',
  areaIds: ['uddannelse'],
  now: '2008-05-16T10:00:00Z',
};
const roles = (paragraphs: { role: string }[]) => paragraphs.map((paragraph) => paragraph.role);

describe('drafts', () => {
  it('creates a draft in state "kladde" with the letter\'s paragraphs and fingerprint', () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    expect(draft.state).toBe('kladde');
    expect(draft.dataFingerprint).toBe('fp-1');
    expect(roles(draft.paragraphs)).toContain('computed-call');
  });

  it("refreshes unedited computed paragraphs and keeps the user's edits", () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const edited = {
      ...draft,
      paragraphs: draft.paragraphs.map((paragraph) =>
        paragraph.role === 'computed-progress'
          ? { ...paragraph, runs: [{ text: 'Min egen tekst.' }], editedByUser: true }
          : paragraph,
      ),
    };
    const fresh = compose({ ...REFERENCE_STATUSES, uddannelse: 'red' }, 'fp-2');
    const refreshed = refreshComputedParagraphs(edited, fresh, '2008-05-17T10:00:00Z');
    expect(refreshed.dataFingerprint).toBe('fp-2');
    expect(
      runsToPlainText(refreshed.paragraphs.find((p) => p.role === 'computed-progress')?.runs ?? []),
    ).toBe('Min egen tekst.');
    expect(
      runsToPlainText(refreshed.paragraphs.find((p) => p.role === 'computed-call')?.runs ?? []),
    ).toContain('er rød på');
  });

  it('swaps the call for the acknowledgement in place when the area turns green', () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const refreshed = refreshComputedParagraphs(
      draft,
      compose({ ...REFERENCE_STATUSES, uddannelse: 'green' }, 'fp-2'),
    );
    expect(refreshed.variant).toBe('acknowledge');
    expect(roles(refreshed.paragraphs)).toEqual([
      'context',
      'results',
      'computed-progress',
      'computed-acknowledge',
      'closing',
    ]);
  });

  it('keeps a user-edited call even when the data no longer calls for one', () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const edited = {
      ...draft,
      paragraphs: draft.paragraphs.map((p) =>
        p.role === 'computed-call' ? { ...p, editedByUser: true } : p,
      ),
    };
    const refreshed = refreshComputedParagraphs(
      edited,
      compose({ ...REFERENCE_STATUSES, uddannelse: 'green' }, 'fp-2'),
    );
    expect(roles(refreshed.paragraphs)).toContain('computed-call');
  });

  it("previews and exports the draft's own text with a freshly built annex", () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const custom = {
      ...draft,
      paragraphs: [
        ...draft.paragraphs,
        { id: 'c1', role: 'custom' as const, runs: [{ text: 'PS.' }], editedByUser: true },
      ],
    };
    const letter = draftToComposed(custom, dataset, fixtureStatuses(dataset));
    expect(letter.paragraphs.at(-1)?.runs[0]?.text).toBe('PS.');
    expect(letter.annex.areas).toHaveLength(6);
    expect(letter.salutation).toBe('Kære Bo Asmus Kjeldgaard');
  });
});
