import { strFromU8, strToU8, zipSync } from 'fflate';
import { xmlSafe } from '../docx/xml-safe';
import { safeUnzip } from '../zip/safe-unzip';
import { bookmarkNameOf } from './anchors';
import { ReviewReadError } from './errors';
import { REVIEW_FILE_LIMITS, readCopyInfo, unpackReviewedDocx } from './read-reviewed-docx';
import { wordDiff } from './text';
import {
  NS,
  childElements,
  isW,
  parseXml,
  serializeXml,
  type Document,
  type Element,
  type Node,
} from './xml-dom';

/** One paragraph's feedback from the in-app reviewer. */
export interface ParagraphFeedback {
  paragraphId: string;
  /** `quote`: the passage the comment is about (found in the paragraph's text); without it, the whole paragraph. */
  comments: { text: string; quote?: string }[];
  /** The suggested new text of the whole paragraph, written as tracked changes (word by word). */
  replacement?: string;
}

export interface ReviewerIdentity {
  author: string;
  initials?: string;
  /** ISO timestamp. */
  date: string;
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

/** A run that carries exactly one piece of visible text (w:t, w:tab or w:br) after atomizing. */
interface Atom {
  run: Element;
  start: number;
  end: number;
  /** The w:t holding text (absent for tab/break). */
  textElement?: Element;
}

function inside(node: Node, localName: string, stop: Element): boolean {
  for (let parent = node.parentNode; parent && parent !== stop; parent = parent.parentNode) {
    if (isW(parent, localName)) return true;
  }
  return false;
}

/** Splits every run of the paragraph so each holds one text element (w:t, w:tab, w:br) with its own w:rPr copy. */
function atomize(paragraph: Element): void {
  const runs = Array.from(paragraph.getElementsByTagNameNS(NS.w, 'r'));
  for (const run of runs) {
    const contents = childElements(run).filter((child): boolean => !isW(child, 'rPr'));
    if (contents.length <= 1) continue;
    const properties = childElements(run).find((child) => isW(child, 'rPr'));
    for (const content of contents) {
      const piece = (run.ownerDocument as Document).createElementNS(NS.w, 'w:r');
      if (properties) piece.appendChild(properties.cloneNode(true));
      piece.appendChild(content);
      run.parentNode?.insertBefore(piece, run);
    }
    run.parentNode?.removeChild(run);
  }
}

/** The paragraph's visible runs (not deleted, not in a text box) with their offsets in its current text. */
function atomsOf(paragraph: Element): Atom[] {
  const atoms: Atom[] = [];
  let offset = 0;
  for (const run of Array.from(paragraph.getElementsByTagNameNS(NS.w, 'r'))) {
    if (
      inside(run, 'del', paragraph) ||
      inside(run, 'moveFrom', paragraph) ||
      inside(run, 'txbxContent', paragraph)
    )
      continue;
    const content = childElements(run).find((child): boolean => !isW(child, 'rPr'));
    const kind = content && content.namespaceURI === NS.w ? content.localName : undefined;
    let length = 0;
    if (kind === 't') length = (content?.textContent ?? '').length;
    else if (kind === 'tab' || kind === 'br' || kind === 'cr') length = 1;
    atoms.push({
      run,
      start: offset,
      end: offset + length,
      ...(kind === 't' && content ? { textElement: content } : {}),
    });
    offset += length;
  }
  return atoms;
}

function visibleText(paragraph: Element): string {
  return atomsOf(paragraph)
    .map((atom) => {
      if (atom.textElement) return atom.textElement.textContent ?? '';
      return atom.end > atom.start ? ' ' : '';
    })
    .join('');
}

/** Makes a run boundary at `offset` of the paragraph's current text (splitting a w:t run in two). */
function splitAt(paragraph: Element, offset: number): void {
  for (const atom of atomsOf(paragraph)) {
    if (!atom.textElement || offset <= atom.start || offset >= atom.end) continue;
    const text = atom.textElement.textContent ?? '';
    const cut = offset - atom.start;
    const second = atom.run.cloneNode(true) as Element;
    setText(atom.textElement, text.slice(0, cut));
    const secondText = childElements(second).find((child) => isW(child, 't'));
    if (secondText) setText(secondText, text.slice(cut));
    atom.run.parentNode?.insertBefore(second, atom.run.nextSibling);
    return;
  }
}

function setText(element: Element, text: string): void {
  while (element.firstChild) element.removeChild(element.firstChild);
  element.appendChild((element.ownerDocument as Document).createTextNode(text));
  element.setAttribute('xml:space', 'preserve');
}

/** Where new content goes at the start of the paragraph: after w:pPr and the review anchor's bookmarkStart. */
function startReference(paragraph: Element): Node | null {
  let node = paragraph.firstChild;
  while (node && (isW(node, 'pPr') || isW(node, 'bookmarkStart'))) node = node.nextSibling;
  return node;
}

/** Where new content goes at the end of the paragraph: before the review anchor's bookmarkEnd, if last. */
function endReference(paragraph: Element): Node | null {
  const last = paragraph.lastChild;
  return last && isW(last, 'bookmarkEnd') ? last : null;
}

interface Writer {
  document: Document;
  nextId: () => number;
  reviewer: ReviewerIdentity;
  date: string;
}

function wElement(document: Document, name: string, attributes: Record<string, string> = {}): Element {
  const element = document.createElementNS(NS.w, `w:${name}`);
  for (const [key, value] of Object.entries(attributes)) element.setAttributeNS(NS.w, `w:${key}`, value);
  return element;
}

/** A run with `text` (tabs as w:tab, line breaks as w:br), formatted like `like` when given. */
function textRuns(document: Document, text: string, like: Element | undefined, deleted = false): Element[] {
  const runs: Element[] = [];
  const properties = like ? childElements(like).find((child) => isW(child, 'rPr')) : undefined;
  for (const piece of text.split(/(\t|\n)/)) {
    if (piece === '') continue;
    const run = wElement(document, 'r');
    if (properties) run.appendChild(properties.cloneNode(true));
    if (piece === '\t') run.appendChild(wElement(document, 'tab'));
    else if (piece === '\n') run.appendChild(wElement(document, 'br'));
    else {
      const t = wElement(document, deleted ? 'delText' : 't');
      setText(t, piece);
      run.appendChild(t);
    }
    runs.push(run);
  }
  return runs;
}

function addComment(writer: Writer, paragraph: Element, quote: string | undefined, id: number): void {
  const { document } = writer;
  const text = visibleText(paragraph);
  const found = quote ? text.indexOf(quote) : -1;
  const start = found >= 0 ? found : 0;
  const end = found >= 0 ? found + (quote ?? '').length : text.length;
  splitAt(paragraph, start);
  splitAt(paragraph, end);
  const atoms = atomsOf(paragraph).filter((atom) => atom.end > atom.start);
  const first = atoms.find((atom) => atom.start >= start && atom.start < end);
  const last = [...atoms].reverse().find((atom) => atom.end <= end && atom.end > start);
  const rangeStart = wElement(document, 'commentRangeStart', { id: String(id) });
  const rangeEnd = wElement(document, 'commentRangeEnd', { id: String(id) });
  const reference = wElement(document, 'r');
  reference.appendChild(wElement(document, 'commentReference', { id: String(id) }));
  if (first && last) {
    first.run.parentNode?.insertBefore(rangeStart, first.run);
    last.run.parentNode?.insertBefore(rangeEnd, last.run.nextSibling);
    last.run.parentNode?.insertBefore(reference, rangeEnd.nextSibling);
  } else {
    paragraph.insertBefore(rangeStart, startReference(paragraph));
    const before = endReference(paragraph);
    paragraph.insertBefore(rangeEnd, before);
    paragraph.insertBefore(reference, before);
  }
}

/** The suggested text as tracked changes: unchanged words stay, removed words in w:del, new words in w:ins. */
function addReplacement(writer: Writer, paragraph: Element, replacement: string): void {
  const { document } = writer;
  const current = visibleText(paragraph);
  const parts = wordDiff(current, xmlSafe(replacement));
  let offset = 0;
  for (const part of parts) {
    if (part.kind === 'added') continue;
    splitAt(paragraph, offset);
    offset += part.text.length;
    splitAt(paragraph, offset);
  }
  const atoms = atomsOf(paragraph);
  let index = 0;
  let cursor: Node | null = null;
  let lastRun: Element | undefined = atoms[0]?.run;
  offset = 0;
  const mark = (name: 'ins' | 'del'): Element =>
    wElement(document, name, {
      id: String(writer.nextId()),
      author: xmlSafe(writer.reviewer.author),
      date: writer.date,
    });
  for (const part of parts) {
    if (part.kind === 'added') {
      const insertion = mark('ins');
      for (const run of textRuns(document, part.text, lastRun)) insertion.appendChild(run);
      if (cursor) cursor.parentNode?.insertBefore(insertion, cursor.nextSibling);
      else
        paragraph.insertBefore(
          insertion,
          atoms[0]?.run.parentNode === paragraph ? atoms[0].run : startReference(paragraph),
        );
      cursor = insertion;
      continue;
    }
    const end = offset + part.text.length;
    while (index < atoms.length && (atoms[index]?.start ?? end) < end) {
      const atom = atoms[index] as Atom;
      index++;
      lastRun = atom.run;
      if (part.kind === 'same') {
        cursor = atom.run;
        continue;
      }
      const deletion = mark('del');
      atom.run.parentNode?.insertBefore(deletion, atom.run);
      deletion.appendChild(atom.run);
      if (atom.textElement) {
        const deletedText = wElement(document, 'delText');
        setText(deletedText, atom.textElement.textContent ?? '');
        atom.run.replaceChild(deletedText, atom.textElement);
      }
      cursor = deletion;
    }
    // Zero-width runs (field characters, pictures) between words stay where they are.
    while (
      index < atoms.length &&
      atoms[index]?.start === atoms[index]?.end &&
      (atoms[index]?.start ?? 0) <= end
    ) {
      cursor = atoms[index]?.run ?? cursor;
      index++;
    }
    offset = end;
  }
}

function findParagraph(document: Document, bookmark: string): Element | undefined {
  for (const start of Array.from(document.getElementsByTagNameNS(NS.w, 'bookmarkStart'))) {
    if (start.getAttributeNS(NS.w, 'name') !== bookmark && start.getAttribute('w:name') !== bookmark)
      continue;
    for (let node: Node | null = start.parentNode; node; node = node.parentNode)
      if (isW(node, 'p')) return node;
    for (let node: Node | null = start.nextSibling; node; node = node.nextSibling)
      if (isW(node, 'p')) return node;
  }
  return undefined;
}

function commentXml(id: number, text: string, reviewer: ReviewerIdentity, date: string): string {
  const escape = (value: string): string =>
    xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const paragraphs = text
    .split('\n')
    .map(
      (line, index) =>
        `<w:p>${index === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`,
    )
    .join('');
  const initials = reviewer.initials ? ` w:initials="${escape(reviewer.initials)}"` : '';
  return `<w:comment w:id="${id}" w:author="${escape(reviewer.author)}" w:date="${escape(date)}"${initials}>${paragraphs}</w:comment>`;
}

/** Word wants w:date without fractions of a second. */
function wordDate(iso: string): string {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed)
    ? new Date(0).toISOString().replace(/\.\d+Z$/, 'Z')
    : new Date(parsed).toISOString().replace(/\.\d+Z$/, 'Z');
}

/**
 * Writes the in-app reviewer's feedback into the review copy as real Word markup: comments in word/comments.xml with
 * commentRangeStart/End and a commentReference run, a suggested replacement as tracked changes (w:del of the old
 * words, w:ins of the new, with author and date). Word and LibreOffice show them natively, and readReviewedDocx
 * reads them back like a Word reviewer's file. Throws ReviewReadError when a paragraph id is not in the file.
 */
export function writeReviewerFeedback(
  reviewCopyBytes: Uint8Array,
  feedback: readonly ParagraphFeedback[],
  reviewer: ReviewerIdentity,
): Uint8Array {
  const parts = unpackReviewedDocx(reviewCopyBytes, undefined);
  const files = safeUnzip(reviewCopyBytes, {
    wanted: () => true,
    label: 'Gennemsynskopien',
    limits: {
      maxEntryBytes: REVIEW_FILE_LIMITS.maxEntryBytes,
      maxTotalBytes: REVIEW_FILE_LIMITS.maxFileBytes * 4,
      maxRatio: REVIEW_FILE_LIMITS.maxRatio,
      maxEntries: REVIEW_FILE_LIMITS.maxEntries,
    },
  });
  const label = 'Gennemsynskopien';
  const info = readCopyInfo(parts, label);
  const bookmarkOf = new Map<string, string>();
  for (const [bookmark, id] of info.bookmarks ?? []) bookmarkOf.set(id, bookmark);
  const document = parseXml(parts['word/document.xml'] ?? '', 'word/document.xml', label);
  const existingIds = (parts['word/document.xml'] ?? '').match(/\bw:id="(\d+)"/g) ?? [];
  let next = Math.max(0, ...existingIds.map((match) => Number(match.slice(6, -1)))) + 1;
  const date = wordDate(reviewer.date);
  const writer: Writer = { document, nextId: () => next++, reviewer, date };

  let commentsXml = parts['word/comments.xml'];
  const commentIds = (commentsXml ?? '').match(/<w:comment\b[^>]*\bw:id="(\d+)"/g) ?? [];
  let nextComment =
    Math.max(-1, ...commentIds.map((match) => Number(/w:id="(\d+)"/.exec(match)?.[1] ?? -1))) + 1;
  const newComments: string[] = [];

  for (const item of feedback) {
    const paragraph = findParagraph(
      document,
      bookmarkOf.get(item.paragraphId) ?? bookmarkNameOf(item.paragraphId),
    );
    if (!paragraph) {
      throw new ReviewReadError(
        'damaged',
        `Gennemsynskopien har intet afsnit med id «${item.paragraphId}»; feedbacken kan ikke skrives.`,
      );
    }
    atomize(paragraph);
    for (const comment of item.comments) {
      if (comment.text.trim() === '') continue;
      const id = nextComment++;
      addComment(writer, paragraph, comment.quote, id);
      newComments.push(commentXml(id, comment.text, reviewer, date));
    }
    if (item.replacement !== undefined && item.replacement !== visibleText(paragraph)) {
      addReplacement(writer, paragraph, item.replacement);
    }
  }

  files['word/document.xml'] = strToU8(serializeXml(document));
  if (newComments.length > 0) {
    if (commentsXml) {
      commentsXml = commentsXml.replace(/<\/w:comments>\s*$/, `${newComments.join('')}</w:comments>`);
    } else {
      commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${NS.w}">${newComments.join('')}</w:comments>`;
      const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
      if (!types.includes('/word/comments.xml')) {
        files['[Content_Types].xml'] = strToU8(
          types.replace(
            '</Types>',
            `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/></Types>`,
          ),
        );
      }
      const relations = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
      if (!relations.includes(COMMENTS_REL)) {
        files['word/_rels/document.xml.rels'] = strToU8(
          relations.replace(
            '</Relationships>',
            `<Relationship Id="rIdBbComments" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`,
          ),
        );
      }
    }
    files['word/comments.xml'] = strToU8(commentsXml);
  }
  return zipSync(files, { level: 6 });
}
