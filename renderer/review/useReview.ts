import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewCopy, ReviewFeedbackItem } from '../../shared/review/types';
import type { BarometerDb } from '../db/database';
import { openCountsByLetter, type OpenCounts } from './feedback';
import { listFeedback, listOpenFeedback, listReviewCopies } from './review-db';

/** A letter's review copies and feedback, live (a file taken back in another window shows here too). */
export function useLetterReview(
  db: BarometerDb,
  letterId: string,
): { copies: ReviewCopy[] | undefined; feedback: ReviewFeedbackItem[] | undefined } {
  const copies = useLiveQuery(() => listReviewCopies(db, letterId), [db, letterId]);
  const feedback = useLiveQuery(() => listFeedback(db, letterId), [db, letterId]);
  return { copies, feedback };
}

/** Open comments and suggestions per letter, for the letter list. */
export function useOpenCounts(db: BarometerDb): Map<string, OpenCounts> | undefined {
  return useLiveQuery(async () => openCountsByLetter(await listOpenFeedback(db)), [db]);
}

/** This letter's comments not yet marked as dealt with (the signing export asks once while there are any). */
export function useOpenCommentCount(db: BarometerDb, letterId: string): number {
  return (
    useLiveQuery(
      async () =>
        (await listFeedback(db, letterId)).filter((item) => item.kind === 'comment' && !item.resolution)
          .length,
      [db, letterId],
    ) ?? 0
  );
}

/** Open comments and suggestions per paragraph of a letter, for the note beside each paragraph in the editor. */
export function useOpenByParagraph(db: BarometerDb, letterId: string): Map<string, OpenCounts> {
  return (
    useLiveQuery(async () => {
      const counts = new Map<string, OpenCounts>();
      for (const item of await listFeedback(db, letterId)) {
        if (item.resolution || !item.paragraphId) continue;
        const entry = counts.get(item.paragraphId) ?? { comments: 0, suggestions: 0 };
        if (item.kind === 'comment') entry.comments += 1;
        else entry.suggestions += 1;
        counts.set(item.paragraphId, entry);
      }
      return counts;
    }, [db, letterId]) ?? EMPTY
  );
}

const EMPTY = new Map<string, OpenCounts>();
