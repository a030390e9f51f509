import type { ReviewComment, ReviewedFile, ReviewFeedbackItem } from '../../shared/review/types';

/**
 * A reviewed file's comments and changes as the records the editor keeps (db.reviewFeedback), and the counts the
 * letter list shows. Pure.
 */

/** FNV-1a, twice with different seeds: a stable id for the same comment read from the same file again. */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function itemId(letterId: string, parts: readonly (string | boolean | undefined)[]): string {
  return `${letterId}:${hashText(parts.map((part) => String(part ?? '')).join('\u0000'))}`;
}

/** Word's threads: a reply shows under its comment, and resolving the comment resolves the thread. */
function commentText(comment: ReviewComment): string {
  return [
    comment.text,
    ...comment.replies.map((reply) => `Svar fra ${authorName(reply.author)}: ${reply.text}`),
  ].join('\n');
}

/** LibreOffice writes "Unknown Author" when its user has no name. */
export function authorName(author: string | undefined): string {
  const trimmed = author?.trim() ?? '';
  return trimmed === '' || trimmed === 'Unknown Author' ? 'Ukendt forfatter' : trimmed;
}

/** Every comment and change of the file as records for this letter (unplaced ones without a paragraph). */
export function feedbackItemsOf(
  file: ReviewedFile,
  letterId: string,
  importedAt: string,
  reviewCopyId?: string,
): ReviewFeedbackItem[] {
  const items: ReviewFeedbackItem[] = [];
  const copy = reviewCopyId ?? file.copyId;
  const base = { letterId, importedAt, ...(copy ? { reviewCopyId: copy } : {}) };
  const comment = (c: ReviewComment, paragraphId: string | undefined, note?: string): ReviewFeedbackItem => {
    const text = note ? `${commentText(c)}\n(${note})` : commentText(c);
    return {
      ...base,
      id: itemId(letterId, ['comment', paragraphId, c.author, c.date, text, c.quote]),
      kind: 'comment',
      ...(paragraphId ? { paragraphId } : {}),
      author: c.author,
      ...(c.date ? { date: c.date } : {}),
      text,
      ...(c.quote ? { quote: c.quote } : {}),
    };
  };
  for (const paragraph of file.paragraphs) {
    for (const c of paragraph.comments) items.push(comment(c, paragraph.id));
    for (const change of paragraph.changes) {
      items.push({
        ...base,
        id: itemId(letterId, ['change', paragraph.id, change.before, change.after, change.tracked]),
        kind: 'change',
        paragraphId: paragraph.id,
        author: change.author ?? '',
        ...(change.date ? { date: change.date } : {}),
        text: change.after,
        before: change.before,
        after: change.after,
        tracked: change.tracked,
      });
    }
  }
  for (const unplaced of file.unplaced) {
    if (unplaced.kind === 'comment' && unplaced.comment) {
      items.push(comment(unplaced.comment, undefined, unplaced.reason));
      continue;
    }
    const text = `${unplaced.text}\n(${unplaced.reason})`;
    items.push({
      ...base,
      id: itemId(letterId, ['unplaced', unplaced.kind, text]),
      kind: unplaced.kind,
      author: unplaced.change?.author ?? unplaced.comment?.author ?? '',
      text,
      ...(unplaced.change
        ? { before: unplaced.change.before, after: unplaced.change.after, tracked: unplaced.change.tracked }
        : {}),
    });
  }
  return items;
}

export interface OpenCounts {
  comments: number;
  suggestions: number;
}

/** Per letter: comments not yet marked as dealt with, and suggestions neither accepted nor rejected. */
export function openCountsByLetter(items: readonly ReviewFeedbackItem[]): Map<string, OpenCounts> {
  const counts = new Map<string, OpenCounts>();
  for (const item of items) {
    if (item.resolution) continue;
    const entry = counts.get(item.letterId) ?? { comments: 0, suggestions: 0 };
    if (item.kind === 'comment') entry.comments += 1;
    else entry.suggestions += 1;
    counts.set(item.letterId, entry);
  }
  return counts;
}

/** "2 ubehandlede kommentarer · 1 forslag", or '' when nothing is open. */
export function describeOpen(counts: OpenCounts | undefined): string {
  if (!counts) return '';
  const parts: string[] = [];
  if (counts.comments > 0) {
    parts.push(
      counts.comments === 1 ? '1 ubehandlet kommentar' : `${counts.comments} ubehandlede kommentarer`,
    );
  }
  if (counts.suggestions > 0) {
    parts.push(
      counts.suggestions === 1 ? '1 ubehandlet forslag' : `${counts.suggestions} ubehandlede forslag`,
    );
  }
  return parts.join(' · ');
}
