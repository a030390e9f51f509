import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { isSafeLinkUrl } from '../letter/inline-markup';
import type { InlineRun } from '../letter/types';
import { xmlSafe } from './xml-safe';

/**
 * Every piece of user text becomes a run HERE, through xmlSafe: no other docx module builds a TextRun from user text.
 */
export function safeRun(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {},
): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text) });
}

/** A letter paragraph's runs: bold, italic and links (blue, underlined, as Word shows hyperlinks). */
export function inlineRunsToDocx(runs: readonly InlineRun[]): ParagraphChild[] {
  return runs.map((run) => {
    const formatting = { bold: run.bold === true, italics: run.italic === true };
    if (run.link && isSafeLinkUrl(run.link)) {
      return new ExternalHyperlink({
        link: xmlSafe(run.link),
        children: [new TextRun({ ...formatting, text: xmlSafe(run.text), style: 'Hyperlink' })],
      });
    }
    return safeRun(run.text, formatting);
  });
}
