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
