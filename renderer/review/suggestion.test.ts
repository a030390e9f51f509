import { describe, expect, it } from 'vitest';
import type { LetterDraft, LetterParagraph } from '../../shared/letter/types';
import type { ReviewFeedbackItem } from '../../shared/review/types';
import { openCountsByLetter } from './feedback';
import {
  applySuggestions,
  applyToParagraph,
  effectiveFeedback,
  hasSuggestedText,
  minimalEdit,
  paragraphText,
  replaceInRuns,
} from './suggestion';

const paragraph = (id: string, runs: LetterParagraph['runs'], role: LetterParagraph['role'] = 'context') => ({
  id,
  role,
  runs,
  editedByUser: false,
});

const draftWith = (...paragraphs: LetterParagraph[]): LetterDraft => ({
  id: 'brev-1',
  roundId: 'r2008',
  recipientCommitteeId: 'buu',
  areaIds: ['uddannelse'],
  state: 'til-gennemsyn',
  variant: 'urge',
  header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '', doknr: '' },
  paragraphs,
  dataFingerprint: 'x',
  statusRule: 'development',
  createdAt: '2008-05-01T00:00:00.000Z',
  updatedAt: '2008-05-01T00:00:00.000Z',
  revision: 3,
});

describe('accepting a suggestion', () => {
  it('finds the smallest edit between two texts', () => {
    expect(minimalEdit('Udvalget opfordres til at prioritere', 'Udvalget bedes prioritere')).toEqual({
      start: 9,
      removed: 'opfordres til at',
      inserted: 'bedes',
    });
    expect(minimalEdit('same', 'same')).toEqual({ start: 4, removed: '', inserted: '' });
  });

  it('replaces only the changed words, so bold and links elsewhere in the paragraph stay', () => {
    const runs = [
      { text: 'Kære udvalg, ' },
      { text: 'bemærk', bold: true },
      { text: ' resultaterne på ' },
      { text: 'kk.dk', link: 'https://www.kk.dk' },
      { text: '.' },
    ];
    const result = applyToParagraph(
      paragraph('p1', runs),
      'Kære udvalg, bemærk resultaterne på kk.dk.',
      'Kære udvalg, bemærk de nye resultater på kk.dk.',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(paragraphText(result.paragraph.runs)).toBe('Kære udvalg, bemærk de nye resultater på kk.dk.');
    expect(result.paragraph.runs.find((run) => run.bold)?.text).toBe('bemærk');
    expect(result.paragraph.runs.find((run) => run.link)).toEqual({
      text: 'kk.dk',
      link: 'https://www.kk.dk',
    });
    // Accepting makes the text the user's own: a computed paragraph is no longer rewritten from the data.
    expect(result.paragraph.editedByUser).toBe(true);
  });

  it('gives new words inside a bold passage the bold of the words they replace', () => {
    const runs = replaceInRuns(
      [{ text: 'a ' }, { text: 'gammel tekst', bold: true }, { text: ' b' }],
      2,
      6,
      'ny',
    );
    expect(runs).toEqual([{ text: 'a ' }, { text: 'ny tekst', bold: true }, { text: ' b' }]);
  });

  it('still places the suggestion when the paragraph changed elsewhere since the copy was sent', () => {
    const sent = 'Vi ser frem til et godt samarbejde om målene.';
    const now = 'Vi ser frem til et godt samarbejde om målene. Med venlig hilsen.';
    const result = applyToParagraph(
      paragraph('p1', [{ text: now }]),
      sent,
      'Vi ser frem til et fortsat godt samarbejde om målene.',
    );
    expect(result.ok && paragraphText(result.paragraph.runs)).toBe(
      'Vi ser frem til et fortsat godt samarbejde om målene. Med venlig hilsen.',
    );
  });

  it('refuses, with a Danish reason, when the changed passage is gone from the draft', () => {
    const result = applyToParagraph(
      paragraph('p1', [{ text: 'Helt ny tekst skrevet af kontoret.' }]),
      'Vi ser frem til et godt samarbejde.',
      'Vi ser frem til et fortsat godt samarbejde.',
    );
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Ret afsnittet i hånden') });
  });

  it('does not split an emoji when the edit starts inside one', () => {
    const edit = minimalEdit('Tak 😀 for brevet', 'Tak 😃 for brevet');
    expect(edit.removed).toBe('😀');
    expect(edit.inserted).toBe('😃');
  });

  it('accepts several suggestions as one change, and lists those it cannot make', () => {
    const draft = draftWith(
      paragraph('p-context', [{ text: 'Første afsnit om integration.' }]),
      paragraph('p-call', [{ text: 'Udvalget opfordres til at prioritere målene.' }], 'computed-call'),
    );
    const {
      draft: next,
      applied,
      failed,
    } = applySuggestions(draft, [
      {
        id: 'a',
        paragraphId: 'p-context',
        before: 'Første afsnit om integration.',
        after: 'Første afsnit om integrationen.',
      },
      {
        id: 'b',
        paragraphId: 'p-call',
        before: 'Udvalget opfordres til at prioritere målene.',
        after: 'Udvalget opfordres til at prioritere Borgerrepræsentationens mål.',
      },
      { id: 'c', paragraphId: 'p-gone', before: 'x', after: 'y' },
    ]);
    expect(applied).toEqual(['a', 'b']);
    expect(failed).toEqual([{ id: 'c', reason: expect.stringContaining('findes ikke længere') }]);
    expect(next.paragraphs.map((p) => paragraphText(p.runs))).toEqual([
      'Første afsnit om integrationen.',
      'Udvalget opfordres til at prioritere Borgerrepræsentationens mål.',
    ]);
    // The original draft is untouched (the editor keeps it for Fortryd).
    expect(paragraphText(draft.paragraphs[0]?.runs ?? [])).toBe('Første afsnit om integration.');
  });

  it('applies a second suggestion on the same paragraph after the first', () => {
    const sent = 'Resultaterne viser fremgang på boligområdet og stilstand på uddannelsesområdet.';
    const draft = draftWith(paragraph('p', [{ text: sent }]));
    const { draft: next, applied } = applySuggestions(draft, [
      { id: '1', paragraphId: 'p', before: sent, after: sent.replace('fremgang', 'klar fremgang') },
      { id: '2', paragraphId: 'p', before: sent, after: sent.replace('stilstand', 'desværre stilstand') },
    ]);
    expect(applied).toEqual(['1', '2']);
    expect(paragraphText(next.paragraphs[0]?.runs ?? [])).toBe(
      'Resultaterne viser klar fremgang på boligområdet og desværre stilstand på uddannelsesområdet.',
    );
  });
});

describe('a suggestion whose text is already in the letter, and one accepted then undone', () => {
  const item = (resolution?: 'accepted' | 'rejected'): ReviewFeedbackItem => ({
    id: 'brev-1:x',
    letterId: 'brev-1',
    importedAt: '2008-05-20T10:00:00.000Z',
    kind: 'change',
    paragraphId: 'p1',
    author: 'Mette',
    text: 'Vi ser frem til et godt samarbejde.',
    before: 'Vi ser frem til et fortsat samarbejde.',
    after: 'Vi ser frem til et godt samarbejde.',
    tracked: true,
    ...(resolution ? { resolution } : {}),
  });
  const suggestion = {
    id: 'brev-1:x',
    paragraphId: 'p1',
    before: item().before ?? '',
    after: item().after ?? '',
  };

  it('accepting where the paragraph already reads as suggested only marks it (no error, no change)', () => {
    const draft = draftWith(paragraph('p1', [{ text: 'Vi ser frem til et godt samarbejde.' }]));
    const result = applySuggestions(draft, [suggestion]);
    expect(result).toMatchObject({ applied: [], already: ['brev-1:x'], failed: [] });
    expect(result.draft).toBe(draft);
    expect(hasSuggestedText(item('accepted'), draft)).toBe(true);
  });

  it('counts an accepted suggestion as open again once Fortryd took its text out', () => {
    const undone = draftWith(paragraph('p1', [{ text: 'Vi ser frem til et fortsat samarbejde.' }]));
    const accepted = draftWith(paragraph('p1', [{ text: 'Vi ser frem til et godt samarbejde.' }]));
    expect(openCountsByLetter(effectiveFeedback([item('accepted')], undone)).get('brev-1')).toEqual({
      comments: 0,
      suggestions: 1,
    });
    expect(openCountsByLetter(effectiveFeedback([item('accepted')], accepted)).get('brev-1')).toBeUndefined();
    expect(effectiveFeedback([item('rejected')], undone)[0]?.resolution).toBe('rejected');
  });
});
