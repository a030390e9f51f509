import { xmlSafe } from '../docx/xml-safe';
import type { WordDiffPart } from './types';

/**
 * Text as compared between the copy sent and the file returned: runs of spaces, tabs and no-break spaces count as
 * one space, spaces around a line break and at the ends do not count. A line break (a paragraph split in two) does.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** Words and the runs of whitespace between them, so joining the parts gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/**
 * Word-level diff (longest common subsequence over words and spaces), parts merged by kind. Paragraphs are short
 * (≤ a few hundred words), so the quadratic table is cheap; beyond 2,000 tokens a side it falls back to
 * "all removed, all added" rather than spend the time.
 */
export function wordDiff(before: string, after: string): WordDiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Common head and tail first: most edits touch a few words in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: WordDiffPart[] = [];
  const push = (kind: WordDiffPart['kind'], text: string): void => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, head).join(''));
  if (midA.length * midB.length > 4_000_000) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    const rows = midA.length + 1;
    const cols = midB.length + 1;
    const table = new Uint32Array(rows * cols);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        table[i * cols + j] =
          midA[i] === midB[j]
            ? (table[(i + 1) * cols + j + 1] ?? 0) + 1
            : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push('same', midA[i] ?? '');
        i++;
        j++;
      } else if (
        i < midA.length &&
        (j >= midB.length || (table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0))
      ) {
        // A replaced word reads "old → new": removals of a gap come before its additions.
        push('removed', midA[i] ?? '');
        i++;
      } else {
        push('added', midB[j] ?? '');
        j++;
      }
    }
  }
  push('same', a.slice(a.length - tail).join(''));
  return groupChanges(parts);
}

/**
 * Reads as "old words → new words": a bare space left unchanged between two changes joins them, and within each run
 * of changes all that was removed comes before all that was added («fortsat konstruktivt» → «godt og tæt»).
 */
function groupChanges(parts: WordDiffPart[]): WordDiffPart[] {
  const grouped: WordDiffPart[] = [];
  let removed = '';
  let added = '';
  const pushSame = (text: string): void => {
    const last = grouped.at(-1);
    if (last?.kind === 'same') last.text += text;
    else if (text) grouped.push({ kind: 'same', text });
  };
  const flush = (): void => {
    // Whitespace both sides end with is unchanged text: it goes to what follows, so a change never ends in a space.
    const shared = /\s+$/.exec(removed)?.[0];
    const trailing = shared && added.endsWith(shared) ? shared : '';
    if (removed.length > trailing.length)
      grouped.push({ kind: 'removed', text: removed.slice(0, removed.length - trailing.length) });
    if (added.length > trailing.length)
      grouped.push({ kind: 'added', text: added.slice(0, added.length - trailing.length) });
    if (trailing) pushSame(trailing);
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else if (/^\s+$/.test(part.text) && (removed || added) && index < parts.length - 1) {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      pushSame(part.text);
    }
  });
  flush();
  return grouped;
}

function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('da-DK').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Similarity of two texts, 0…1: Dice coefficient over their words (order-free, counts repeated words). */
export function similarity(a: string, b: string): number {
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  if (wordsA.length === 0 || wordsB.length === 0) return wordsA.length === wordsB.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsB) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length);
}

/** Share of `part`'s words that occur in `whole` (a piece split off a paragraph scores 1 against it). */
export function containment(part: string, whole: string): number {
  const wordsPart = wordsOf(part);
  if (wordsPart.length === 0) return 0;
  const wholeWords = new Set(wordsOf(whole));
  return wordsPart.filter((word) => wholeWords.has(word)).length / wordsPart.length;
}

/** Control characters (except tab and line break) and lone surrogates dropped: the one rule of shared/docx/xml-safe. */
export const cleanText = xmlSafe;

/**
 * At most about `length` characters of `text` (spaces collapsed), cut at a word boundary with «…»: never «et for…»
 * for «et fortsat». A single word longer than `length` is cut inside it, as there is no better place.
 */
export function shortenAtWord(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const head = flat.slice(0, length);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head.slice(0, length - 1)).replace(/[\s,;:.–-]+$/, '')} …`;
}

/**
 * The words either side of a quoted passage, up to about `span` characters each, cut between words: «… gennem det
 * seneste år», never «… ennem det seneste år». `cutBefore`/`cutAfter`: text was left out there.
 */
export function contextAround(
  text: string,
  at: number,
  quoteLength: number,
  span = 40,
): { before: string; after: string; cutBefore: boolean; cutAfter: boolean } {
  let start = Math.max(0, at - span);
  if (start > 0 && !/\s/.test(text[start - 1] ?? '')) {
    const space = text.slice(start, at).search(/\s/);
    start = space < 0 ? at : start + space + 1;
  }
  const afterStart = at + quoteLength;
  let end = Math.min(text.length, afterStart + span);
  if (end < text.length && !/\s/.test(text[end] ?? '')) {
    const space = text.slice(afterStart, end).search(/\s\S*$/);
    end = space < 0 ? afterStart : afterStart + space;
  }
  return {
    before: text.slice(start, at),
    after: text.slice(afterStart, end),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}
