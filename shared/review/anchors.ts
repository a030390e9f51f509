/**
 * How a review copy finds its way back (issue 8): a bookmark in each paragraph, named after the paragraph's id,
 * custom document properties and a custom XML part. Bookmarks and custom XML survive Word and LibreOffice; content
 * controls and w14:paraId do not, so neither is used.
 */

/** Namespace of the custom XML part (customXml/itemN.xml) a review copy carries. */
export const REVIEW_XML_NAMESPACE = 'urn:barometerbrev:gennemsyn:1';

/** Custom document properties (docProps/custom.xml) of a review copy. */
export const REVIEW_PROPERTY = {
  letterId: 'Barometerbrev.BrevId',
  revision: 'Barometerbrev.Revision',
  copyId: 'Barometerbrev.GennemsynsKopi',
} as const;

/** Paragraph anchors: `bb_<id>` (readable, reversible) or `bbh_<hash>` for ids that do not fit a bookmark name. */
const ANCHOR_PREFIX = 'bb_';
const HASHED_PREFIX = 'bbh_';
/** Marks a paragraph that is not part of the draft (greeting, Bilag 1's title, the status rule note): ends a region. */
export const STOP_PREFIX = 'bbx_';
/** Word allows at most 40 characters in a bookmark name. */
const MAX_BOOKMARK_LENGTH = 40;

/** FNV-1a, 32 bit: a short stable hash (not for security), so long or odd ids still get a valid bookmark name. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A valid bookmark name for a paragraph id: starts with a letter, letters, digits and underscores only, ≤ 40
 * characters. `p-computed-call` → `bb_p_computed_call`. Ids with other characters (or an underscore, which would
 * make the name ambiguous) or too long get `bbh_` + a hash of the id: the custom XML part maps those back.
 */
export function bookmarkNameOf(paragraphId: string): string {
  const readable = `${ANCHOR_PREFIX}${paragraphId.replaceAll('-', '_')}`;
  if (/^[A-Za-z0-9-]+$/.test(paragraphId) && readable.length <= MAX_BOOKMARK_LENGTH) return readable;
  return `${HASHED_PREFIX}${fnv1a(paragraphId)}`;
}

/** True for a paragraph anchor's bookmark name (not a stop, not the user's own bookmarks). */
export function isAnchorName(name: string): boolean {
  return name.startsWith(ANCHOR_PREFIX) || name.startsWith(HASHED_PREFIX);
}

export function isStopName(name: string): boolean {
  return name.startsWith(STOP_PREFIX);
}

/** The paragraph id a readable anchor stands for; undefined for hashed names (they need the sent paragraphs). */
export function paragraphIdOfBookmark(name: string): string | undefined {
  if (!name.startsWith(ANCHOR_PREFIX)) return undefined;
  return name.slice(ANCHOR_PREFIX.length).replaceAll('_', '-');
}
