import type { InlineRun } from './types';

/**
 * The small markup the templates allow: **bold**, *italic* and [text](url).
 * Parsed into runs BEFORE placeholders are filled, so a committee or person name containing "*" or "[" is never
 * mistaken for formatting.
 */

const LINK_PATTERN = /^\[([^\]\n]+)\]\(([^)\s]+)\)/;

/** Only absolute web and mail addresses become links; anything else stays plain text (no javascript:, file:, …). */
export function isSafeLinkUrl(url: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url);
}

export function parseInlineMarkup(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';

  const flush = (): void => {
    if (buffer === '') return;
    runs.push(withFormatting({ text: buffer }, bold, italic));
    buffer = '';
  };

  for (let index = 0; index < text.length;) {
    if (text.startsWith('**', index)) {
      flush();
      bold = !bold;
      index += 2;
      continue;
    }
    const char = text[index] ?? '';
    if (char === '*') {
      flush();
      italic = !italic;
      index += 1;
      continue;
    }
    if (char === '[') {
      const match = LINK_PATTERN.exec(text.slice(index));
      if (match && isSafeLinkUrl(match[2] ?? '')) {
        flush();
        runs.push(withFormatting({ text: match[1] ?? '', link: match[2] }, bold, italic));
        index += match[0].length;
        continue;
      }
    }
    buffer += char;
    index += 1;
  }
  flush();
  return mergeAdjacentRuns(runs);
}

function withFormatting(run: InlineRun, bold: boolean, italic: boolean): InlineRun {
  return { ...run, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) };
}

function sameFormatting(a: InlineRun, b: InlineRun): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && a.link === b.link;
}

/** Joins neighbouring runs with the same formatting and drops empty ones, so the letter's XML stays simple. */
export function mergeAdjacentRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const previous = merged[merged.length - 1];
    if (previous && sameFormatting(previous, run)) {
      merged[merged.length - 1] = { ...previous, text: previous.text + run.text };
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

/** Problems with the markup itself (unclosed bold/italic, a link that is not a web or mail address), in Danish. */
export function markupProblems(text: string): string[] {
  const problems: string[] = [];
  const withoutLinks = text.replace(/\[([^\]\n]+)\]\(([^)\s]*)\)/g, (_whole, _label: string, url: string) => {
    if (!isSafeLinkUrl(url)) {
      problems.push(
        `Linket "${url}" er ikke en gyldig web- eller mailadresse (skal begynde med https://, http:// eller mailto:).`,
      );
    }
    return '';
  });
  const boldMarks = (withoutLinks.match(/\*\*/g) ?? []).length;
  if (boldMarks % 2 !== 0) problems.push('Fed skrift (**) er åbnet, men ikke lukket.');
  const italicMarks = (withoutLinks.replace(/\*\*/g, '').match(/\*/g) ?? []).length;
  if (italicMarks % 2 !== 0) problems.push('Kursiv (*) er åbnet, men ikke lukket.');
  return problems;
}
