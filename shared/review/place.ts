import type { ReviewedFile, SentParagraph } from './types';

/** One paragraph that differs between the copy sent and the draft now. */
export interface ParagraphChangeSince {
  id: string;
  kind: 'changed' | 'added' | 'removed';
  /** The paragraph's text now (as sent, for a paragraph removed since): what a note shows. */
  text: string;
  /** The text as sent (absent for a paragraph added since). */
  sent?: string;
  /** The text in the draft now (absent for a paragraph removed since). */
  current?: string;
}

export function placeOnDraft(file: ReviewedFile, _draft: readonly SentParagraph[]): ReviewedFile {
  return file;
}

export function changedSince(
  _sent: readonly SentParagraph[],
  _current: readonly SentParagraph[],
): ParagraphChangeSince[] {
  return [];
}
