import { bookmarkNameOf } from './anchors';
import { sameText, similarity } from './text';
import type { ReviewedFile, ReviewedParagraph, SentParagraph, Unplaced } from './types';
import { shortenAtWord } from './text';

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

/** Similarity a file paragraph needs to land on a draft paragraph with another id. */
const PLACE_THRESHOLD = 0.5;

const shorten = (text: string): string => shortenAtWord(text);

/**
 * Re-places a reviewed file's paragraphs onto the draft as it is now: by id (or the id's bookmark name), else by text
 * similarity to the draft's paragraphs; what finds no paragraph goes to `unplaced` with the reason. The result lists
 * paragraphs in the draft's order, so a file made from an older revision lands on the right paragraphs.
 */
export function placeOnDraft(file: ReviewedFile, draft: readonly SentParagraph[]): ReviewedFile {
  const byId = new Map(draft.map((paragraph) => [paragraph.id, paragraph]));
  const byBookmark = new Map(draft.map((paragraph) => [bookmarkNameOf(paragraph.id), paragraph]));
  const placed = new Map<string, ReviewedParagraph>();
  const unplaced: Unplaced[] = [...file.unplaced];
  const leftOver: ReviewedParagraph[] = [];
  const put = (
    target: SentParagraph,
    paragraph: ReviewedParagraph,
    placedBy: ReviewedParagraph['placedBy'],
  ): void => {
    const existing = placed.get(target.id);
    if (existing) {
      existing.comments.push(...paragraph.comments);
      existing.changes.push(...paragraph.changes);
      return;
    }
    placed.set(target.id, {
      ...paragraph,
      id: target.id,
      role: target.role,
      comments: [...paragraph.comments],
      changes: [...paragraph.changes],
      placedBy,
    });
  };
  for (const paragraph of file.paragraphs) {
    const target = byId.get(paragraph.id) ?? byBookmark.get(paragraph.id);
    if (target) put(target, paragraph, paragraph.placedBy === 'missing' ? 'missing' : paragraph.placedBy);
    else leftOver.push(paragraph);
  }
  // Paragraphs whose id the draft no longer has: the most similar free draft paragraph, best pairs first.
  const candidates: { paragraph: ReviewedParagraph; target: SentParagraph; score: number }[] = [];
  for (const paragraph of leftOver) {
    for (const target of draft) {
      if (placed.has(target.id)) continue;
      const score = Math.max(
        similarity(paragraph.sentText, target.text),
        similarity(paragraph.currentText, target.text),
      );
      if (score >= PLACE_THRESHOLD) candidates.push({ paragraph, target, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const done = new Set<ReviewedParagraph>();
  for (const { paragraph, target } of candidates) {
    if (done.has(paragraph) || placed.has(target.id)) continue;
    put(target, paragraph, 'similarity');
    done.add(paragraph);
  }
  for (const paragraph of leftOver) {
    if (done.has(paragraph)) continue;
    const reason = `Afsnittet «${shorten(paragraph.sentText)}» findes ikke længere i udkastet.`;
    for (const comment of paragraph.comments)
      unplaced.push({ kind: 'comment', text: comment.text, reason, comment });
    for (const change of paragraph.changes) {
      unplaced.push({
        kind: 'change',
        text: `${shorten(change.before)} → ${shorten(change.after)}`,
        reason,
        change,
      });
    }
  }
  const paragraphs = draft
    .map((paragraph) => placed.get(paragraph.id))
    .filter((paragraph): paragraph is ReviewedParagraph => paragraph !== undefined);
  return { ...file, paragraphs, unplaced };
}

/** The paragraphs that changed between the copy sent and the draft now ("vis hvad der er ændret siden"). */
export function changedSince(
  sent: readonly SentParagraph[],
  current: readonly SentParagraph[],
): ParagraphChangeSince[] {
  const sentById = new Map(sent.map((paragraph) => [paragraph.id, paragraph]));
  const currentIds = new Set(current.map((paragraph) => paragraph.id));
  const changes: ParagraphChangeSince[] = [];
  for (const paragraph of current) {
    const before = sentById.get(paragraph.id);
    if (!before)
      changes.push({ id: paragraph.id, kind: 'added', text: paragraph.text, current: paragraph.text });
    else if (!sameText(before.text, paragraph.text)) {
      changes.push({
        id: paragraph.id,
        kind: 'changed',
        text: paragraph.text,
        sent: before.text,
        current: paragraph.text,
      });
    }
  }
  for (const paragraph of sent) {
    if (!currentIds.has(paragraph.id)) {
      changes.push({ id: paragraph.id, kind: 'removed', text: paragraph.text, sent: paragraph.text });
    }
  }
  return changes;
}
