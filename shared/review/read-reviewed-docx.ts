import { strFromU8 } from 'fflate';
import { safeUnzip, ZipSafetyError, type ZipLimits } from '../zip/safe-unzip';
import { REVIEW_PROPERTY, REVIEW_XML_NAMESPACE, bookmarkNameOf, paragraphIdOfBookmark } from './anchors';
import { readComments, type FileComment } from './comments';
import { ReviewReadError } from './errors';
import { ANNEX_AREA_ROLE, areaNameOfHeading } from './paragraphs';
import {
  acceptedText,
  hasTrackedChanges,
  rejectedText,
  scanDocument,
  type ChangeMark,
  type ScannedParagraph,
} from './scan-document';
import { cleanText, containment, sameText, similarity, wordDiff } from './text';
import type {
  ReviewChange,
  ReviewComment,
  ReviewCopyInfo,
  ReviewedFile,
  ReviewedParagraph,
  SentParagraph,
  Unplaced,
} from './types';
import { attr, childElements, isW, parseXml, textOf } from './xml';

export interface ReadReviewedOptions {
  /** The paragraphs as sent, when the caller has them (the stored review copy): used when the file lost its own. */
  sent?: readonly SentParagraph[];
}

/** Largest reviewed .docx accepted at all, before anything is inflated. */
export const REVIEW_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Limits on what a reviewed file may make us inflate (issue 11 item 6): a letter's XML is a few MB at most. */
export const REVIEW_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntryBytes: 40 * 1024 * 1024,
  maxTotalBytes: 80 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 2000,
});

/** The parts the reader needs: nothing else in the package (images, fonts, embedded files) is ever inflated. */
const WANTED_PART =
  /^(?:\[Content_Types\]\.xml|word\/document\.xml|word\/comments\.xml|word\/commentsExtended\.xml|docProps\/custom\.xml|customXml\/item\d+\.xml)$/;

/** Similarity a paragraph needs to stand in for a sent paragraph whose bookmark is gone. */
const MATCH_THRESHOLD = 0.5;
/** Paragraphs compared when bookmarks are gone: a letter has a few hundred; more only costs time. */
const MAX_SIMILARITY_PARAGRAPHS = 5000;

function fileLabelOf(fileName: string | undefined): string {
  return fileName ? `Filen «${fileName}»` : 'Filen';
}

function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((character) => [character.charCodeAt(0), 0]);
  outer: for (let at = 0; at + pattern.length <= bytes.length; at++) {
    for (let index = 0; index < pattern.length; index++)
      if (bytes[at + index] !== pattern[index]) continue outer;
    return true;
  }
  return false;
}

/** Unpacks the parts the reader needs, turning every way a file can be wrong into one Danish ReviewReadError. */
export function unpackReviewedDocx(bytes: Uint8Array, fileName?: string): Record<string, string> {
  const label = fileLabelOf(fileName);
  const parts = unpackReviewPackage(bytes, label, {
    wanted: (name) => WANTED_PART.test(name),
    limits: REVIEW_ZIP_LIMITS,
  });
  return readerParts(parts, bytes, label);
}

/**
 * The file's parts chosen by `wanted`, inflated once within `limits`, after the same checks as the reader's (empty,
 * too large, an old .doc, password-protected, not a zip) and with the same Danish ReviewReadError for each way it
 * can be wrong. The feedback writer takes every part this way and hands the reader's ones to readerParts, so a
 * review copy is unzipped once when the reviewer saves.
 */
export function unpackReviewPackage(
  bytes: Uint8Array,
  label: string,
  options: { wanted: (name: string) => boolean; limits: Readonly<ZipLimits> },
): Record<string, Uint8Array> {
  if (bytes.length === 0)
    throw new ReviewReadError('not-docx', `${label} er tom; den er ikke et Word-dokument (.docx).`);
  if (bytes.length > REVIEW_MAX_FILE_BYTES) {
    throw new ReviewReadError(
      'oversized',
      `${label} fylder ${Math.round(bytes.length / (1024 * 1024))} MB; et gennemset brev kan højst fylde ${REVIEW_MAX_FILE_BYTES / (1024 * 1024)} MB.`,
    );
  }
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte);
  if (ole) {
    // A password-protected .docx is an OLE compound file holding an "EncryptedPackage" stream; so is an old .doc.
    if (includesUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), 'EncryptedPackage')) {
      throw new ReviewReadError(
        'encrypted',
        `${label} er beskyttet med adgangskode. Åbn den i Word, fjern adgangskoden (Filer › Oplysninger › Beskyt dokument), gem den, og indlæs den igen.`,
      );
    }
    throw new ReviewReadError(
      'not-docx',
      `${label} er et ældre Word-dokument (.doc) eller en anden Office-fil. Åbn den i Word, og gem den som Word-dokument (.docx).`,
    );
  }
  const startsLikeZip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!startsLikeZip) {
    throw new ReviewReadError(
      'not-docx',
      `${label} er ikke et Word-dokument (.docx). Vælg Word-filen (.docx) med brevet til gennemsyn.`,
    );
  }
  try {
    return safeUnzip(bytes, { wanted: options.wanted, label, limits: options.limits });
  } catch (error) {
    if (!(error instanceof ZipSafetyError)) throw error;
    switch (error.kind) {
      case 'damaged':
        throw new ReviewReadError(
          'truncated',
          `${label} er ufuldstændig eller beskadiget (måske afbrudt under download eller kopiering). Gem eller hent filen igen.`,
        );
      case 'ratio':
      case 'size-mismatch':
        throw new ReviewReadError(
          'zip-bomb',
          `${label} afvises: den er pakket, så den ville fylde langt mere end et brev, når den pakkes ud (en såkaldt zip-bombe).${error.entryName ? ` Delen «${error.entryName}».` : ''}`,
        );
      case 'entry-too-large':
      case 'total-too-large':
      case 'too-many-entries':
        throw new ReviewReadError('oversized', `${error.message} Et gennemset brev er langt mindre.`);
      default:
        if (/adgangskode/.test(error.message)) throw new ReviewReadError('encrypted', error.message);
        throw new ReviewReadError('damaged', error.message);
    }
  }
}

/** The parts the reader reads, as text, out of an unpacked package; refuses a package without a document. */
export function readerParts(
  parts: Readonly<Record<string, Uint8Array>>,
  bytes: Uint8Array,
  label: string,
): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, data] of Object.entries(parts)) if (WANTED_PART.test(name)) text[name] = strFromU8(data);
  if (text['word/document.xml'] === undefined) {
    const excel = listHas(bytes, 'xl/workbook.xml');
    throw new ReviewReadError(
      'not-docx',
      excel
        ? `${label} er et Excel-regneark, ikke et Word-dokument (.docx).`
        : `${label} er en zip-fil, men ikke et Word-dokument (.docx): den har intet dokumentindhold.`,
    );
  }
  return text;
}

function listHas(bytes: Uint8Array, name: string): boolean {
  try {
    return (
      Object.keys(safeUnzip(bytes, { wanted: (entry) => entry === name, limits: { maxEntryBytes: 1 } }))
        .length > 0
    );
  } catch {
    return true;
  }
}

/** The review copy's own record of itself (custom XML part), if the file still carries it. */
export function readCopyInfo(
  parts: Record<string, string>,
  label: string,
): Partial<ReviewCopyInfo> & { bookmarks?: Map<string, string> } {
  for (const [name, xml] of Object.entries(parts)) {
    if (!/^customXml\/item\d+\.xml$/.test(name) || !xml.includes(REVIEW_XML_NAMESPACE)) continue;
    const root = parseXml(xml, name, label);
    if (root.namespaceURI !== REVIEW_XML_NAMESPACE) continue;
    const bookmarks = new Map<string, string>();
    const paragraphs: SentParagraph[] = [];
    for (const child of childElements(root)) {
      if (child.namespaceURI !== REVIEW_XML_NAMESPACE || child.localName !== 'afsnit') continue;
      const id = attr(child, 'id') ?? '';
      if (id === '') continue;
      paragraphs.push({ id, role: attr(child, 'rolle') ?? 'custom', text: cleanText(textOf(child)) });
      bookmarks.set(attr(child, 'bogmaerke') || bookmarkNameOf(id), id);
    }
    const revision = Number(attr(root, 'revision'));
    return {
      paragraphs,
      bookmarks,
      ...(attr(root, 'brevId') ? { letterId: attr(root, 'brevId') ?? '' } : {}),
      ...(Number.isInteger(revision) && attr(root, 'revision') ? { revision } : {}),
      ...(attr(root, 'kopiId') ? { copyId: attr(root, 'kopiId') ?? '' } : {}),
      ...(attr(root, 'sendt') ? { sentAt: attr(root, 'sendt') ?? '' } : {}),
    };
  }
  return {};
}

/** Letter id, revision and copy id from the custom document properties (docProps/custom.xml). */
function readCustomProperties(parts: Record<string, string>, label: string): Map<string, string> {
  const values = new Map<string, string>();
  const xml = parts['docProps/custom.xml'];
  if (!xml) return values;
  const root = parseXml(xml, 'docProps/custom.xml', label);
  if (!root) return values;
  for (const property of childElements(root)) {
    const name = attr(property, 'name');
    if (name) values.set(name, textOf(property).trim());
  }
  return values;
}

function isAnnexRole(role: string | undefined, id: string): boolean {
  return role === ANNEX_AREA_ROLE || (role === undefined && id.startsWith('annex-'));
}

function authorsAndDate(marks: ChangeMark[]): { author?: string; date?: string } {
  const authors = [
    ...new Set(marks.map((mark) => mark.author).filter((author): author is string => !!author)),
  ];
  const dates = marks
    .map((mark) => validDate(mark.date))
    .filter((date): date is string => date !== undefined);
  dates.sort();
  const latest = dates.at(-1);
  return {
    ...(authors.length > 0 ? { author: authors.join(', ') } : {}),
    ...(latest !== undefined ? { date: latest } : {}),
  };
}

/** An ISO date, or undefined for none or a placeholder (LibreOffice writes 0-00-00T00:00:00Z for "no date"). */
export function validDate(date: string | undefined): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return undefined;
  const year = Number(date.slice(0, 4));
  if (year < 1900 || Number.isNaN(Date.parse(date))) return undefined;
  return date;
}

function marksOf(paragraph: ScannedParagraph): ChangeMark[] {
  const marks: ChangeMark[] = [];
  if (paragraph.markInserted) marks.push(paragraph.markInserted);
  if (paragraph.markDeleted) marks.push(paragraph.markDeleted);
  for (const token of paragraph.tokens) {
    if (token.type !== 'text') continue;
    if (token.inserted) marks.push(token.inserted);
    if (token.deleted) marks.push(token.deleted);
  }
  return marks;
}

function joinPieces(
  pieces: ScannedParagraph[],
  text: (piece: ScannedParagraph) => string,
  merged: (piece: ScannedParagraph) => boolean,
): string {
  let out = '';
  pieces.forEach((piece, index) => {
    if (index > 0) out += merged(pieces[index - 1] as ScannedParagraph) ? '' : '\n';
    out += text(piece);
  });
  return out;
}

interface Owner {
  id: string;
  role?: string;
  sentText?: string;
  placedBy: ReviewedParagraph['placedBy'];
  pieces: ScannedParagraph[];
}

/**
 * Reads a reviewed .docx (saved by Word, LibreOffice or the app) and places its comments and changes on the
 * paragraphs of the review copy: by bookmark; where a bookmark is gone, by text similarity against the paragraphs
 * as sent (the file's custom XML part, or `options.sent`). What cannot be tied to a paragraph is listed in
 * `unplaced` with the reason. Throws ReviewReadError (Danish) for a file that is not a readable .docx.
 */
export function readReviewedDocx(
  bytes: Uint8Array,
  fileName?: string,
  options: ReadReviewedOptions = {},
): ReviewedFile {
  const label = fileLabelOf(fileName);
  const parts = unpackReviewedDocx(bytes, fileName);
  const document = parseXml(parts['word/document.xml'] ?? '', 'word/document.xml', label);
  const body = childElements(document).find((child) => isW(child, 'body'));
  if (!body) {
    throw new ReviewReadError(
      'not-docx',
      `${label} er ikke et Word-dokument (.docx): dokumentet har ingen brødtekst.`,
    );
  }
  const scanned = scanDocument(body);
  const info = readCopyInfo(parts, label);
  const properties = readCustomProperties(parts, label);
  const sent: readonly SentParagraph[] | undefined =
    info.paragraphs && info.paragraphs.length > 0 ? info.paragraphs : options.sent;
  const sentById = new Map((sent ?? []).map((paragraph) => [paragraph.id, paragraph]));
  const bookmarkToId = new Map<string, string>(info.bookmarks ?? []);
  for (const paragraph of sent ?? [])
    if (!bookmarkToId.has(bookmarkNameOf(paragraph.id)))
      bookmarkToId.set(bookmarkNameOf(paragraph.id), paragraph.id);

  // 1. Anchors by bookmark.
  const owners = new Map<string, Owner>();
  const anchorAt = new Map<number, Owner>();
  for (const paragraph of scanned) {
    if (!paragraph.anchor) continue;
    const id =
      bookmarkToId.get(paragraph.anchor) ?? paragraphIdOfBookmark(paragraph.anchor) ?? paragraph.anchor;
    if (owners.has(id)) continue;
    const sentParagraph = sentById.get(id);
    const owner: Owner = {
      id,
      placedBy: 'bookmark',
      pieces: [],
      ...(sentParagraph ? { role: sentParagraph.role, sentText: sentParagraph.text } : {}),
    };
    owners.set(id, owner);
    anchorAt.set(paragraph.index, owner);
  }
  const foundByBookmark = owners.size;

  // 2. Sent paragraphs whose bookmark is gone: the most similar paragraph that is not anchored yet.
  if (sent && sent.some((paragraph) => !owners.has(paragraph.id) && paragraph.text.trim() !== '')) {
    const candidates: { owner: Owner; paragraph: ScannedParagraph; score: number }[] = [];
    const texts = scanned.map((paragraph) => ({
      accepted: acceptedText(paragraph),
      rejected: rejectedText(paragraph),
    }));
    for (const sentParagraph of sent) {
      if (owners.has(sentParagraph.id) || sentParagraph.text.trim() === '') continue;
      const owner: Owner = {
        id: sentParagraph.id,
        role: sentParagraph.role,
        sentText: sentParagraph.text,
        placedBy: 'similarity',
        pieces: [],
      };
      for (const paragraph of scanned.slice(0, MAX_SIMILARITY_PARAGRAPHS)) {
        if (anchorAt.has(paragraph.index) || paragraph.stop) continue;
        const text = texts[paragraph.index];
        if (!text || (text.accepted.trim() === '' && text.rejected.trim() === '')) continue;
        const score = Math.max(
          similarity(sentParagraph.text, text.accepted),
          similarity(sentParagraph.text, text.rejected),
        );
        if (score >= MATCH_THRESHOLD) candidates.push({ owner, paragraph, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    for (const candidate of candidates) {
      if (owners.has(candidate.owner.id) || anchorAt.has(candidate.paragraph.index)) continue;
      owners.set(candidate.owner.id, candidate.owner);
      anchorAt.set(candidate.paragraph.index, candidate.owner);
    }
  }
  const hasStops = scanned.some((paragraph) => paragraph.stop);
  const hasAnchors = foundByBookmark > 0 || info.paragraphs !== undefined;

  // 3. Regions: a paragraph without an anchor belongs to the anchored paragraph before it (a paragraph split in two,
  //    a paragraph the reviewer added, the rows of an annex table) until a stop or the next anchor.
  const ownerOf = new Map<number, Owner>();
  let current: Owner | undefined;
  for (const paragraph of scanned) {
    const anchored = anchorAt.get(paragraph.index);
    if (anchored) {
      current = anchored;
      anchored.pieces.push(paragraph);
      ownerOf.set(paragraph.index, anchored);
      continue;
    }
    if (paragraph.stop) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    if (isAnnexRole(current.role, current.id)) {
      ownerOf.set(paragraph.index, current);
      current.pieces.push(paragraph);
      continue;
    }
    const text = acceptedText(paragraph);
    const onlyMarkers = text.trim() === '' && rejectedText(paragraph).trim() === '';
    const previous = current.pieces.at(-1);
    const inserted =
      paragraph.markInserted !== undefined ||
      previous?.markInserted !== undefined ||
      (paragraph.tokens.some((token) => token.type === 'text') &&
        paragraph.tokens.every((token) => token.type !== 'text' || token.inserted !== undefined));
    const belongs =
      hasStops || inserted || (current.sentText !== undefined && containment(text, current.sentText) >= 0.6);
    if (onlyMarkers) {
      if (paragraph.tokens.length > 0) ownerOf.set(paragraph.index, current);
      continue;
    }
    if (belongs) {
      current.pieces.push(paragraph);
      ownerOf.set(paragraph.index, current);
    } else {
      current = undefined;
    }
  }

  // 4. Paragraphs: text as sent, as it stands, and the change between them.
  const order: Owner[] = sent
    ? sent.map(
        (paragraph) =>
          owners.get(paragraph.id) ?? {
            id: paragraph.id,
            role: paragraph.role,
            sentText: paragraph.text,
            placedBy: 'missing',
            pieces: [],
          },
      )
    : [...owners.values()];
  const foundShare = sent && sent.length > 0 ? owners.size / sent.length : 0;
  const paragraphs: ReviewedParagraph[] = [];
  const byId = new Map<string, ReviewedParagraph>();
  for (const owner of order) {
    const annex = isAnnexRole(owner.role, owner.id);
    const pieces = annex ? owner.pieces.slice(0, 1) : owner.pieces;
    const before = joinPieces(pieces, rejectedText, (piece) => piece.markInserted !== undefined);
    const after = joinPieces(pieces, acceptedText, (piece) => piece.markDeleted !== undefined);
    const sentText = owner.sentText ?? before;
    const tracked = pieces.some(hasTrackedChanges);
    const changes: ReviewChange[] = [];
    const missing = owner.placedBy === 'missing';
    // A paragraph missing from a file that still has most anchors was removed by the reviewer (Bilag 1's headings
    // come from the data, not the text: never a removal).
    const removed = missing && !annex && foundByBookmark > 0 && foundShare >= 0.5 && sentText.trim() !== '';
    if (missing ? removed : !sameText(sentText, after)) {
      changes.push({
        before: sentText,
        after: missing ? '' : after,
        tracked: missing ? false : tracked,
        ...(tracked && !missing ? authorsAndDate(pieces.flatMap(marksOf)) : {}),
        words: wordDiff(sentText, missing ? '' : after),
      });
    }
    if (annex) {
      // Tracked edits in Bilag 1's tables (a figure corrected): each cell paragraph as its own change of the area.
      for (const piece of owner.pieces.slice(1)) {
        if (!hasTrackedChanges(piece)) continue;
        const cellBefore = rejectedText(piece);
        const cellAfter = acceptedText(piece);
        if (cellBefore === cellAfter) continue;
        changes.push({
          before: cellBefore,
          after: cellAfter,
          tracked: true,
          ...authorsAndDate(marksOf(piece)),
          words: wordDiff(cellBefore, cellAfter),
        });
      }
    }
    const reviewed: ReviewedParagraph = {
      id: owner.id,
      ...(owner.role !== undefined ? { role: owner.role } : {}),
      sentText,
      currentText: missing ? '' : after,
      comments: [],
      changes,
      placedBy: owner.placedBy,
    };
    paragraphs.push(reviewed);
    byId.set(owner.id, reviewed);
  }

  // 5. Comments, on the paragraph where their range starts.
  const unplaced: Unplaced[] = [];
  const comments = readComments(parts, label);
  const positions = commentPositions(scanned);
  for (const comment of comments.topLevel) {
    const position = positions.get(comment.id);
    const review = toReviewComment(comment, position, scanned, comments.replies);
    const owner = position
      ? (ownerOf.get(position.startParagraph) ?? ownerOf.get(position.endParagraph))
      : undefined;
    const target = owner ? byId.get(owner.id) : undefined;
    if (!owner || !target) {
      unplaced.push({
        kind: 'comment',
        text: review.text,
        reason: !position
          ? 'Kommentaren er ikke forankret nogen steder i teksten.'
          : hasAnchors
            ? 'Kommentaren står uden for brevets afsnit (fx ved modtager, dato, hilsen eller kontaktoplysninger), som ikke er afsnit i udkastet.'
            : sent
              ? 'Filen har ingen gennemsynsmærker, og teksten, kommentaren står ved, ligner ikke noget afsnit i brevet.'
              : 'Filen har ingen gennemsynsmærker og ingen kendte afsnit at sammenligne med.',
        comment: review,
      });
      continue;
    }
    if (isAnnexRole(owner.role, owner.id)) {
      review.annexArea = areaNameOfHeading(owner.sentText ?? target.sentText);
      const row = position ? scanned[position.startParagraph]?.rowLabel : undefined;
      if (row !== undefined) review.annexIndicator = row;
    }
    target.comments.push(review);
  }

  // 6. Tracked changes outside every paragraph of the draft.
  for (const paragraph of scanned) {
    if (ownerOf.has(paragraph.index) || !hasTrackedChanges(paragraph)) continue;
    const before = rejectedText(paragraph);
    const after = acceptedText(paragraph);
    if (before === after) continue;
    unplaced.push({
      kind: 'change',
      text: `${before} → ${after}`,
      reason: hasAnchors
        ? 'Ændringen står uden for brevets afsnit (fx ved modtager, dato, hilsen eller kontaktoplysninger), som ikke er afsnit i udkastet.'
        : 'Filen har ingen gennemsynsmærker, og teksten ligner ikke noget afsnit i brevet.',
      change: {
        before,
        after,
        tracked: true,
        ...authorsAndDate(marksOf(paragraph)),
        words: wordDiff(before, after),
      },
    });
  }

  const letterId = info.letterId ?? properties.get(REVIEW_PROPERTY.letterId);
  const revisionText = info.revision ?? Number(properties.get(REVIEW_PROPERTY.revision));
  const copyId = info.copyId ?? properties.get(REVIEW_PROPERTY.copyId);
  return {
    ...(letterId ? { letterId } : {}),
    ...(Number.isInteger(revisionText) &&
    (info.revision !== undefined || properties.has(REVIEW_PROPERTY.revision))
      ? { revision: revisionText }
      : {}),
    ...(copyId ? { copyId } : {}),
    hasAnchors,
    paragraphs,
    unplaced,
    ...(info.paragraphs && info.paragraphs.length > 0 ? { sent: info.paragraphs } : {}),
  };
}

interface CommentPosition {
  startParagraph: number;
  startToken: number;
  endParagraph: number;
  endToken: number;
}

/** Where each comment's range starts and ends (a comment without a range sits at its reference). */
function commentPositions(scanned: ScannedParagraph[]): Map<string, CommentPosition> {
  const starts = new Map<string, [number, number]>();
  const ends = new Map<string, [number, number]>();
  const references = new Map<string, [number, number]>();
  for (const paragraph of scanned) {
    paragraph.tokens.forEach((token, index) => {
      if (token.type === 'text') return;
      const map = token.type === 'commentStart' ? starts : token.type === 'commentEnd' ? ends : references;
      if (!map.has(token.id)) map.set(token.id, [paragraph.index, index]);
    });
  }
  const positions = new Map<string, CommentPosition>();
  for (const id of new Set([...starts.keys(), ...ends.keys(), ...references.keys()])) {
    const start = starts.get(id) ?? references.get(id) ?? ends.get(id);
    const end = ends.get(id) ?? references.get(id) ?? start;
    if (!start || !end) continue;
    positions.set(id, {
      startParagraph: start[0],
      startToken: start[1],
      endParagraph: end[0],
      endToken: end[1],
    });
  }
  return positions;
}

const CONTEXT_CHARACTERS = 60;

function quoteOf(position: CommentPosition, scanned: ScannedParagraph[], withDeleted: boolean): string {
  let quote = '';
  for (let index = position.startParagraph; index <= position.endParagraph; index++) {
    const paragraph = scanned[index];
    if (!paragraph) continue;
    if (index > position.startParagraph) quote += '\n';
    const from = index === position.startParagraph ? position.startToken : 0;
    const to = index === position.endParagraph ? position.endToken : paragraph.tokens.length;
    for (let at = from; at < to; at++) {
      const token = paragraph.tokens[at];
      if (token?.type === 'text' && (withDeleted || !token.deleted)) quote += token.text;
    }
  }
  return quote;
}

function contextOf(
  position: CommentPosition,
  scanned: ScannedParagraph[],
): { before: string; after: string } {
  const visible = (paragraph: ScannedParagraph | undefined, from: number, to: number): string => {
    let text = '';
    if (!paragraph) return text;
    for (let at = from; at < to; at++) {
      const token = paragraph.tokens[at];
      if (token?.type === 'text' && !token.deleted) text += token.text;
    }
    return text;
  };
  const start = scanned[position.startParagraph];
  const end = scanned[position.endParagraph];
  const before = visible(start, 0, position.startToken);
  const after = visible(end, position.endToken, end?.tokens.length ?? 0);
  const trimmedBefore =
    before.length > CONTEXT_CHARACTERS
      ? before.slice(before.length - CONTEXT_CHARACTERS).replace(/^\S*\s/, '…')
      : before;
  const trimmedAfter =
    after.length > CONTEXT_CHARACTERS ? after.slice(0, CONTEXT_CHARACTERS).replace(/\s\S*$/, '…') : after;
  return { before: trimmedBefore, after: trimmedAfter };
}

function toReviewComment(
  comment: FileComment,
  position: CommentPosition | undefined,
  scanned: ScannedParagraph[],
  replies: Map<string, FileComment[]>,
): ReviewComment {
  const date = validDate(comment.date);
  let quote = '';
  if (position) {
    quote = quoteOf(position, scanned, false);
    if (quote.trim() === '') quote = quoteOf(position, scanned, true);
  }
  return {
    id: comment.id,
    author: comment.author,
    ...(date !== undefined ? { date } : {}),
    ...(comment.initials ? { initials: comment.initials } : {}),
    text: comment.text,
    quote: quote.trim() === '' ? '' : quote,
    ...(position ? { context: contextOf(position, scanned) } : {}),
    replies: (replies.get(comment.id) ?? []).map((reply) =>
      toReviewComment(reply, undefined, scanned, replies),
    ),
    ...(comment.resolved ? { resolved: true } : {}),
  };
}
