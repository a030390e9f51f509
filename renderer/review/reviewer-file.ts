/**
 * The review file a reviewer chose (on the Letters screen, by the menu or by drag-and-drop), handed to the review
 * screen. Held in memory only: the reviewer's side never writes to the database.
 */
export interface ReviewFileChoice {
  name: string;
  data: Uint8Array;
}

let pending: ReviewFileChoice | null = null;

export function setPendingReviewFile(file: ReviewFileChoice): void {
  pending = file;
}

/** The chosen file, once: a second call returns null. */
export function takePendingReviewFile(): ReviewFileChoice | null {
  const file = pending;
  pending = null;
  return file;
}
