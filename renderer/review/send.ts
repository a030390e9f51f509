import type { ComposedLetter, LetterDraft } from '../../shared/letter/types';
import { sanitizeFileName } from '../../shared/platform-api';
import type { ReviewCopy } from '../../shared/review/types';
import type { BarometerDb } from '../db/database';
import { getDraft, revisionOf } from '../db/letters';
import { DOCX_FILTER } from '../letters/export';
import { letterFileName } from '../letters/draft-service';
import { loadLogoOptions } from '../letters/logo';
import { getPlatform } from '../platform';
import { recordReviewCopy } from './review-db';

/** "Brev til Børne- og Ungdomsudvalget 2008-05-16 - til gennemsyn hos Pia Allerslev.docx". */
export function reviewFileName(letter: ComposedLetter, reviewer?: string): string {
  const signing = letterFileName(
    letter.recipientCommitteeName,
    letter.header.date,
    'docx',
    Boolean(letter.sampleData),
  );
  const who = reviewer ? ` hos ${reviewer.slice(0, 40)}` : '';
  return sanitizeFileName(
    `${signing.slice(0, -'.docx'.length)} - til gennemsyn${who}.docx`,
    'gennemsyn.docx',
  );
}

/**
 * "Send til gennemsyn": the draft as a review copy (.docx with the review mark and anchors) handed to the save dialog;
 * once saved, the copy is kept (revision, reviewer, time, paragraphs as sent). The draft must be saved first (the
 * caller flushes), so the revision in the file is the stored one. Returns the copy, or null when the user cancelled.
 */
export async function sendForReview(
  db: BarometerDb,
  draft: LetterDraft,
  letter: ComposedLetter,
  reviewer: string,
  now: Date = new Date(),
): Promise<ReviewCopy | null> {
  const stored = await getDraft(db, draft.id);
  if (!stored) throw new Error('Brevet findes ikke længere; det kan være slettet i et andet vindue.');
  const { buildReviewDocx, reviewParagraphsOf } = await import('../../shared/review');
  const copy: ReviewCopy = {
    id: crypto.randomUUID(),
    letterId: draft.id,
    revision: revisionOf(stored),
    sentAt: now.toISOString(),
    ...(reviewer ? { reviewer } : {}),
    paragraphs: reviewParagraphsOf(letter),
  };
  // The same letterhead as the signing copy (logo and its side), so the reviewer sees the letter as it will go out.
  const logo = await loadLogoOptions(db);
  const bytes = await buildReviewDocx(
    letter,
    {
      letterId: copy.letterId,
      revision: copy.revision,
      copyId: copy.id,
      sentAt: copy.sentAt,
      ...(reviewer ? { reviewer } : {}),
      paragraphs: copy.paragraphs,
    },
    logo,
  );
  const result = await getPlatform().saveFile({
    suggestedName: reviewFileName(letter, reviewer),
    filters: [DOCX_FILTER],
    data: new Uint8Array(bytes),
  });
  if (!result.saved) return null;
  await recordReviewCopy(db, copy);
  return copy;
}
