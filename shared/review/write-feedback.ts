import { strFromU8, strToU8, zipSync } from 'fflate';
import { xmlSafe } from '../docx/xml-safe';
import { bookmarkNameOf } from './anchors';
import { ReviewReadError } from './errors';
import {
  REVIEW_MAX_FILE_BYTES,
  REVIEW_ZIP_LIMITS,
  readCopyInfo,
  readerParts,
  unpackReviewPackage,
} from './read-reviewed-docx';
import { wordDiff } from './text';
import {
  NS,
  appendChild,
  childElements,
  cloneElement,
  createElement,
  descendants,
  insertBefore,
  isW,
  nextSibling,
  parseXml,
  removeNode,
  serializeXml,
  setText,
  textOf,
  wAttr,
  type XElement,
  type XNode,
} from './xml';

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
  run: XElement;
  start: number;
  end: number;
  /** The w:t holding text (absent for tab/break). */
  textElement?: XElement;
}

function inside(node: XElement, localName: string, stop: XElement): boolean {
  for (let parent = node.parent; parent && parent !== stop; parent = parent.parent) {
    if (isW(parent, localName)) return true;
  }
  return false;
}

const runsOf = (paragraph: XElement): XElement[] => descendants(paragraph, (element) => isW(element, 'r'));

function wElement(name: string, attributes: Record<string, string> = {}): XElement {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) raw[`w:${key}`] = value;
  return createElement(`w:${name}`, NS.w, raw);
}

/** Splits every run of the paragraph so each holds one text element (w:t, w:tab, w:br) with its own w:rPr copy. */
function atomize(paragraph: XElement): void {
  for (const run of runsOf(paragraph)) {
    const contents = childElements(run).filter((child): boolean => !isW(child, 'rPr'));
    if (contents.length <= 1 || !run.parent) continue;
    const properties = childElements(run).find((child) => isW(child, 'rPr'));
    for (const content of contents) {
      const piece = wElement('r');
      if (properties) appendChild(piece, cloneElement(properties));
      appendChild(piece, content);
      insertBefore(run.parent, piece, run);
    }
    removeNode(run);
  }
}

/** The paragraph's visible runs (not deleted, not in a text box) with their offsets in its current text. */
function atomsOf(paragraph: XElement): Atom[] {
  const atoms: Atom[] = [];
  let offset = 0;
  for (const run of runsOf(paragraph)) {
    if (
      inside(run, 'del', paragraph) ||
      inside(run, 'moveFrom', paragraph) ||
      inside(run, 'txbxContent', paragraph)
    )
      continue;
    const content = childElements(run).find((child): boolean => !isW(child, 'rPr'));
    const kind = content && content.namespaceURI === NS.w ? content.localName : undefined;
    let length = 0;
    if (kind === 't' && content) length = textOf(content).length;
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

function visibleText(paragraph: XElement): string {
  return atomsOf(paragraph)
    .map((atom) => {
      if (atom.textElement) return textOf(atom.textElement);
      return atom.end > atom.start ? ' ' : '';
    })
    .join('');
}

function setPreservedText(element: XElement, text: string): void {
  setText(element, text);
  element.raw['xml:space'] = 'preserve';
  element.attributes.set(`${NS.xml}|space`, 'preserve');
}

/** Makes a run boundary at `offset` of the paragraph's current text (splitting a w:t run in two). */
function splitAt(paragraph: XElement, offset: number): void {
  for (const atom of atomsOf(paragraph)) {
    if (!atom.textElement || offset <= atom.start || offset >= atom.end || !atom.run.parent) continue;
    const text = textOf(atom.textElement);
    const cut = offset - atom.start;
    const second = cloneElement(atom.run);
    setPreservedText(atom.textElement, text.slice(0, cut));
    const secondText = childElements(second).find((child) => isW(child, 't'));
    if (secondText) setPreservedText(secondText, text.slice(cut));
    insertBefore(atom.run.parent, second, nextSibling(atom.run));
    return;
  }
}

/** Where new content goes at the start of the paragraph: after w:pPr and the review anchor's bookmarkStart. */
function startReference(paragraph: XElement): XNode | null {
  return paragraph.children.find((child) => !isW(child, 'pPr') && !isW(child, 'bookmarkStart')) ?? null;
}

/** Where new content goes at the end of the paragraph: before the review anchor's bookmarkEnd, if last. */
function endReference(paragraph: XElement): XNode | null {
  const last = paragraph.children.at(-1) ?? null;
  return last && isW(last, 'bookmarkEnd') ? last : null;
}

interface Writer {
  nextId: () => number;
  reviewer: ReviewerIdentity;
  date: string;
}

/** Runs with `text` (tabs as w:tab, line breaks as w:br), formatted like `like` when given. */
function textRuns(text: string, like: XElement | undefined): XElement[] {
  const runs: XElement[] = [];
  const properties = like ? childElements(like).find((child) => isW(child, 'rPr')) : undefined;
  for (const piece of text.split(/(\t|\n)/)) {
    if (piece === '') continue;
    const run = wElement('r');
    if (properties) appendChild(run, cloneElement(properties));
    if (piece === '\t') appendChild(run, wElement('tab'));
    else if (piece === '\n') appendChild(run, wElement('br'));
    else {
      const t = wElement('t');
      setPreservedText(t, piece);
      appendChild(run, t);
    }
    runs.push(run);
  }
  return runs;
}

function addComment(paragraph: XElement, quote: string | undefined, id: number): void {
  const text = visibleText(paragraph);
  const found = quote ? text.indexOf(quote) : -1;
  const start = found >= 0 ? found : 0;
  const end = found >= 0 ? found + (quote ?? '').length : text.length;
  splitAt(paragraph, start);
  splitAt(paragraph, end);
  const atoms = atomsOf(paragraph).filter((atom) => atom.end > atom.start);
  const first = atoms.find((atom) => atom.start >= start && atom.start < end);
  const last = [...atoms].reverse().find((atom) => atom.end <= end && atom.end > start);
  const rangeStart = wElement('commentRangeStart', { id: String(id) });
  const rangeEnd = wElement('commentRangeEnd', { id: String(id) });
  const reference = wElement('r');
  appendChild(reference, wElement('commentReference', { id: String(id) }));
  if (first?.run.parent && last?.run.parent) {
    insertBefore(first.run.parent, rangeStart, first.run);
    const lastParent = last.run.parent;
    insertBefore(lastParent, rangeEnd, nextSibling(last.run));
    insertBefore(lastParent, reference, nextSibling(rangeEnd));
  } else {
    insertBefore(paragraph, rangeStart, startReference(paragraph));
    const before = endReference(paragraph);
    insertBefore(paragraph, rangeEnd, before);
    insertBefore(paragraph, reference, before);
  }
}

/** The suggested text as tracked changes: unchanged words stay, removed words in w:del, new words in w:ins. */
function addReplacement(writer: Writer, paragraph: XElement, replacement: string): void {
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
  let cursor: XElement | null = null;
  let lastRun: XElement | undefined = atoms[0]?.run;
  offset = 0;
  const mark = (name: 'ins' | 'del'): XElement =>
    wElement(name, {
      id: String(writer.nextId()),
      author: xmlSafe(writer.reviewer.author),
      date: writer.date,
    });
  for (const part of parts) {
    if (part.kind === 'added') {
      const insertion = mark('ins');
      for (const run of textRuns(part.text, lastRun)) appendChild(insertion, run);
      if (cursor?.parent) insertBefore(cursor.parent, insertion, nextSibling(cursor));
      else {
        const firstRun = atoms[0]?.run;
        insertBefore(
          paragraph,
          insertion,
          firstRun?.parent === paragraph ? firstRun : startReference(paragraph),
        );
      }
      cursor = insertion;
      continue;
    }
    const end = offset + part.text.length;
    while (index < atoms.length && (atoms[index]?.start ?? end) < end) {
      const atom = atoms[index] as Atom;
      index++;
      lastRun = atom.run;
      if (part.kind === 'same' || !atom.run.parent) {
        cursor = atom.run;
        continue;
      }
      const deletion = mark('del');
      insertBefore(atom.run.parent, deletion, atom.run);
      appendChild(deletion, atom.run);
      if (atom.textElement) {
        const deletedText = wElement('delText');
        setPreservedText(deletedText, textOf(atom.textElement));
        insertBefore(atom.run, deletedText, atom.textElement);
        removeNode(atom.textElement);
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

function findParagraph(body: XElement, bookmark: string): XElement | undefined {
  for (const start of descendants(body, (element) => isW(element, 'bookmarkStart'))) {
    if (wAttr(start, 'name') !== bookmark) continue;
    for (let node = start.parent; node; node = node.parent) if (isW(node, 'p')) return node;
    const siblings = start.parent?.children ?? [];
    const after = siblings.slice(siblings.indexOf(start) + 1);
    const paragraph = after.find((node): node is XElement => node.kind === 'element' && isW(node, 'p'));
    if (paragraph) return paragraph;
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
  const label = 'Gennemsynskopien';
  // One unzip: every part is rewritten (images too), and the reader's parts are read from the same inflated files.
  const files = unpackReviewPackage(reviewCopyBytes, label, {
    wanted: () => true,
    // Every part counts towards the total here, so it may exceed what the reader inflates.
    limits: { ...REVIEW_ZIP_LIMITS, maxTotalBytes: REVIEW_MAX_FILE_BYTES * 4 },
  });
  const parts = readerParts(files, reviewCopyBytes, label);
  const info = readCopyInfo(parts, label);
  const bookmarkOf = new Map<string, string>();
  for (const [bookmark, id] of info.bookmarks ?? []) bookmarkOf.set(id, bookmark);
  const document = parseXml(parts['word/document.xml'] ?? '', 'word/document.xml', label);
  const existingIds = (parts['word/document.xml'] ?? '').match(/\bw:id="(\d+)"/g) ?? [];
  let next = Math.max(0, ...existingIds.map((match) => Number(match.slice(6, -1)))) + 1;
  const date = wordDate(reviewer.date);
  const writer: Writer = { nextId: () => next++, reviewer, date };

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
      addComment(paragraph, comment.quote, id);
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
