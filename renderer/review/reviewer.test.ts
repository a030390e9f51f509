import { describe, expect, it } from 'vitest';
import { EMPTY_INPUT, feedbackFromInputs, initialsOf, reviewedFileName } from './reviewer';

const file = {
  paragraphs: [
    {
      id: 'p-context',
      sentText: 'A.',
      currentText: 'Indledningen.',
      placedBy: 'bookmark' as const,
      comments: [],
      changes: [],
    },
    {
      id: 'p-call',
      sentText: 'B.',
      currentText: 'Opfordringen.',
      placedBy: 'bookmark' as const,
      comments: [],
      changes: [],
    },
    {
      id: 'p-closing',
      sentText: 'C.',
      currentText: 'Afslutningen.',
      placedBy: 'bookmark' as const,
      comments: [],
      changes: [],
    },
  ],
};

describe("the reviewer's feedback", () => {
  it('keeps paragraphs with a comment or a changed text, in the letter order', () => {
    const feedback = feedbackFromInputs(file, {
      'p-closing': { ...EMPTY_INPUT, replacement: 'Afslutningen,  kortere.' },
      'p-context': { comment: '  For langt. ', quote: 'Indledningen', replacement: null },
      // A suggestion left as the text was is no suggestion; an empty comment is none either.
      'p-call': { comment: ' ', quote: '', replacement: 'Opfordringen.' },
    });
    expect(feedback).toEqual([
      { paragraphId: 'p-context', comments: [{ text: 'For langt.', quote: 'Indledningen' }] },
      { paragraphId: 'p-closing', comments: [], replacement: 'Afslutningen, kortere.' },
    ]);
  });

  it('names the saved file after the reviewer', () => {
    expect(reviewedFileName('Brev til BUU - til gennemsyn.docx', 'Pia Allerslev')).toBe(
      'Brev til BUU - til gennemsyn - gennemset af Pia Allerslev.docx',
    );
    expect(reviewedFileName('brev.DOCX', 'a/b')).toBe('brev - gennemset af a-b.docx');
    expect(initialsOf('Pia  Allerslev')).toBe('PA');
  });
});
