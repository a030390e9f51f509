/**
 * The review loop's pure core (issue 8): the review copy out, the reviewed file back, placed on the draft.
 * Screens and the CLI import from here only.
 */
export { buildReviewDocx, reviewMarkText } from './build-review-docx';
export { shownRevision } from './revision';
export { bookmarkNameOf, REVIEW_PROPERTY, REVIEW_XML_NAMESPACE } from './anchors';
export { ReviewReadError, type ReviewReadErrorKind } from './errors';
export { ANNEX_AREA_ROLE, areaNameOfHeading, reviewParagraphsOf } from './paragraphs';
export { readReviewLetterContext, type ReviewLetterContext } from './letter-context';
export { changedSince, placeOnDraft, type ParagraphChangeSince } from './place';
export { readReviewedDocx, type ReadReviewedOptions } from './read-reviewed-docx';
export { normalizeText, sameText, similarity, wordDiff } from './text';
export type {
  ReviewChange,
  ReviewComment,
  ReviewCopy,
  ReviewCopyInfo,
  ReviewedFile,
  ReviewedParagraph,
  ReviewFeedbackItem,
  SentParagraph,
  Unplaced,
  WordDiffPart,
} from './types';
export { writeReviewerFeedback, type ParagraphFeedback, type ReviewerIdentity } from './write-feedback';
