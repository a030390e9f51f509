/** One paragraph's feedback from the in-app reviewer. */
export interface ParagraphFeedback {
  paragraphId: string;
  comments: { text: string; quote?: string }[];
  /** The suggested new text of the whole paragraph, written as tracked changes. */
  replacement?: string;
}

export interface ReviewerIdentity {
  author: string;
  initials?: string;
  /** ISO timestamp. */
  date: string;
}

export function writeReviewerFeedback(
  reviewCopyBytes: Uint8Array,
  _feedback: readonly ParagraphFeedback[],
  _reviewer: ReviewerIdentity,
): Uint8Array {
  return reviewCopyBytes;
}
