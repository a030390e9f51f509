import { isSafeLinkUrl, mergeAdjacentRuns } from '../../shared/letter/inline-markup';
import type { InlineRun } from '../../shared/letter/types';

/**
 * The letter stores paragraph text as InlineRun[] (what preview and .docx read); the editor works on TipTap's JSON.
 * These two functions are the only bridge, so formatting survives a round trip unchanged.
 */

/** The slice of TipTap's JSONContent we read and write (a structural subset, so no editor import is needed here). */
export interface EditorMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface EditorNode {
  type?: string;
  text?: string;
  marks?: EditorMark[];
  content?: EditorNode[];
  attrs?: Record<string, unknown>;
}

function marksFor(run: InlineRun): EditorMark[] {
  const marks: EditorMark[] = [];
  if (run.bold) marks.push({ type: 'bold' });
  if (run.italic) marks.push({ type: 'italic' });
  if (run.link && isSafeLinkUrl(run.link)) marks.push({ type: 'link', attrs: { href: run.link } });
  return marks;
}

/** One paragraph's runs as a TipTap document holding a single paragraph. */
export function runsToEditorDoc(runs: readonly InlineRun[]): EditorNode {
  const content: EditorNode[] = runs
    .filter((run) => run.text !== '')
    .map((run) => {
      const marks = marksFor(run);
      return marks.length > 0 ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text };
    });
  return {
    type: 'doc',
    content: [content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }],
  };
}

function runFromText(node: EditorNode): InlineRun {
  const run: InlineRun = { text: node.text ?? '' };
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'link') {
      const href = mark.attrs?.href;
      // An unsafe address (javascript:, file:) is dropped: the words stay, the link does not.
      if (typeof href === 'string' && isSafeLinkUrl(href)) run.link = href;
    }
  }
  return run;
}

/**
 * A TipTap document back to runs. Several block nodes (pasted text) are joined with a space, and a hard break
 * becomes a space, because a letter paragraph is one block of text in Word.
 */
export function editorDocToRuns(doc: EditorNode): InlineRun[] {
  const runs: InlineRun[] = [];
  const blocks = doc.content ?? [];
  blocks.forEach((block, blockIndex) => {
    if (blockIndex > 0 && runs.length > 0) runs.push({ text: ' ' });
    const walk = (node: EditorNode): void => {
      if (node.type === 'text') runs.push(runFromText(node));
      else if (node.type === 'hardBreak') runs.push({ text: ' ' });
      else for (const child of node.content ?? []) walk(child);
    };
    walk(block);
  });
  return mergeAdjacentRuns(runs.map((run) => ({ ...run, text: run.text.replace(/\s*\n\s*/g, ' ') })));
}

/** Same text and the same formatting: used to tell a real edit from the editor echoing what it was given. */
export function sameRuns(a: readonly InlineRun[], b: readonly InlineRun[]): boolean {
  const left = mergeAdjacentRuns(a);
  const right = mergeAdjacentRuns(b);
  return (
    left.length === right.length &&
    left.every((run, index) => {
      const other = right[index];
      return (
        other !== undefined &&
        run.text === other.text &&
        Boolean(run.bold) === Boolean(other.bold) &&
        Boolean(run.italic) === Boolean(other.italic) &&
        run.link === other.link
      );
    })
  );
}
