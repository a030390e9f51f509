import type { InlineRun } from './types';

/**
 * The small markup the templates allow: **bold**, *italic* and [text](url).
 * Parsed into runs BEFORE placeholders are filled, so a committee or person name containing "*" or "[" is never
 * mistaken for formatting.
 */

export interface LinkMarkup {
  label: string;
  url: string;
  /** Characters the whole `[label](url)` takes. */
  length: number;
}

/**
 * `[label](url)` at `start`, or null. The address may hold balanced parentheses, as Wikipedia's do:
 * `[wiki](https://da.wikipedia.org/wiki/Rådhus_(København))` links to the whole address, not to "…Rådhus_(København".
 */
export function matchLinkMarkup(text: string, start: number): LinkMarkup | null {
  const label = /^\[([^\]\n]+)\]\(/.exec(text.slice(start));
  if (!label) return null;
  const urlStart = start + label[0].length;
  let depth = 0;
  for (let index = urlStart; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (/\s/.test(char)) return null;
    if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) {
        const url = text.slice(urlStart, index);
        return { label: label[1] ?? '', url, length: index + 1 - start };
      }
      depth -= 1;
    }
  }
  return null;
}

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
      const link = matchLinkMarkup(text, index);
      if (link && link.url !== '' && isSafeLinkUrl(link.url)) {
        flush();
        runs.push(withFormatting({ text: link.label, link: link.url }, bold, italic));
        index += link.length;
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
  let withoutLinks = '';
  for (let index = 0; index < text.length;) {
    const link = text[index] === '[' ? matchLinkMarkup(text, index) : null;
    if (!link) {
      withoutLinks += text[index] ?? '';
      index += 1;
      continue;
    }
    if (!isSafeLinkUrl(link.url)) {
      problems.push(
        `Linket «${link.url}» er ikke en gyldig web- eller mailadresse (skal begynde med https://, http:// eller mailto:).`,
      );
    }
    index += link.length;
  }
  const boldMarks = (withoutLinks.match(/\*\*/g) ?? []).length;
  if (boldMarks % 2 !== 0) problems.push('Fed skrift (**) er åbnet, men ikke lukket.');
  const italicMarks = (withoutLinks.replace(/\*\*/g, '').match(/\*/g) ?? []).length;
  if (italicMarks % 2 !== 0) problems.push('Kursiv (*) er åbnet, men ikke lukket.');
  return problems;
}

/**
 * Runs back to the template markup (**bold**, *italic*, [text](url)): the inverse of parseInlineMarkup, so the
 * standard texts can be edited in the same rich editor as letters and stored in the format they always had.
 * A link whose text holds "]" or a line break cannot be written as markup and is kept as its plain text.
 */
export function runsToMarkup(runs: readonly InlineRun[]): string {
  let text = '';
  let bold = false;
  let italic = false;
  for (const run of mergeAdjacentRuns(runs)) {
    const wantBold = Boolean(run.bold);
    const wantItalic = Boolean(run.italic);
    // Close the inner mark first, then open, so the marks nest: **fed *og kursiv***.
    if (italic && !wantItalic) text += '*';
    if (bold !== wantBold) text += '**';
    if (italic !== wantItalic && wantItalic) text += '*';
    bold = wantBold;
    italic = wantItalic;
    const linkable = run.link && isSafeLinkUrl(run.link) && /^[^\]\n]+$/.test(run.text);
    text += linkable ? `[${run.text}](${run.link})` : run.text;
  }
  if (italic) text += '*';
  if (bold) text += '**';
  return text;
}
