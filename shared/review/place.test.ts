import { describe, expect, it } from 'vitest';
import { bookmarkNameOf } from './anchors';
import { changedSince, placeOnDraft } from './place';
import type { ReviewedFile, ReviewedParagraph, SentParagraph } from './types';

function reviewed(id: string, sentText: string, commentText?: string): ReviewedParagraph {
  return {
    id,
    sentText,
    currentText: sentText,
    comments: commentText ? [{ id: '1', author: 'Mette', text: commentText, quote: '', replies: [] }] : [],
    changes: [],
    placedBy: 'bookmark',
  };
}

const sentA = 'Beskæftigelsen er steget, og målet for 2010 er inden for rækkevidde.';
const sentB = 'Udvalget opfordres til at prioritere uddannelsesområdet i budgettet.';
const sentC = 'Vi ser frem til et fortsat godt samarbejde.';

describe('placeOnDraft', () => {
  const file: ReviewedFile = {
    letterId: 'brev-1',
    revision: 2,
    hasAnchors: true,
    paragraphs: [
      reviewed('p-a', sentA, 'Til A'),
      reviewed('p-old', sentB, 'Til B'),
      reviewed(bookmarkNameOf('p-c'), sentC, 'Til C'),
      reviewed('p-gone', 'Et afsnit om noget helt andet, som er slettet siden.', 'Til det slettede'),
    ],
    unplaced: [],
  };
  const draft: SentParagraph[] = [
    { id: 'p-new', role: 'custom', text: 'Et helt nyt afsnit først.' },
    { id: 'p-a', role: 'context', text: `${sentA} Tilføjet siden.` },
    { id: 'p-b2', role: 'computed-call', text: sentB.replace('budgettet', 'budgetlægningen') },
    { id: 'p-c', role: 'closing', text: sentC },
  ];
  const placed = placeOnDraft(file, draft);

  it('keeps paragraphs by id, finds renamed ones by similarity, in the draft’s order', () => {
    expect(
      placed.paragraphs.map((paragraph) => [paragraph.id, paragraph.placedBy, paragraph.comments[0]?.text]),
    ).toEqual([
      ['p-a', 'bookmark', 'Til A'],
      ['p-b2', 'similarity', 'Til B'],
      ['p-c', 'bookmark', 'Til C'],
    ]);
  });

  it('lists what lands on no paragraph of the draft, saying why in Danish', () => {
    expect(placed.unplaced).toEqual([
      expect.objectContaining({
        kind: 'comment',
        text: 'Til det slettede',
        reason:
          'Afsnittet «Et afsnit om noget helt andet, som er slettet siden.» findes ikke længere i udkastet.',
      }),
    ]);
    expect(placed.letterId).toBe('brev-1');
  });
});

describe('changedSince', () => {
  it('lists changed, added and removed paragraphs; whitespace alone is no change', () => {
    const sent: SentParagraph[] = [
      { id: 'a', role: 'context', text: sentA },
      { id: 'b', role: 'custom', text: sentB },
      { id: 'c', role: 'closing', text: sentC },
    ];
    const current: SentParagraph[] = [
      { id: 'a', role: 'context', text: `  ${sentA.replace(' ', '  ')} ` },
      { id: 'c', role: 'closing', text: 'Vi ser frem til samarbejdet.' },
      { id: 'd', role: 'custom', text: 'Nyt.' },
    ];
    expect(changedSince(sent, current)).toEqual([
      {
        id: 'c',
        kind: 'changed',
        text: 'Vi ser frem til samarbejdet.',
        sent: sentC,
        current: 'Vi ser frem til samarbejdet.',
      },
      { id: 'd', kind: 'added', text: 'Nyt.', current: 'Nyt.' },
      { id: 'b', kind: 'removed', text: sentB, sent: sentB },
    ]);
  });
});
