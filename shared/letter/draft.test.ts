import { describe, expect, it } from 'vitest';
import type { Status } from '../domain/types';
import { createDraft, draftToComposed, refreshComputedParagraphs, refreshDraftParagraphs } from './draft';
import { runsToPlainText } from './plain-text';
import { REFERENCE_STATUSES, fixtureDataset, fixtureLetter, fixtureStatuses } from './test-fixtures';

const dataset = fixtureDataset();
const compose = (statuses: Record<string, Status>, fingerprint: string) =>
  fixtureLetter({ dataset, statuses, dataFingerprint: fingerprint });
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

  const editRole = (draft: ReturnType<typeof createDraft>, role: string, text: string) => ({
    ...draft,
    paragraphs: draft.paragraphs.map((paragraph) =>
      paragraph.role === role ? { ...paragraph, runs: [{ text }], editedByUser: true } : paragraph,
    ),
  });
  const textOf = (paragraphs: { role: string; runs: { text: string }[] }[], role: string) =>
    runsToPlainText(paragraphs.find((p) => p.role === role)?.runs ?? []);

  it('replaces an edited progress paragraph with the fresh text when the data behind it changed, and says so', () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const edited = editRole(draft, 'computed-progress', 'Min egen tekst om fremgangen på alle seks områder.');
    const fresh = compose({ ...REFERENCE_STATUSES, uddannelse: 'red' }, 'fp-2');
    const { draft: refreshed, notices } = refreshDraftParagraphs(edited, fresh, '2008-05-17T10:00:00Z');
    expect(refreshed.dataFingerprint).toBe('fp-2');
    const progress = textOf(refreshed.paragraphs, 'computed-progress');
    expect(progress).toBe(textOf(fresh.paragraphs, 'computed-progress'));
    expect(progress).toContain('er der registreret tilbagegang i udviklingen');
    expect(progress).not.toContain('Min egen tekst');
    expect(refreshed.paragraphs.find((p) => p.role === 'computed-progress')?.editedByUser).toBe(false);
    expect(notices).toEqual([
      'Dine rettelser i afsnittet om fremgang og tilbagegang («Min egen tekst om fremgangen på alle seks …») ' +
        'er erstattet af den beregnede tekst, fordi data bag afsnittet er ændret. Afsnittet skal altid passe til de nyeste data.',
    ]);
    // The call's colour follows the data too ("gul" became "rød").
    expect(textOf(refreshed.paragraphs, 'computed-call')).toContain('er rød på');
  });

  it("keeps the user's wording of a computed paragraph while the text computed for it is unchanged", () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const edited = editRole(draft, 'computed-call', 'Vi beder udvalget prioritere uddannelse.');
    // Another part of the round changed (new fingerprint), but not the statuses this letter speaks of.
    const { draft: refreshed, notices } = refreshDraftParagraphs(edited, compose(REFERENCE_STATUSES, 'fp-2'));
    expect(textOf(refreshed.paragraphs, 'computed-call')).toBe('Vi beder udvalget prioritere uddannelse.');
    expect(notices).toEqual([]);
    expect(refreshed.dataFingerprint).toBe('fp-2');
  });

  it('replaces an edited call with the acknowledgement in place when the area turns green, never keeping both', () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const edited = editRole(draft, 'computed-call', 'Vi kræver handling på uddannelsesområdet nu.');
    const { draft: refreshed, notices } = refreshDraftParagraphs(
      edited,
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
    expect(textOf(refreshed.paragraphs, 'computed-acknowledge')).toContain('hovedindikatoren er grøn på');
    expect(refreshed.paragraphs.map((p) => runsToPlainText(p.runs)).join(' ')).not.toContain(
      'kræver handling',
    );
    expect(notices).toEqual([
      'Din rettede opfordring («Vi kræver handling på uddannelsesområdet nu.») er erstattet af anerkendelsen, ' +
        'fordi statusserne er ændret.',
    ]);
    expect(refreshed.dataFingerprint).toBe('fp-2');
  });

  it('removes an edited call when no area calls for one any more, and says so', () => {
    const draft = createDraft(compose(REFERENCE_STATUSES, 'fp-1'), identity);
    const edited = editRole(draft, 'computed-call', 'Prioritér uddannelse.');
    const { draft: refreshed, notices } = refreshDraftParagraphs(
      edited,
      compose({ ...REFERENCE_STATUSES, uddannelse: 'none' }, 'fp-2'),
    );
    expect(roles(refreshed.paragraphs)).not.toContain('computed-call');
    expect(notices[0]).toMatch(/^Din rettede opfordring \(«Prioritér uddannelse\.»\) er fjernet/);
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
