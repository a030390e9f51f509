import { describe, expect, it } from 'vitest';
import type { ReviewComment, ReviewedFile } from '../../shared/review/types';
import { freshDatabases } from '../db/test-db';
import { checkBelongs } from './belongs';
import { describeOpen, feedbackItemsOf, openCountsByLetter } from './feedback';
import { listFeedback, listOpenFeedback, setResolution, storeFeedback } from './review-db';

const openDb = freshDatabases('review-feedback');

const comment = (text: string, extra: Partial<ReviewComment> = {}): ReviewComment => ({
  id: '1',
  author: 'Pia Allerslev',
  date: '2026-11-30T10:00:00Z',
  text,
  quote: 'prioritere',
  replies: [],
  ...extra,
});

const reviewed = (): ReviewedFile => ({
  letterId: 'brev-1',
  revision: 2,
  copyId: 'kopi-1',
  hasAnchors: true,
  paragraphs: [
    {
      id: 'p-context',
      sentText: 'Indledning.',
      currentText: 'Indledning.',
      placedBy: 'bookmark',
      comments: [
        comment('Kan vi skrive det kortere?', {
          replies: [comment('Enig.', { id: '2', author: 'Unknown Author', quote: '' })],
        }),
      ],
      changes: [],
    },
    {
      id: 'p-call',
      sentText: 'Udvalget opfordres til at prioritere målene.',
      currentText: 'Udvalget bedes prioritere målene.',
      placedBy: 'bookmark',
      comments: [comment('Blødere formulering.')],
      changes: [
        {
          before: 'Udvalget opfordres til at prioritere målene.',
          after: 'Udvalget bedes prioritere målene.',
          tracked: true,
          author: 'Pia Allerslev',
          words: [],
        },
      ],
    },
    {
      id: 'annex-bolig',
      sentText: 'Bolig – Rød',
      currentText: 'Bolig – Rød',
      placedBy: 'bookmark',
      comments: [],
      changes: [],
    },
  ],
  unplaced: [
    {
      kind: 'comment',
      text: 'Løs kommentar',
      reason: 'Kommentaren står i sidehovedet.',
      comment: comment('Løs kommentar'),
    },
  ],
});

describe('feedback taken back from a reviewed file', () => {
  it('becomes one record per comment and change, replies kept under their comment, unplaced without a paragraph', () => {
    const items = feedbackItemsOf(reviewed(), 'brev-1', '2026-11-30T12:00:00Z');
    expect(items.map((item) => [item.kind, item.paragraphId])).toEqual([
      ['comment', 'p-context'],
      ['comment', 'p-call'],
      ['change', 'p-call'],
      ['comment', undefined],
    ]);
    expect(items[0]?.text).toBe('Kan vi skrive det kortere?\nSvar fra Ukendt forfatter: Enig.');
    expect(items[0]?.reviewCopyId).toBe('kopi-1');
    expect(items[2]).toMatchObject({ before: 'Udvalget opfordres til at prioritere målene.', tracked: true });
    expect(items[3]?.text).toContain('Kommentaren står i sidehovedet.');
  });

  it('reading the same file twice adds nothing and keeps what the user decided', async () => {
    const db = openDb();
    const items = feedbackItemsOf(reviewed(), 'brev-1', '2026-11-30T12:00:00Z');
    expect(await storeFeedback(db, items)).toEqual({ added: 4, addedComments: 3, known: 0 });
    const first = items[0]?.id ?? '';
    await setResolution(db, [first], 'resolved');
    const again = feedbackItemsOf(reviewed(), 'brev-1', '2026-11-30T13:00:00Z');
    expect(await storeFeedback(db, again)).toEqual({ added: 0, addedComments: 0, known: 4 });
    const stored = await listFeedback(db, 'brev-1');
    expect(stored).toHaveLength(4);
    expect(stored.find((item) => item.id === first)?.resolution).toBe('resolved');
  });

  it('counts open comments and suggestions per letter for the letter list', async () => {
    const db = openDb();
    const items = feedbackItemsOf(reviewed(), 'brev-1', '2026-11-30T12:00:00Z');
    await storeFeedback(db, [...items, ...feedbackItemsOf(reviewed(), 'brev-2', '2026-11-30T12:00:00Z')]);
    await setResolution(db, [items[0]?.id ?? ''], 'resolved');
    await setResolution(db, [items[2]?.id ?? ''], 'accepted');
    const counts = openCountsByLetter(await listOpenFeedback(db));
    expect(counts.get('brev-1')).toEqual({ comments: 2, suggestions: 0 });
    expect(describeOpen(counts.get('brev-1'))).toBe('2 ubehandlede kommentarer');
    expect(describeOpen(counts.get('brev-2'))).toBe('3 ubehandlede kommentarer · 1 ubehandlet forslag');
    // Opened again ("Genåbn"): counted again.
    await setResolution(db, [items[0]?.id ?? ''], undefined);
    expect(openCountsByLetter(await listOpenFeedback(db)).get('brev-1')).toEqual({
      comments: 3,
      suggestions: 0,
    });
    expect(describeOpen(undefined)).toBe('');
  });
});

describe('whose file is it', () => {
  const titles = (id: string) =>
    id === 'brev-2' ? { title: 'Brev til Socialudvalget (maj 2008)' } : undefined;

  it('accepts this letter, and says when the file was made from an older revision', () => {
    expect(checkBelongs({ letterId: 'brev-1', revision: 4 }, 'brev-1', 4, titles)).toEqual({
      kind: 'this-letter',
      older: false,
    });
    expect(checkBelongs({ letterId: 'brev-1', revision: 2 }, 'brev-1', 4, titles)).toEqual({
      kind: 'this-letter',
      older: true,
    });
  });

  it('names the other letter a file belongs to', () => {
    const answer = checkBelongs({ letterId: 'brev-2', revision: 1 }, 'brev-1', 4, titles);
    expect(answer.kind).toBe('other-letter');
    expect(answer.kind === 'other-letter' && answer.message).toContain(
      '«Brev til Socialudvalget (maj 2008)»',
    );
  });

  it('says when the letter is not on this machine, and when the file carries no letter at all', () => {
    const answer = checkBelongs({ letterId: 'brev-9' }, 'brev-1', 4, titles);
    expect(answer.kind === 'not-on-this-machine' && answer.message).toContain(
      'ikke findes på denne computer',
    );
    expect(checkBelongs({}, 'brev-1', 4, titles)).toEqual({ kind: 'unknown-origin' });
  });
});
