import { joinDanish } from '../../shared/domain/wording';
import type { LetterDraft } from '../../shared/letter/types';
import type { ReviewedFile, SentParagraph } from '../../shared/review/types';
import type { BarometerDb } from '../db/database';
import { getDraft } from '../db/letters';
import { checkBelongs, type OtherLetter } from './belongs';
import { feedbackItemsOf } from './feedback';
import { getReviewCopy, listReviewCopies, storeFeedback } from './review-db';
import { shownRevision } from '../../shared/review/revision';
import { shortenAtWord } from '../../shared/review/text';

/** The largest reviewed file the app opens (a 20-page letter with comments is well under 1 MB). */
export const REVIEW_FILE_MAX_BYTES = 25 * 1024 * 1024;

export type TakeBackResult =
  | { kind: 'refused'; message: string }
  | {
      kind: 'stored';
      added: number;
      /** Of `added`, how many are comments (the rest are suggested changes). */
      addedComments: number;
      known: number;
      /** Danish notes for the user: an older revision and what changed since, anchors gone, unplaced items. */
      notes: string[];
    };

/** The message of a ReviewReadError (already Danish), or a Danish one naming the file. */
export function describeReadError(error: unknown, fileName: string): string {
  if (error instanceof Error && error.name === 'ReviewReadError') return error.message;
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return `Filen «${fileName}» kunne ikke læses som et gennemsyn${detail}. Intet er ændret.`;
}

export interface TakeBackContext {
  db: BarometerDb;
  letterId: string;
  /** The stored draft's revision (after the editor saved what was pending). */
  currentRevision: number;
  /** The draft's paragraphs now (reviewParagraphsOf the composed letter). */
  currentParagraphs: SentParagraph[];
  /** "Brev til Socialudvalget (maj 2008)", to name another letter a file belongs to. */
  titleOf: (draft: LetterDraft) => string;
  now?: Date;
}

/**
 * "Indlæs gennemsyn": reads the file, checks it belongs to this letter, places its comments and changes on the draft's
 * paragraphs as they are now (an older revision included) and stores them for the review panel. The draft itself is
 * not touched: nothing in the letter changes until the user accepts a suggestion.
 */
export async function takeBackReview(
  bytes: Uint8Array,
  fileName: string,
  context: TakeBackContext,
): Promise<TakeBackResult> {
  const review = await import('../../shared/review');
  const { db, letterId } = context;
  // A file whose own record of the paragraphs is gone (edited heavily, or copied into a new document) is matched
  // against what was last sent for this letter, or the draft as it is now.
  const copies = await listReviewCopies(db, letterId);
  const fallbackSent = copies[copies.length - 1]?.paragraphs ?? context.currentParagraphs;
  let file: ReviewedFile;
  try {
    file = review.readReviewedDocx(bytes, fileName, { sent: fallbackSent });
  } catch (error) {
    return { kind: 'refused', message: describeReadError(error, fileName) };
  }
  let other: OtherLetter | undefined;
  if (file.letterId && file.letterId !== letterId) {
    const found = await getDraft(db, file.letterId);
    if (found) other = { title: context.titleOf(found) };
  }
  const belonging = checkBelongs(file, letterId, context.currentRevision, () => other);
  if (belonging.kind === 'other-letter' || belonging.kind === 'not-on-this-machine') {
    return { kind: 'refused', message: belonging.message };
  }

  const notes: string[] = [];
  const copy = file.copyId ? await getReviewCopy(db, file.copyId) : undefined;
  const sent = copy?.paragraphs ?? file.sent;
  if (belonging.kind === 'unknown-origin') {
    notes.push(
      'Filen bærer ikke gennemsynskopiens mærker (de kan være fjernet ved redigering). Kommentarer og ændringer er placeret efter tekstens lighed med brevets afsnit.',
    );
  }
  if (belonging.kind === 'this-letter' && belonging.older && sent) {
    const changed = review.changedSince(sent, context.currentParagraphs);
    if (changed.length > 0) {
      const revision = file.revision ?? copy?.revision;
      // The numbers as the review copy's mark shows them (counted from 1, shownRevision).
      const from = revision === undefined ? '' : ` (revision ${shownRevision(revision)})`;
      notes.push(
        `Filen er lavet ud fra en ældre revision af brevet${from}; brevet er nu revision ${shownRevision(context.currentRevision)} og er ændret siden i ${
          changed.length === 1 ? '1 afsnit' : `${changed.length} afsnit`
        }: ${changed.map((paragraph) => `«${shorten(paragraph.text)}»`).join(', ')}. Kommentarer og forslag er placeret på afsnittene, som de er nu.`,
      );
    }
  }
  const placed = review.placeOnDraft(file, context.currentParagraphs);
  if (placed.unplaced.length > 0) {
    notes.push(
      placed.unplaced.length === 1
        ? '1 kommentar eller ændring kunne ikke knyttes til et afsnit; den står under «Ikke placeret».'
        : `${placed.unplaced.length} kommentarer eller ændringer kunne ikke knyttes til et afsnit; de står under «Ikke placeret».`,
    );
  }
  const items = feedbackItemsOf(placed, letterId, (context.now ?? new Date()).toISOString(), copy?.id);
  const { added, addedComments, known } = await storeFeedback(db, items);
  return { kind: 'stored', added, addedComments, known, notes };
}

const shorten = (text: string): string => shortenAtWord(text);

/** «2 nye kommentarer», «1 nyt ændringsforslag», «1 ny kommentar og 3 nye ændringsforslag». */
export function describeAdded(comments: number, changes: number): string {
  const parts = [
    comments > 0 ? `${comments} ${comments === 1 ? 'ny kommentar' : 'nye kommentarer'}` : '',
    changes > 0 ? `${changes} ${changes === 1 ? 'nyt ændringsforslag' : 'nye ændringsforslag'}` : '',
  ].filter(Boolean);
  return joinDanish(parts);
}
