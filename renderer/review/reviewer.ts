import { sanitizeFileName } from '../../shared/platform-api';
import type { ReviewedFile } from '../../shared/review/types';

/**
 * The reviewer's side (ReviewScreen): what was typed per paragraph, turned into what writeReviewerFeedback writes into
 * the .docx. Pure, so it is tested without a screen.
 */
export interface ReviewerInput {
  comment: string;
  /** The passage the comment is about (selected in the paragraph); '' for the whole paragraph. */
  quote: string;
  /** The suggested text of the whole paragraph, or null when none is suggested. */
  replacement: string | null;
}

export interface ReviewerFeedback {
  paragraphId: string;
  comments: { text: string; quote?: string }[];
  replacement?: string;
}

export const EMPTY_INPUT: ReviewerInput = { comment: '', quote: '', replacement: null };

export function feedbackFromInputs(
  file: Pick<ReviewedFile, 'paragraphs'>,
  inputs: Readonly<Record<string, ReviewerInput>>,
): ReviewerFeedback[] {
  const feedback: ReviewerFeedback[] = [];
  for (const paragraph of file.paragraphs) {
    const input = inputs[paragraph.id];
    if (!input) continue;
    const comment = input.comment.trim();
    const replacement =
      input.replacement !== null && input.replacement.trim() !== paragraph.currentText.trim()
        ? input.replacement.replace(/\s+/g, ' ').trim()
        : undefined;
    if (!comment && replacement === undefined) continue;
    feedback.push({
      paragraphId: paragraph.id,
      comments: comment ? [{ text: comment, ...(input.quote ? { quote: input.quote } : {}) }] : [],
      ...(replacement !== undefined ? { replacement } : {}),
    });
  }
  return feedback;
}

/** "brev - til gennemsyn.docx", "Pia Allerslev" → "brev - til gennemsyn - gennemset af Pia Allerslev.docx". */
export function reviewedFileName(original: string, reviewer: string): string {
  const base = original.replace(/\.docx$/i, '').slice(0, 150);
  return sanitizeFileName(`${base} - gennemset af ${reviewer.trim().slice(0, 40)}.docx`, 'gennemsyn');
}

/** Word's initials for a comment: the first letter of each name ("Pia Allerslev" → "PA"). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
}
