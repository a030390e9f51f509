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
