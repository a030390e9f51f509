import { isAnchorName, isStopName } from './anchors';
import { cleanText } from './text';
import { NS, childElements, isW, textOf, wAttr, type XElement } from './xml';

/** Who made a tracked change, and which kind. */
export interface ChangeMark {
  kind: 'ins' | 'del' | 'moveFrom' | 'moveTo';
  author?: string;
  date?: string;
}

/** A piece of a paragraph: text with the tracked changes around it, or a comment marker. */
export type Token =
  | { type: 'text'; text: string; inserted?: ChangeMark; deleted?: ChangeMark }
  | { type: 'commentStart' | 'commentEnd' | 'commentReference'; id: string };

/** One w:p of word/document.xml, in document order (tables included, text boxes left out). */
export interface ScannedParagraph {
  index: number;
  tokens: Token[];
  /** The first review anchor bookmark that starts in (or just before) this paragraph. */
  anchor?: string;
  /** A stop bookmark (greeting, Bilag 1's title, the status rule note): the paragraph ends the current region. */
  stop: boolean;
  /** The paragraph mark itself was inserted or deleted with tracking (a split or a merge). */
  markInserted?: ChangeMark;
  markDeleted?: ChangeMark;
  /** The table row it sits in: its first cell's first line (the indicator's name in Bilag 1). */
  rowLabel?: string;
}

/** XElements whose content is never the paragraph's own text. */
const SKIPPED = new Set([
  'pPr',
  'rPr',
  'sdtPr',
  'sdtEndPr',
  'txbxContent',
  'drawing',
  'pict',
  'object',
  'instrText',
  'delInstrText',
  'footnoteReference',
  'endnoteReference',
]);

function markOf(element: XElement, kind: ChangeMark['kind']): ChangeMark {
  const author = wAttr(element, 'author');
  const date = wAttr(element, 'date');
  return { kind, ...(author !== undefined ? { author } : {}), ...(date !== undefined ? { date } : {}) };
}

interface Marks {
  inserted?: ChangeMark;
  deleted?: ChangeMark;
}

function pushText(tokens: Token[], text: string, marks: Marks): void {
  const clean = cleanText(text);
  if (clean === '') return;
  const last = tokens.at(-1);
  if (last?.type === 'text' && last.inserted === marks.inserted && last.deleted === marks.deleted) {
    last.text += clean;
    return;
  }
  tokens.push({ type: 'text', text: clean, ...marks });
}

interface ScanState {
  pendingAnchor?: string | undefined;
  pendingStop: boolean;
}

function scanInline(node: XElement, marks: Marks, paragraph: ScannedParagraph, state: ScanState): void {
  for (const child of childElements(node)) {
    if (child.namespaceURI === NS.mc && child.localName === 'AlternateContent') continue;
    if (child.namespaceURI !== NS.w) {
      scanInline(child, marks, paragraph, state);
      continue;
    }
    const name = child.localName;
    if (SKIPPED.has(name)) continue;
    switch (name) {
      case 't':
      case 'delText':
        pushText(paragraph.tokens, textOf(child), marks);
        break;
      case 'tab':
      case 'ptab':
        pushText(paragraph.tokens, '\t', marks);
        break;
      case 'br':
      case 'cr':
        pushText(paragraph.tokens, '\n', marks);
        break;
      case 'noBreakHyphen':
        pushText(paragraph.tokens, '-', marks);
        break;
      case 'sym':
        break;
      case 'ins':
        scanInline(child, { ...marks, inserted: markOf(child, 'ins') }, paragraph, state);
        break;
      case 'moveTo':
        scanInline(child, { ...marks, inserted: markOf(child, 'moveTo') }, paragraph, state);
        break;
      case 'del':
        scanInline(child, { ...marks, deleted: markOf(child, 'del') }, paragraph, state);
        break;
      case 'moveFrom':
        scanInline(child, { ...marks, deleted: markOf(child, 'moveFrom') }, paragraph, state);
        break;
      case 'commentRangeStart':
      case 'commentRangeEnd':
      case 'commentReference': {
        const id = wAttr(child, 'id');
        if (id !== undefined) {
          const type =
            name === 'commentRangeStart'
              ? 'commentStart'
              : name === 'commentRangeEnd'
                ? 'commentEnd'
                : 'commentReference';
          paragraph.tokens.push({ type, id });
        }
        break;
      }
      case 'bookmarkStart': {
        const bookmark = wAttr(child, 'name') ?? '';
        if (isAnchorName(bookmark)) paragraph.anchor ??= bookmark;
        else if (isStopName(bookmark)) paragraph.stop = true;
        break;
      }
      default:
        // Runs, hyperlinks, smart tags, fields, content controls, bidi wrappers: their text is the paragraph's.
        scanInline(child, marks, paragraph, state);
    }
  }
}

function paragraphMarkChanges(paragraph: XElement): Pick<ScannedParagraph, 'markInserted' | 'markDeleted'> {
  const properties = childElements(paragraph).find((child) => isW(child, 'pPr'));
  const runProperties = properties ? childElements(properties).find((child) => isW(child, 'rPr')) : undefined;
  if (!runProperties) return {};
  const result: Pick<ScannedParagraph, 'markInserted' | 'markDeleted'> = {};
  for (const child of childElements(runProperties)) {
    if (isW(child, 'ins')) result.markInserted = markOf(child, 'ins');
    if (isW(child, 'moveTo')) result.markInserted = markOf(child, 'moveTo');
    if (isW(child, 'del')) result.markDeleted = markOf(child, 'del');
    if (isW(child, 'moveFrom')) result.markDeleted = markOf(child, 'moveFrom');
  }
  return result;
}

/** Plain text of an element's paragraphs (for a table row's label). */
function plainText(element: XElement): string {
  const scratch: ScannedParagraph = { index: -1, tokens: [], stop: false };
  scanInline(element, {}, scratch, { pendingStop: false });
  return scratch.tokens.map((token) => (token.type === 'text' && !token.deleted ? token.text : '')).join('');
}

function rowLabelOf(paragraph: XElement): string | undefined {
  for (let node = paragraph.parent; node; node = node.parent) {
    if (isW(node, 'tr')) {
      const firstCell = childElements(node).find((child) => isW(child, 'tc'));
      if (!firstCell) return undefined;
      const firstParagraph = childElements(firstCell).find((child) => isW(child, 'p'));
      const label = firstParagraph ? plainText(firstParagraph).trim() : '';
      return label === '' ? undefined : label;
    }
    if (isW(node, 'body')) return undefined;
  }
  return undefined;
}

/** Every paragraph of the body in document order, with its text, tracked changes, comment markers and anchors. */
export function scanDocument(body: XElement): ScannedParagraph[] {
  const paragraphs: ScannedParagraph[] = [];
  const state: ScanState = { pendingStop: false };
  const pendingStarts: string[] = [];
  const visit = (element: XElement): void => {
    for (const child of childElements(element)) {
      if (child.namespaceURI === NS.w && SKIPPED.has(child.localName)) continue;
      if (child.namespaceURI === NS.mc && child.localName === 'AlternateContent') continue;
      if (isW(child, 'p')) {
        const paragraph: ScannedParagraph = {
          index: paragraphs.length,
          tokens: [],
          stop: state.pendingStop,
          ...paragraphMarkChanges(child),
        };
        if (state.pendingAnchor) paragraph.anchor = state.pendingAnchor;
        state.pendingAnchor = undefined;
        state.pendingStop = false;
        for (const id of pendingStarts) paragraph.tokens.push({ type: 'commentStart', id });
        pendingStarts.length = 0;
        scanInline(child, {}, paragraph, state);
        if (paragraph.tokens.some((token) => token.type !== 'text')) {
          const label = rowLabelOf(child);
          if (label !== undefined) paragraph.rowLabel = label;
        }
        paragraphs.push(paragraph);
        continue;
      }
      if (isW(child, 'bookmarkStart')) {
        // A bookmark between paragraphs (some programs move it there) belongs to the next paragraph.
        const bookmark = wAttr(child, 'name') ?? '';
        if (isAnchorName(bookmark)) state.pendingAnchor ??= bookmark;
        else if (isStopName(bookmark)) state.pendingStop = true;
        continue;
      }
      if (isW(child, 'commentRangeStart') || isW(child, 'commentRangeEnd')) {
        // Body-level comment markers (a range starting before a table): attach to the next/previous paragraph.
        const id = wAttr(child, 'id');
        if (id === undefined) continue;
        if (isW(child, 'commentRangeEnd')) paragraphs.at(-1)?.tokens.push({ type: 'commentEnd', id });
        else pendingStarts.push(id);
        continue;
      }
      visit(child);
    }
  };
  visit(body);
  return paragraphs;
}

/** The paragraph's text with every tracked change accepted (what the reviewer sees as the result). */
export function acceptedText(paragraph: ScannedParagraph): string {
  let text = '';
  for (const token of paragraph.tokens) if (token.type === 'text' && !token.deleted) text += token.text;
  return text;
}

/** The paragraph's text with every tracked change rejected (as it was before the tracked edits). */
export function rejectedText(paragraph: ScannedParagraph): string {
  let text = '';
  for (const token of paragraph.tokens) if (token.type === 'text' && !token.inserted) text += token.text;
  return text;
}

export function hasTrackedChanges(paragraph: ScannedParagraph): boolean {
  return (
    paragraph.markInserted !== undefined ||
    paragraph.markDeleted !== undefined ||
    paragraph.tokens.some((token) => token.type === 'text' && (token.inserted || token.deleted))
  );
}
