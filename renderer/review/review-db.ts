import type { ReviewCopy, ReviewFeedbackItem } from '../../shared/review/types';
import type { BarometerDb } from '../db/database';

/** Review copies sent and feedback taken back (schema v4 tables). Each write is one transaction. */

/** Keeps a sent copy for good: a returned file is compared with exactly what its reviewer saw. */
export async function recordReviewCopy(db: BarometerDb, copy: ReviewCopy): Promise<void> {
  await db.transaction('rw', db.reviewCopies, async () => {
    await db.reviewCopies.add(copy);
  });
}

/** A letter's review copies, oldest first ("revision 3 til Pia Allerslev, 30. november 2026 kl. 10:12"). */
export async function listReviewCopies(db: BarometerDb, letterId: string): Promise<ReviewCopy[]> {
  const copies = await db.reviewCopies.where('letterId').equals(letterId).toArray();
  return copies.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

export async function getReviewCopy(db: BarometerDb, id: string): Promise<ReviewCopy | undefined> {
  return db.reviewCopies.get(id);
}

/** A letter's comments and suggestions in the order they were read. */
export async function listFeedback(db: BarometerDb, letterId: string): Promise<ReviewFeedbackItem[]> {
  const items = await db.reviewFeedback.where('letterId').equals(letterId).toArray();
  // Within one file, by the reviewer's date (a reply after what it answers); the panel groups them per paragraph.
  return items.sort(
    (a, b) =>
      a.importedAt.localeCompare(b.importedAt) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Stores what a reviewed file holds. Reading the same file again adds nothing twice and keeps what the user already
 * decided (resolved, accepted, rejected). Returns how many items are new.
 */
export async function storeFeedback(
  db: BarometerDb,
  items: readonly ReviewFeedbackItem[],
): Promise<{ added: number; addedComments: number; known: number }> {
  return db.transaction('rw', db.reviewFeedback, async () => {
    const existing = await db.reviewFeedback.bulkGet(items.map((item) => item.id));
    const fresh = items.filter((_, index) => existing[index] === undefined);
    // The same item twice in one file (a comment repeated word for word) is kept once.
    const unique = [...new Map(fresh.map((item) => [item.id, item])).values()];
    await db.reviewFeedback.bulkAdd(unique);
    return {
      added: unique.length,
      addedComments: unique.filter((item) => item.kind === 'comment').length,
      known: items.length - fresh.length,
    };
  });
}

/** Marks items resolved/accepted/rejected, or open again (`undefined`). */
export async function setResolution(
  db: BarometerDb,
  ids: readonly string[],
  resolution: ReviewFeedbackItem['resolution'],
): Promise<void> {
  await db.transaction('rw', db.reviewFeedback, async () => {
    for (const id of ids) {
      await db.reviewFeedback.update(id, (item) => {
        if (resolution) item.resolution = resolution;
        else delete item.resolution;
      });
    }
  });
}

/** Every feedback item not yet dealt with, for the letter list's counts. */
export async function listOpenFeedback(db: BarometerDb): Promise<ReviewFeedbackItem[]> {
  return db.reviewFeedback.filter((item) => item.resolution === undefined).toArray();
}
