import { mergeAdjacentRuns } from '../../shared/letter/inline-markup';
import type { InlineRun, LetterDraft, LetterParagraph } from '../../shared/letter/types';
import type { ReviewFeedbackItem } from '../../shared/review/types';

/**
 * Accepting a reviewer's suggestion: the paragraph's text goes from `before` to `after`. Only the words that differ
 * are replaced, so bold, italics and links elsewhere in the paragraph stay as they were. Pure: the editor applies the
 * result through its normal edit path (one undoable step, autosaved, revision-checked like typing).
 */

/** A paragraph's text as Word shows it (a link's text only, as in the .docx). */
export function paragraphText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** The smallest edit turning `before` into `after`: keep a common prefix and suffix, replace the middle. */
export interface TextEdit {
  start: number;
  /** Length of the replaced text in `before`. */
  removed: string;
  inserted: string;
}

export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < limit - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) {
    tail += 1;
  }
  // Never split a surrogate pair (emoji): step back to the pair's start.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start))) start -= 1;
  return {
    start,
    removed: before.slice(start, before.length - tail),
    inserted: after.slice(start, after.length - tail),
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The part of the runs' text from `from` to `to` (character offsets), formatting kept. */
function sliceRuns(runs: readonly InlineRun[], from: number, to: number): InlineRun[] {
  const sliced: InlineRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const runStart = offset;
    offset += run.text.length;
    const text = run.text.slice(Math.max(0, from - runStart), Math.max(0, to - runStart));
    if (text !== '') sliced.push({ ...run, text });
  }
  return sliced;
}

/** The run holding the character at `index`, or undefined past the end. */
function runAt(runs: readonly InlineRun[], index: number): InlineRun | undefined {
  let offset = 0;
  for (const run of runs) {
    if (index >= offset && index < offset + run.text.length) return run;
    offset += run.text.length;
  }
  return undefined;
}

/**
 * Replaces `length` characters at `start` of the runs' text with `text`. The new text takes the bold/italic of the
 * text it replaces (or, for a pure insertion, of the text just before it), as Word does; it stays a link only when it
 * replaces text inside one link.
 */
export function replaceInRuns(
  runs: readonly InlineRun[],
  start: number,
  length: number,
  text: string,
): InlineRun[] {
  const total = paragraphText(runs).length;
  const end = Math.min(total, start + length);
  const like = length > 0 ? runAt(runs, start) : (runAt(runs, start - 1) ?? runAt(runs, start));
  const sameLink = length > 0 && like?.link !== undefined && runAt(runs, end - 1) === like;
  const inserted: InlineRun = { text };
  if (like?.bold) inserted.bold = true;
  if (like?.italic) inserted.italic = true;
  if (sameLink && like?.link) inserted.link = like.link;
  return mergeAdjacentRuns([...sliceRuns(runs, 0, start), inserted, ...sliceRuns(runs, end, total)]);
}

export type ApplyResult = { ok: true; paragraph: LetterParagraph } | { ok: false; reason: string };

/**
 * The paragraph with the suggested change made. Works also when the draft moved on since the copy was sent, as long
 * as the changed passage is still there exactly once; otherwise says why (in Danish) and changes nothing.
 */
export function applyToParagraph(paragraph: LetterParagraph, before: string, after: string): ApplyResult {
  const current = paragraphText(paragraph.runs);
  const edit = minimalEdit(before, after);
  let at: number;
  if (current === before) {
    at = edit.start;
  } else if (current === after) {
    return { ok: false, reason: 'Afsnittet har allerede den foreslåede tekst.' };
  } else {
    at = locate(current, before, edit);
    if (at < 0) {
      return {
        ok: false,
        reason:
          'Afsnittet er ændret, siden kopien blev sendt, så forslaget kan ikke sættes ind automatisk. Ret afsnittet i hånden.',
      };
    }
  }
  const runs = replaceInRuns(paragraph.runs, at, edit.removed.length, edit.inserted);
  return { ok: true, paragraph: { ...paragraph, runs, editedByUser: true } };
}

/** Where the edit's passage (with a few words of context either side) sits in the changed paragraph, or -1. */
function locate(current: string, before: string, edit: TextEdit): number {
  const contextLength = 12;
  const leftContext = before.slice(Math.max(0, edit.start - contextLength), edit.start);
  const rightContext = before.slice(
    edit.start + edit.removed.length,
    edit.start + edit.removed.length + contextLength,
  );
  const needle = leftContext + edit.removed + rightContext;
  if (needle === '') return -1;
  const found = current.indexOf(needle);
  if (found < 0 || current.indexOf(needle, found + 1) >= 0) return -1;
  return found + leftContext.length;
}

/** A suggestion to accept: which paragraph, its text before and after. */
export interface Suggestion {
  id: string;
  paragraphId: string;
  before: string;
  after: string;
}

/**
 * The draft with the suggestions made, in order (for "Acceptér alle": one change, so one undo step). Suggestions that
 * cannot be made are listed with why and leave their paragraph alone.
 */
export function applySuggestions(
  draft: LetterDraft,
  suggestions: readonly Suggestion[],
): { draft: LetterDraft; applied: string[]; already: string[]; failed: { id: string; reason: string }[] } {
  let paragraphs = draft.paragraphs;
  const applied: string[] = [];
  const already: string[] = [];
  const failed: { id: string; reason: string }[] = [];
  for (const suggestion of suggestions) {
    const paragraph = paragraphs.find((candidate) => candidate.id === suggestion.paragraphId);
    if (!paragraph) {
      failed.push({
        id: suggestion.id,
        reason: 'Afsnittet findes ikke længere i brevet, så forslaget kan ikke sættes ind.',
      });
      continue;
    }
    // The paragraph already reads as suggested (typed by hand, or accepted before): accepting only marks it.
    if (suggestion.before !== suggestion.after && paragraphText(paragraph.runs) === suggestion.after) {
      already.push(suggestion.id);
      continue;
    }
    const result = applyToParagraph(paragraph, suggestion.before, suggestion.after);
    if (!result.ok) {
      failed.push({ id: suggestion.id, reason: result.reason });
      continue;
    }
    paragraphs = paragraphs.map((candidate) =>
      candidate.id === paragraph.id ? result.paragraph : candidate,
    );
    applied.push(suggestion.id);
  }
  return { draft: applied.length > 0 ? { ...draft, paragraphs } : draft, applied, already, failed };
}

/** The suggestion a change record makes, or null for comments and changes without a paragraph. */
export function suggestionOf(item: ReviewFeedbackItem): Suggestion | null {
  if (item.kind !== 'change' || !item.paragraphId || item.before === undefined || item.after === undefined) {
    return null;
  }
  return { id: item.id, paragraphId: item.paragraphId, before: item.before, after: item.after };
}

/** The suggestion's paragraph reads as the suggestion would make it. */
export function hasSuggestedText(item: ReviewFeedbackItem, draft: LetterDraft): boolean {
  const suggestion = suggestionOf(item);
  const paragraph = suggestion && draft.paragraphs.find((p) => p.id === suggestion.paragraphId);
  return Boolean(
    suggestion &&
    paragraph &&
    suggestion.before !== suggestion.after &&
    paragraphText(paragraph.runs) === suggestion.after,
  );
}

/** An accepted suggestion that could be made again, i.e. its text is no longer in the paragraph (Fortryd took it out). */
export function isUndone(item: ReviewFeedbackItem, draft: LetterDraft): boolean {
  const suggestion = item.resolution === 'accepted' ? suggestionOf(item) : null;
  const paragraph = suggestion && draft.paragraphs.find((p) => p.id === suggestion.paragraphId);
  return Boolean(
    suggestion && paragraph && applyToParagraph(paragraph, suggestion.before, suggestion.after).ok,
  );
}

/**
 * The feedback as the panel treats it: an accepted suggestion that was undone counts as open again (in the summary,
 * «Acceptér alle» and «Afvis alle"), though its stored record still says accepted.
 */
export function effectiveFeedback(
  items: readonly ReviewFeedbackItem[],
  draft: LetterDraft,
): ReviewFeedbackItem[] {
  return items.map((item) => {
    if (!isUndone(item, draft)) return item;
    const open = { ...item };
    delete open.resolution;
    return open;
  });
}

/** Computed paragraphs (progress, call, acknowledgement) are written from the data; accepting text freezes them. */
export function isComputedRole(role: string | undefined): boolean {
  return role === 'computed-progress' || role === 'computed-call' || role === 'computed-acknowledge';
}
