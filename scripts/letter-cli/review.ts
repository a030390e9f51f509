/**
 * The review loop on the command line (issue 8):
 *   npm run letter -- --review …            writes the review copy instead of the signing copy
 *   npm run letter -- comments FIL.docx     prints what a reviewed file holds as JSON
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { BuildDocxOptions } from '../../shared/docx/build-docx';
import type { ComposedLetter } from '../../shared/letter/types';
import {
  buildReviewDocx,
  readReviewedDocx,
  reviewParagraphsOf,
  shownRevision,
  type ReviewComment,
  type ReviewedFile,
} from '../../shared/review';
import { CliUsageError } from './args';
import { readInputFile } from './read-input';

export interface CliReviewCopy {
  bytes: Uint8Array;
  letterId: string;
  copyId: string;
}

/**
 * A review copy made outside the app: no stored draft, so revision 0, a fresh letter id and a fresh copy id (the
 * file's own custom XML part then carries everything needed to read the answer back).
 */
export async function cliReviewCopy(
  letter: ComposedLetter,
  reviewer: string | undefined,
  options: BuildDocxOptions,
  now = new Date(),
): Promise<CliReviewCopy> {
  const letterId = randomUUID();
  const copyId = randomUUID();
  const bytes = await buildReviewDocx(
    letter,
    {
      letterId,
      revision: 0,
      copyId,
      sentAt: now.toISOString(),
      paragraphs: reviewParagraphsOf(letter),
      ...(reviewer ? { reviewer } : {}),
    },
    options,
  );
  return { bytes, letterId, copyId };
}

function commentJson(comment: ReviewComment): Record<string, unknown> {
  return {
    author: comment.author,
    date: comment.date ?? null,
    text: comment.text,
    quote: comment.quote,
    ...(comment.context ? { context: comment.context } : {}),
    ...(comment.annexArea ? { annexArea: comment.annexArea } : {}),
    ...(comment.annexIndicator ? { annexIndicator: comment.annexIndicator } : {}),
    ...(comment.resolved ? { resolved: true } : {}),
    replies: comment.replies.map(commentJson),
  };
}

/**
 * The JSON the issue asks for (letterId, revision, paragraphs with comments and changes, unplaced), plus a bit more.
 * `revision` is the number the copy's mark shows (counted from 1, shownRevision).
 */
export function reviewedFileJson(file: ReviewedFile): Record<string, unknown> {
  return {
    letterId: file.letterId ?? null,
    revision: file.revision === undefined ? null : shownRevision(file.revision),
    copyId: file.copyId ?? null,
    hasAnchors: file.hasAnchors,
    paragraphs: file.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      ...(paragraph.role ? { role: paragraph.role } : {}),
      text: paragraph.sentText,
      placedBy: paragraph.placedBy,
      comments: paragraph.comments.map(commentJson),
      changes: paragraph.changes.map((change) => ({
        before: change.before,
        after: change.after,
        tracked: change.tracked,
        ...(change.author ? { author: change.author } : {}),
        ...(change.date ? { date: change.date } : {}),
      })),
    })),
    unplaced: file.unplaced.map((item) => ({
      kind: item.kind,
      text: item.text,
      reason: item.reason,
      ...(item.comment ? { author: item.comment.author, date: item.comment.date ?? null } : {}),
    })),
  };
}

/** `comments FIL.docx`: reads the file and prints its JSON on stdout; Danish errors (exit 1) otherwise. */
export async function printReviewComments(argv: readonly string[]): Promise<void> {
  if (argv.length !== 1 || argv[0]?.startsWith('--')) {
    throw new CliUsageError('comments skal have præcis én fil: npm run letter -- comments GENNEMSET.docx');
  }
  const path = argv[0] ?? '';
  const bytes = await readInputFile(path);
  const file = readReviewedDocx(bytes, basename(path));
  console.log(JSON.stringify(reviewedFileJson(file), null, 2));
}
