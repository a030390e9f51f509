/** The review loop's records (issue 8): what went out for review, and what came back. */

/** A paragraph as it stood in a review copy: the id its bookmark carries, and its plain text. */
export interface SentParagraph {
  id: string;
  /** The letter paragraph's role, or `annex-area` for an area heading of Bilag 1. */
  role: string;
  text: string;
}

/** One review copy sent ("Send til gennemsyn"): kept for good, so a returned file is compared with what the reviewer saw. */
export interface ReviewCopy {
  /** Unique per copy; written into the .docx with the letter id and revision. */
  id: string;
  letterId: string;
  /** The draft's revision when the copy was made. */
  revision: number;
  /** ISO timestamp. */
  sentAt: string;
  /** The reviewer's name, when the user typed one. */
  reviewer?: string;
  paragraphs: SentParagraph[];
}

/** A comment or suggested change taken back from a reviewed file, placed on a paragraph of the draft. */
export interface ReviewFeedbackItem {
  id: string;
  letterId: string;
  /** The review copy it answers, when the file named one. */
  reviewCopyId?: string;
  kind: 'comment' | 'change';
  /** The draft paragraph (or annex area) it belongs to; absent when it could not be placed. */
  paragraphId?: string;
  author: string;
  /** ISO date, or absent when the file gave none (LibreOffice writes 0-00-00T00:00:00Z). */
  date?: string;
  text: string;
  /** Comments: the passage the reviewer selected. */
  quote?: string;
  /** Changes: the paragraph text before and after. */
  before?: string;
  after?: string;
  tracked?: boolean;
  /** Comments: resolved by the drafter. Changes: accepted or rejected. */
  resolution?: 'resolved' | 'accepted' | 'rejected';
  importedAt: string;
}

/** One part of a word-level diff between a paragraph as sent and as it came back. */
export interface WordDiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A comment read from a reviewed .docx. */
export interface ReviewComment {
  /** The comment's w:id in the file (unique within the file only). */
  id: string;
  /** As the file gives it; LibreOffice writes "Unknown Author" when its user has no name (kept as is). */
  author: string;
  /** ISO timestamp; absent when the file gave none or a placeholder such as LibreOffice's 0-00-00T00:00:00Z. */
  date?: string;
  initials?: string;
  text: string;
  /** The passage the reviewer selected (the whole range, across paragraphs); empty for a comment on a point. */
  quote: string;
  /** Some words either side of the quote in its paragraph, to show the selection in context. */
  context?: { before: string; after: string };
  /** Replies (commentsExtended.xml, w15:paraIdParent), oldest first. */
  replies: ReviewComment[];
  /** Comments in Bilag 1's tables: the area heading above them (the paragraph is then `annex-…`). */
  annexArea?: string;
  /** Comments in a row of Bilag 1's tables: the indicator the row is about (its first cell). */
  annexIndicator?: string;
  /** Marked done by the reviewer in Word. */
  resolved?: boolean;
}

/** A change of one paragraph: tracked (w:ins/w:del/w:moveFrom/w:moveTo) or a plain edit found by comparison. */
export interface ReviewChange {
  /** The paragraph as sent (tracked: the text with the change rejected). */
  before: string;
  /** The paragraph with the change accepted. */
  after: string;
  tracked: boolean;
  author?: string;
  date?: string;
  words: WordDiffPart[];
}

/** A paragraph of the review copy as found in the returned file. */
export interface ReviewedParagraph {
  /** The draft paragraph's id (`annex-…` for a Bilag 1 area heading). */
  id: string;
  role?: string;
  /** The text as sent (from the custom XML part or the sent paragraphs passed in; else the text with changes rejected). */
  sentText: string;
  /** The text as it stands in the file: deletions removed, insertions kept. */
  currentText: string;
  comments: ReviewComment[];
  /** At most one plain edit and one tracked change set per paragraph (see readReviewedDocx). */
  changes: ReviewChange[];
  /**
   * How the paragraph was found: by its bookmark, by text similarity when the bookmark was gone, by id (placeOnDraft),
   * or 'missing': sent but not in the file (removed by the reviewer when most other paragraphs were found).
   */
  placedBy: 'bookmark' | 'similarity' | 'id' | 'missing';
}

export interface Unplaced {
  kind: 'comment' | 'change';
  text: string;
  /** Danish: why it could not be tied to a paragraph. */
  reason: string;
  /** The comment, when kind is 'comment', so the UI can still show author and date. */
  comment?: ReviewComment;
  change?: ReviewChange;
}

/** What a reviewed .docx holds, placed on the paragraphs of the review copy. */
export interface ReviewedFile {
  letterId?: string;
  revision?: number;
  copyId?: string;
  /** True when the file still carries the review copy's bookmarks or custom XML part. */
  hasAnchors: boolean;
  paragraphs: ReviewedParagraph[];
  unplaced: Unplaced[];
  /** The paragraphs as sent, when the file carries its custom XML part. */
  sent?: SentParagraph[];
}

/** The information a review copy carries (custom properties and the custom XML part). */
export interface ReviewCopyInfo {
  letterId: string;
  revision: number;
  copyId: string;
  sentAt: string;
  reviewer?: string;
  paragraphs: SentParagraph[];
}
