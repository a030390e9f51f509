import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { formatDateNumeric } from '../domain/wording';
import { buildLetterDocx, type BuildDocxOptions } from '../docx/build-docx';
import { xmlSafe } from '../docx/xml-safe';
import type { ComposedLetter } from '../letter/types';
import { REVIEW_PROPERTY, REVIEW_XML_NAMESPACE, STOP_PREFIX, bookmarkNameOf } from './anchors';
import { ANNEX_AREA_ROLE, annexAreaIds } from './paragraphs';
import type { ReviewCopyInfo } from './types';
import { escapeXml } from './xml';
import { shownRevision } from './revision';

/**
 * The review copy (issue 8): the letter exactly as the signing export builds it (same builder, Bilag 1 included),
 * then, in the finished package, a review mark in every page header, custom document properties, a custom XML part
 * with every paragraph as sent, and a bookmark in each anchored paragraph. The builder itself is not touched: the
 * anchors travel through it as private-use marker characters in the text and become bookmarks afterwards, so the
 * signing export never contains any of it.
 */

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const marker = (index: number): string => `${MARK_OPEN}${index}${MARK_CLOSE}`;
/** Bookmark w:id values of the anchors (the builder writes none of its own). */
const FIRST_BOOKMARK_ID = 9000;

/** "UDKAST TIL GENNEMSYN – revision 4 – 30-11-2026" for stored revision 3 (and the reviewer, when named). */
export function reviewMarkText(review: Pick<ReviewCopyInfo, 'revision' | 'sentAt' | 'reviewer'>): string {
  const date = /^\d{4}-\d{2}-\d{2}/.test(review.sentAt) ? formatDateNumeric(review.sentAt.slice(0, 10)) : '';
  const parts = ['UDKAST TIL GENNEMSYN', `revision ${shownRevision(review.revision)}`, date];
  if (review.reviewer?.trim()) parts.push(`til ${review.reviewer.trim()}`);
  return parts.filter(Boolean).join(' – ');
}

interface Marked {
  letter: ComposedLetter;
  /** Marker index → bookmark name. */
  names: string[];
}

/** The letter with a marker at the start of each anchored paragraph and of each region-ending paragraph. */
function markLetter(letter: ComposedLetter, review: ReviewCopyInfo): Marked {
  const names: string[] = [];
  const mark = (name: string): string => {
    names.push(name);
    return marker(names.length - 1);
  };
  const sentIds = new Set(review.paragraphs.map((paragraph) => paragraph.id));
  const annexIds = annexAreaIds(letter);
  const annexSent = new Set(
    review.paragraphs
      .filter((paragraph) => paragraph.role === ANNEX_AREA_ROLE)
      .map((paragraph) => paragraph.id),
  );
  return {
    names,
    letter: {
      ...letter,
      paragraphs: letter.paragraphs.map((paragraph) =>
        sentIds.has(paragraph.id)
          ? { ...paragraph, runs: [{ text: mark(bookmarkNameOf(paragraph.id)) }, ...paragraph.runs] }
          : paragraph,
      ),
      greeting: `${mark(`${STOP_PREFIX}hilsen`)}${letter.greeting}`,
      annex: {
        ...letter.annex,
        title: `${mark(`${STOP_PREFIX}bilag`)}${letter.annex.title}`,
        statusRuleDescription: `${mark(`${STOP_PREFIX}statusregel`)}${letter.annex.statusRuleDescription}`,
        areas: letter.annex.areas.map((area, index) => {
          const id = annexIds[index] ?? '';
          return annexSent.has(id)
            ? { ...area, areaName: `${mark(bookmarkNameOf(id))}${area.areaName}` }
            : area;
        }),
      },
    },
  };
}

/** Turns each marker into a bookmark around the rest of its paragraph (string edits: the builder's XML is regular). */
function markersToBookmarks(xml: string, names: readonly string[]): string {
  const pattern = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g');
  const hits = [...xml.matchAll(pattern)].reverse();
  let out = xml;
  for (const hit of hits) {
    const at = hit.index;
    const index = Number(hit[1]);
    const name = names[index];
    const runStart = Math.max(out.lastIndexOf('<w:r>', at), out.lastIndexOf('<w:r ', at));
    const paragraphEnd = out.indexOf('</w:p>', at);
    if (name === undefined || runStart < 0 || paragraphEnd < 0) {
      out = out.slice(0, at) + out.slice(at + hit[0].length);
      continue;
    }
    const id = FIRST_BOOKMARK_ID + index;
    out =
      out.slice(0, runStart) +
      `<w:bookmarkStart w:id="${id}" w:name="${name}"/>` +
      out.slice(runStart, at) +
      out.slice(at + hit[0].length, paragraphEnd) +
      `<w:bookmarkEnd w:id="${id}"/>` +
      out.slice(paragraphEnd);
  }
  return out;
}

function markParagraphXml(text: string): string {
  return (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="1F4E79"/>' +
    `<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">${escapeXml(xmlSafe(text))}</w:t></w:r></w:p>`
  );
}

const HEADER_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const HEADER_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Puts the review mark at the top of every page: into each header the builder wrote, and a header of its own into
 * each section that has none for a page kind it uses (default, and first when the section has a title page).
 */
function addReviewMark(files: Record<string, Uint8Array>, text: string): void {
  const paragraph = markParagraphXml(text);
  for (const name of Object.keys(files)) {
    if (!/^word\/header\d*\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name] ?? new Uint8Array());
    files[name] = strToU8(xml.replace(/(<w:hdr\b[^>]*>)/, `$1${paragraph}`));
  }
  let document = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  let relations = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  let types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  let added = 0;
  document = document.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (section) => {
    const kinds = [
      'default',
      ...(/<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(section) ? ['first'] : []),
    ];
    let missing = '';
    for (const kind of kinds) {
      if (new RegExp(`<w:headerReference\\b[^>]*w:type="${kind}"`).test(section)) continue;
      added++;
      const part = `headerReview${added}.xml`;
      const relId = `rIdBbReviewHeader${added}`;
      files[`word/${part}`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${paragraph}</w:hdr>`,
      );
      relations = relations.replace(
        '</Relationships>',
        `<Relationship Id="${relId}" Type="${HEADER_REL}" Target="${part}"/></Relationships>`,
      );
      types = types.replace(
        '</Types>',
        `<Override PartName="/word/${part}" ContentType="${HEADER_CONTENT_TYPE}"/></Types>`,
      );
      missing += `<w:headerReference w:type="${kind}" r:id="${relId}"/>`;
    }
    // Header references come first in a sectPr (schema order).
    return section.replace(/^(<w:sectPr\b[^>]*>)/, `$1${missing}`);
  });
  if (added > 0 && !/xmlns:r="/.test(document.slice(0, 2000))) {
    document = document.replace(/<w:document\b/, `<w:document xmlns:r="${R_NS}"`);
  }
  files['word/document.xml'] = strToU8(document);
  files['word/_rels/document.xml.rels'] = strToU8(relations);
  files['[Content_Types].xml'] = strToU8(types);
}

const CUSTOM_PROPERTIES_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const CUSTOM_PROPERTIES_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_PROPERTIES_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

/** Adds the review copy's custom document properties (letter id, revision, copy id). */
function addCustomProperties(files: Record<string, Uint8Array>, values: [string, string][]): void {
  const existing = files['docProps/custom.xml'];
  let xml = existing
    ? strFromU8(existing)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';
  const pids = [...xml.matchAll(/\bpid="(\d+)"/g)].map((match) => Number(match[1]));
  let pid = Math.max(1, ...pids);
  const properties = values
    .map(
      ([name, value]) =>
        `<property fmtid="${CUSTOM_PROPERTIES_FMTID}" pid="${++pid}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(xmlSafe(value))}</vt:lpwstr></property>`,
    )
    .join('');
  xml = xml.includes('</Properties>')
    ? xml.replace('</Properties>', `${properties}</Properties>`)
    : xml.replace(/<Properties\b([^>]*)\/>/, `<Properties$1>${properties}</Properties>`);
  files['docProps/custom.xml'] = strToU8(xml);
  if (!existing) {
    const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
    files['[Content_Types].xml'] = strToU8(
      types.replace(
        '</Types>',
        `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_PROPERTIES_TYPE}"/></Types>`,
      ),
    );
    const rels = strFromU8(files['_rels/.rels'] ?? new Uint8Array());
    files['_rels/.rels'] = strToU8(
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdBbCustom" Type="${CUSTOM_PROPERTIES_REL}" Target="docProps/custom.xml"/></Relationships>`,
      ),
    );
  }
}

/** The custom XML part: letter id, revision, copy id and every paragraph as sent. */
export function reviewCustomXml(review: ReviewCopyInfo): string {
  const attribute = (name: string, value: string | undefined): string =>
    value === undefined ? '' : ` ${name}="${escapeXml(xmlSafe(value))}"`;
  const paragraphs = review.paragraphs
    .map(
      (paragraph) =>
        `<bb:afsnit${attribute('id', paragraph.id)}${attribute('rolle', paragraph.role)}${attribute('bogmaerke', bookmarkNameOf(paragraph.id))}>${escapeXml(xmlSafe(paragraph.text))}</bb:afsnit>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<bb:gennemsyn xmlns:bb="${REVIEW_XML_NAMESPACE}"${attribute('brevId', review.letterId)}${attribute('revision', String(review.revision))}` +
    `${attribute('kopiId', review.copyId)}${attribute('sendt', review.sentAt)}${attribute('modtager', review.reviewer)}>` +
    `${paragraphs}</bb:gennemsyn>`
  );
}

/** A GUID derived from the copy id, for the custom XML part's itemID (stable for the same copy). */
function itemGuid(copyId: string): string {
  const hex = Array.from(copyId.padEnd(16, '0'))
    .map((character) => character.charCodeAt(0).toString(16).slice(-2).padStart(2, '0'))
    .join('')
    .padEnd(32, '0')
    .slice(0, 32)
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

function addCustomXmlPart(files: Record<string, Uint8Array>, review: ReviewCopyInfo): void {
  let number = 1;
  while (files[`customXml/item${number}.xml`]) number++;
  files[`customXml/item${number}.xml`] = strToU8(reviewCustomXml(review));
  files[`customXml/itemProps${number}.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${itemGuid(review.copyId)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${REVIEW_XML_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${number}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${number}.xml"/></Relationships>`,
  );
  let types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  if (!/<Default\s+Extension="xml"/i.test(types)) {
    types = types.replace(
      '</Types>',
      `<Override PartName="/customXml/item${number}.xml" ContentType="application/xml"/></Types>`,
    );
  }
  types = types.replace(
    '</Types>',
    `<Override PartName="/customXml/itemProps${number}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
  );
  files['[Content_Types].xml'] = strToU8(types);
  const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdBbReviewXml${number}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${number}.xml"/></Relationships>`,
    ),
  );
}

/** The review copy of a letter as .docx bytes. `review.paragraphs` come from reviewParagraphsOf(letter). */
export async function buildReviewDocx(
  letter: ComposedLetter,
  review: ReviewCopyInfo,
  options: BuildDocxOptions = {},
): Promise<Uint8Array> {
  const marked = markLetter(letter, review);
  const files = unzipSync(await buildLetterDocx(marked.letter, options));
  files['word/document.xml'] = strToU8(
    markersToBookmarks(strFromU8(files['word/document.xml'] ?? new Uint8Array()), marked.names),
  );
  addReviewMark(files, reviewMarkText(review));
  addCustomProperties(files, [
    [REVIEW_PROPERTY.letterId, review.letterId],
    [REVIEW_PROPERTY.revision, String(review.revision)],
    [REVIEW_PROPERTY.copyId, review.copyId],
  ]);
  addCustomXmlPart(files, review);
  return zipSync(files, { level: 6 });
}
