import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../shared/letter/draft';
import { fixtureLetter } from '../../shared/letter/test-fixtures';
import type { ComposedLetter, LetterDraft } from '../../shared/letter/types';
import { buildReviewDocx, reviewParagraphsOf, writeReviewerFeedback } from '../../shared/review';
import type { BarometerDb } from '../db/database';
import { saveDraft } from '../db/letters';
import { freshDatabases } from '../db/test-db';
import { listFeedback } from './review-db';
import { describeAdded, takeBackReview } from './take-back';

const openDb = freshDatabases('review-take-back');

function draftOf(letter: ComposedLetter, id: string): LetterDraft {
  return createDraft(letter, { id, roundId: '2008', recipientCommitteeId: 'buu', areaIds: ['uddannelse'] });
}

async function reviewCopy(letter: ComposedLetter, letterId: string, revision = 0): Promise<Uint8Array> {
  return buildReviewDocx(letter, {
    letterId,
    revision,
    copyId: `kopi-${letterId}-${revision}`,
    sentAt: '2026-11-30T10:00:00.000Z',
    paragraphs: reviewParagraphsOf(letter),
  });
}

async function setUp(): Promise<{ db: BarometerDb; letter: ComposedLetter; draft: LetterDraft }> {
  const db = openDb();
  const letter = fixtureLetter();
  const draft = await saveDraft(db, draftOf(letter, 'brev-1'));
  await saveDraft(db, draftOf(letter, 'brev-2'));
  return { db, letter, draft };
}

const context = (db: BarometerDb, letter: ComposedLetter) => ({
  db,
  letterId: 'brev-1',
  currentRevision: 0,
  currentParagraphs: reviewParagraphsOf(letter),
  titleOf: (other: LetterDraft) => `Brev til udvalget ${other.id}`,
  now: new Date('2026-11-30T12:00:00.000Z'),
});

describe('taking a reviewed file back into a letter', () => {
  it('refuses a file for another letter on this machine, naming it, and stores nothing', async () => {
    const { db, letter } = await setUp();
    const result = await takeBackReview(
      await reviewCopy(letter, 'brev-2'),
      'andet.docx',
      context(db, letter),
    );
    expect(result).toEqual({
      kind: 'refused',
      message: expect.stringContaining('«Brev til udvalget brev-2»'),
    });
    expect(await db.reviewFeedback.count()).toBe(0);
  });

  it('refuses a file for a letter that is not on this machine', async () => {
    const { db, letter } = await setUp();
    const result = await takeBackReview(
      await reviewCopy(letter, 'brev-fremmed'),
      'x.docx',
      context(db, letter),
    );
    expect(result).toEqual({
      kind: 'refused',
      message: expect.stringContaining('ikke findes på denne computer'),
    });
  });

  it('refuses a file that is no .docx with the reader’s Danish message naming the file, and the draft is as it was', async () => {
    const { db, letter, draft } = await setUp();
    const junk = new TextEncoder().encode('Dette er ikke et Word-dokument.');
    const result = await takeBackReview(junk, 'noter.docx', context(db, letter));
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.message).toContain('noter.docx');
    expect(await db.letters.get('brev-1')).toEqual(draft);
    expect(await db.reviewFeedback.count()).toBe(0);
  });

  it('stores the comments and the suggestion of a reviewed copy on their paragraphs, once', async () => {
    const { db, letter } = await setUp();
    const [first, , , , last] = reviewParagraphsOf(letter);
    const reviewed = writeReviewerFeedback(
      await reviewCopy(letter, 'brev-1'),
      [
        {
          paragraphId: first?.id ?? '',
          comments: [{ text: 'Kortere, tak.', quote: 'Integrationsarbejdet' }],
        },
        { paragraphId: last?.id ?? '', comments: [], replacement: `${last?.text ?? ''} Med venlig hilsen.` },
      ],
      { author: 'Pia Allerslev', initials: 'PA', date: '2026-11-30T11:00:00.000Z' },
    );
    const result = await takeBackReview(reviewed, 'svar.docx', context(db, letter));
    expect(result).toMatchObject({ kind: 'stored', added: 2, addedComments: 1, known: 0 });
    const items = (await listFeedback(db, 'brev-1')).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(items.map((item) => [item.kind, item.paragraphId, item.author])).toEqual([
      ['change', last?.id, 'Pia Allerslev'],
      ['comment', first?.id, 'Pia Allerslev'],
    ]);
    expect(items[0]?.after).toContain('Med venlig hilsen.');
    expect(items[1]).toMatchObject({ text: 'Kortere, tak.', quote: 'Integrationsarbejdet' });
    expect(await takeBackReview(reviewed, 'svar.docx', context(db, letter))).toMatchObject({
      added: 0,
      known: 2,
    });
  });

  it('places a file made from an older revision on the draft as it is now, and says what changed since', async () => {
    const { db, letter, draft } = await setUp();
    const sent = reviewParagraphsOf(letter);
    const copy = await reviewCopy(letter, 'brev-1', 0);
    await db.reviewCopies.add({
      id: 'kopi-brev-1-0',
      letterId: 'brev-1',
      revision: 0,
      sentAt: '2026-11-30T10:00:00.000Z',
      paragraphs: sent,
    });
    // The office went on writing: the first paragraph is new, the letter has a newer revision.
    const edited = draft.paragraphs.map((p, index) =>
      index === 0 ? { ...p, runs: [{ text: 'En helt ny indledning skrevet efter afsendelsen.' }] } : p,
    );
    const now = await saveDraft(db, { ...draft, paragraphs: edited });
    const currentLetter = { ...letter, paragraphs: edited };
    const last = sent[4];
    const reviewed = writeReviewerFeedback(
      copy,
      [{ paragraphId: last?.id ?? '', comments: [{ text: 'Fint.' }] }],
      { author: 'Pia Allerslev', date: '2026-11-30T11:00:00.000Z' },
    );
    const result = await takeBackReview(reviewed, 'svar.docx', {
      ...context(db, currentLetter),
      currentRevision: now.revision ?? 0,
    });
    expect(result.kind).toBe('stored');
    expect(result.kind === 'stored' && result.notes.join(' ')).toMatch(
      /lavet ud fra en ældre revision af brevet \(revision 1\); brevet er nu revision 2 og er ændret siden i 1 afsnit: «En helt ny indledning/,
    );
    const [item] = await listFeedback(db, 'brev-1');
    expect(item).toMatchObject({ kind: 'comment', paragraphId: last?.id, reviewCopyId: 'kopi-brev-1-0' });
  });

  it('places the comments of a file that lost its review marks by text similarity, and says so', async () => {
    const { db, letter } = await setUp();
    const [first] = reviewParagraphsOf(letter);
    const reviewed = writeReviewerFeedback(
      await reviewCopy(letter, 'brev-1'),
      [{ paragraphId: first?.id ?? '', comments: [{ text: 'Kortere, tak.' }] }],
      { author: 'Pia Allerslev', date: '2026-11-30T11:00:00.000Z' },
    );
    // As if copied into a new document: no custom XML part, no custom properties, no bookmarks.
    const parts = Object.fromEntries(
      Object.entries(unzipSync(reviewed)).filter(
        ([name]) => !name.startsWith('customXml/') && name !== 'docProps/custom.xml',
      ),
    );
    parts['word/document.xml'] = strToU8(
      strFromU8(parts['word/document.xml'] ?? new Uint8Array()).replace(
        /<w:bookmark(Start|End)\b[^>]*\/>/g,
        '',
      ),
    );
    const stripped = zipSync(parts);
    const result = await takeBackReview(stripped, 'kopieret.docx', context(db, letter));
    expect(result.kind).toBe('stored');
    expect(result.kind === 'stored' && result.notes.join(' ')).toContain('efter tekstens lighed');
    const [item] = await listFeedback(db, 'brev-1');
    expect(item).toMatchObject({ kind: 'comment', paragraphId: first?.id, text: 'Kortere, tak.' });
  });
});

describe('what the office is told after taking a file back', () => {
  it('names comments and suggested changes apart, in Danish singular and plural', () => {
    expect(describeAdded(2, 0)).toBe('2 nye kommentarer');
    expect(describeAdded(0, 1)).toBe('1 nyt ændringsforslag');
    expect(describeAdded(1, 3)).toBe('1 ny kommentar og 3 nye ændringsforslag');
  });
});
