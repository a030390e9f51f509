import { strFromU8 } from 'fflate';
import { safeUnzip } from '../zip/safe-unzip';
import { SAMPLE_DATA_MARK } from '../letter/sample-mark';
import { isAnchorName, isStopName } from './anchors';
import { REVIEW_ZIP_LIMITS } from './read-reviewed-docx';
import { childElements, isW, parseXml, textOf, wAttr, type XElement } from './xml';

/**
 * What the reviewer reads around the commentable paragraphs (issue 8, "the letter and Bilag 1 as the preview shows
 * them"), read from the review copy itself, since the reviewer has no data: the title, the recipient block with the
 * date, the salutation, the signature, Bilag 1's title and each annex area's table. Read-only; nothing here is
 * written back.
 */
export interface ReviewLetterContext {
  /** docProps/core.xml's title (and subject), when the file carries them. */
  title?: string;
  subject?: string;
  /** The recipient cell's lines (committee, then the person). */
  recipient: string[];
  /** The other cells' lines beside the recipient: "Dato: …", "Sagsnr.: …", "Dok.nr.: …". */
  details: string[];
  /** "Kære …": the last paragraph before the letter body. */
  salutation?: string;
  /** "Venlig hilsen", the signer's name and title. */
  signature: string[];
  /** "Bilag 1" and its subtitle. */
  annexTitle: string[];
  /** Each annex area's table(s), rows of cell texts, by the area heading's bookmark name (bookmarkNameOf(id)). */
  annexTables: Record<string, string[][]>;
  /** The note under Bilag 1 on how the status is set. */
  statusRule?: string;
  /** The copy's pages carry «UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES»: the letter was written on invented numbers. */
  sampleData: boolean;
}

const DC_NS = 'http://purl.org/dc/elements/1.1/';
/** Lines a signature block or an annex title can have: a longer run is not what we look for. */
const MAX_BLOCK_LINES = 6;

/** A paragraph's or cell's visible text as the reviewer's program shows it: deleted text left out, tabs as spaces. */
function visibleText(element: XElement): string {
  let text = '';
  const visit = (node: XElement): void => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      if (isW(child, 'del') || isW(child, 'moveFrom') || isW(child, 'delText')) continue;
      if (isW(child, 't')) text += textOf(child);
      else if (isW(child, 'tab')) text += ' ';
      else if (isW(child, 'br') || isW(child, 'cr')) text += '\n';
      else visit(child);
    }
  };
  visit(element);
  return text;
}

/** Non-empty lines of a paragraph (line breaks split it). */
function linesOf(paragraph: XElement): string[] {
  return visibleText(paragraph)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A table cell's text: its paragraphs' lines joined by a line break. */
function cellText(cell: XElement): string {
  return childElements(cell)
    .filter((child) => isW(child, 'p'))
    .flatMap(linesOf)
    .join('\n');
}

function tableRows(table: XElement): string[][] {
  return childElements(table)
    .filter((row) => isW(row, 'tr'))
    .map((row) =>
      childElements(row)
        .filter((cell) => isW(cell, 'tc'))
        .map(cellText),
    );
}

interface Block {
  element: XElement;
  /** Bookmark names that start in (or just before) this block. */
  bookmarks: string[];
}

/** The body's paragraphs and tables in order; a bookmark between paragraphs counts for the next one. */
function blocksOf(body: XElement): Block[] {
  const blocks: Block[] = [];
  let pending: string[] = [];
  for (const child of childElements(body)) {
    if (isW(child, 'bookmarkStart')) {
      const name = wAttr(child, 'name');
      if (name) pending.push(name);
    } else if (isW(child, 'p')) {
      const own = childElements(child)
        .filter((node) => isW(node, 'bookmarkStart'))
        .map((node) => wAttr(node, 'name') ?? '')
        .filter(Boolean);
      blocks.push({ element: child, bookmarks: [...pending, ...own] });
      pending = [];
    } else if (isW(child, 'tbl')) {
      blocks.push({ element: child, bookmarks: [] });
    }
  }
  return blocks;
}

const isReviewMark = (name: string): boolean => isAnchorName(name) || isStopName(name);

/** The paragraph lines from `start` until the next marked paragraph or table (at most a few). */
function blockLines(blocks: Block[], start: number): string[] {
  const lines: string[] = [];
  for (let index = start; index < blocks.length && lines.length < MAX_BLOCK_LINES; index++) {
    const block = blocks[index];
    if (!block || !isW(block.element, 'p')) break;
    if (index > start && block.bookmarks.some(isReviewMark)) break;
    lines.push(...linesOf(block.element));
  }
  return lines.slice(0, MAX_BLOCK_LINES);
}

function coreProperty(xml: string | undefined, localName: string): string | undefined {
  if (!xml) return undefined;
  try {
    const root = parseXml(xml, 'docProps/core.xml', 'Filen');
    const found = childElements(root).find(
      (element) => element.localName === localName && element.namespaceURI === DC_NS,
    );
    const text = found ? textOf(found).replace(/\s+/g, ' ').trim() : '';
    return text || undefined;
  } catch {
    return undefined; // A damaged core.xml only costs the title: the letter itself is still there.
  }
}

/** Reads the context from word/document.xml (and docProps/core.xml) as text. */
export function letterContextOfParts(documentXml: string, coreXml?: string): ReviewLetterContext {
  const root = parseXml(documentXml, 'word/document.xml', 'Filen');
  const body = childElements(root).find((element) => isW(element, 'body'));
  const context: ReviewLetterContext = {
    title: coreProperty(coreXml, 'title'),
    subject: coreProperty(coreXml, 'subject'),
    recipient: [],
    details: [],
    signature: [],
    annexTitle: [],
    annexTables: {},
    sampleData: false,
  };
  if (!body) return context;
  const blocks = blocksOf(body);
  const firstAnchor = blocks.findIndex((block) => block.bookmarks.some(isAnchorName));
  const front = firstAnchor < 0 ? [] : blocks.slice(0, firstAnchor);

  // The salutation is the last non-empty paragraph before the body; the recipient table the last table before it.
  for (let index = front.length - 1; index >= 0; index--) {
    const block = front[index];
    if (block && isW(block.element, 'p') && linesOf(block.element).length > 0) {
      context.salutation = linesOf(block.element).join(' ');
      break;
    }
    if (block && isW(block.element, 'tbl')) break;
  }
  const recipientTable = [...front].reverse().find((block) => isW(block.element, 'tbl'));
  if (recipientTable) {
    const [first, ...rest] = tableRows(recipientTable.element)[0] ?? [];
    context.recipient = (first ?? '').split('\n').filter(Boolean);
    context.details = rest.flatMap((cell) => cell.split('\n')).filter(Boolean);
  }

  let area: string | undefined;
  blocks.forEach((block, index) => {
    const names = block.bookmarks.filter(isReviewMark);
    if (names.some((name) => name === 'bbx_hilsen')) context.signature = blockLines(blocks, index);
    if (names.some((name) => name === 'bbx_bilag')) context.annexTitle = blockLines(blocks, index);
    if (names.some((name) => name === 'bbx_statusregel'))
      context.statusRule = linesOf(block.element).join(' ') || undefined;
    if (isW(block.element, 'p')) {
      if (names.length > 0) area = names.find(isAnchorName);
      return;
    }
    // A table belongs to the annex area heading right above it (only annex headings have tables after them).
    if (area && firstAnchor >= 0 && index > firstAnchor) {
      context.annexTables[area] = [...(context.annexTables[area] ?? []), ...tableRows(block.element)];
    }
  });
  return context;
}

/**
 * The context of a review copy the reviewer opened. Call it after readReviewedDocx accepted the file; it inflates
 * only word/document.xml and docProps/core.xml, within the same limits.
 */
export function readReviewLetterContext(bytes: Uint8Array): ReviewLetterContext {
  const parts = safeUnzip(bytes, {
    wanted: (name) => name === 'word/document.xml' || name === 'docProps/core.xml' || HEADER_PART.test(name),
    label: 'Filen',
    limits: REVIEW_ZIP_LIMITS,
  });
  const document = parts['word/document.xml'];
  const core = parts['docProps/core.xml'];
  const context = letterContextOfParts(
    document ? strFromU8(document) : '',
    core ? strFromU8(core) : undefined,
  );
  // The mark is the header's text (shared/docx/build-docx.ts); a reviewer's program keeps headers as they are.
  context.sampleData = Object.entries(parts).some(
    ([name, part]) =>
      HEADER_PART.test(name) && visibleHeaderText(strFromU8(part), name).includes(SAMPLE_DATA_MARK),
  );
  return context;
}

const HEADER_PART = /^word\/header\d*\.xml$/;

/** A header part's text, runs joined (Word may split the mark over several runs). */
function visibleHeaderText(xml: string, partName: string): string {
  return visibleText(parseXml(xml, partName, 'Filen'));
}
