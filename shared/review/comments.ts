import { acceptedText, scanDocument } from './scan-document';
import { NS, attrNS, childElements, isW, parseXml, wAttr } from './xml';

/** A comment as word/comments.xml holds it. */
export interface FileComment {
  id: string;
  author: string;
  date?: string;
  initials?: string;
  text: string;
  /** Marked done in Word (commentsExtended.xml w15:done). */
  resolved: boolean;
}

export interface FileComments {
  /** Comments that are not replies, in file order. */
  topLevel: FileComment[];
  /** Replies by the id of the comment they answer (its thread's first comment), in file order. */
  replies: Map<string, FileComment[]>;
}

/**
 * The comments of a reviewed file, with replies nested under the comment they answer: commentsExtended.xml links a
 * reply's last paragraph (w15:paraId) to its parent's last paragraph (w15:paraIdParent).
 */
export function readComments(parts: Record<string, string>, label: string): FileComments {
  const xml = parts['word/comments.xml'];
  if (!xml) return { topLevel: [], replies: new Map() };
  const root = parseXml(xml, 'word/comments.xml', label);
  const all: FileComment[] = [];
  const byParaId = new Map<string, FileComment>();
  for (const element of childElements(root)) {
    if (!isW(element, 'comment')) continue;
    const id = wAttr(element, 'id');
    if (id === undefined) continue;
    const paragraphs = scanDocument(element);
    const date = wAttr(element, 'date');
    const initials = wAttr(element, 'initials');
    const comment: FileComment = {
      id,
      author: (wAttr(element, 'author') ?? '').trim(),
      text: paragraphs.map(acceptedText).join('\n').trim(),
      resolved: false,
      ...(date !== undefined ? { date } : {}),
      ...(initials !== undefined ? { initials } : {}),
    };
    all.push(comment);
    for (const paragraph of childElements(element).filter((child) => isW(child, 'p'))) {
      const paraId = attrNS(paragraph, NS.w14, 'paraId');
      if (paraId) {
        byParaId.set(paraId.toUpperCase(), comment);
      }
    }
  }
  const parentOf = new Map<FileComment, FileComment>();
  const extended = parts['word/commentsExtended.xml'];
  if (extended) {
    const extendedRoot = parseXml(extended, 'word/commentsExtended.xml', label);
    for (const entry of childElements(extendedRoot)) {
      if (entry.namespaceURI !== NS.w15 || entry.localName !== 'commentEx') continue;
      const paraId = (attrNS(entry, NS.w15, 'paraId') ?? '').toUpperCase();
      const parentId = (attrNS(entry, NS.w15, 'paraIdParent') ?? '').toUpperCase();
      const done = attrNS(entry, NS.w15, 'done');
      const comment = byParaId.get(paraId);
      if (!comment) continue;
      if (done === '1' || done === 'true') comment.resolved = true;
      const parent = parentId ? byParaId.get(parentId) : undefined;
      if (parent && parent !== comment) parentOf.set(comment, parent);
    }
  }
  const rootOf = (comment: FileComment): FileComment => {
    let node = comment;
    const seen = new Set<FileComment>();
    while (parentOf.has(node) && !seen.has(node)) {
      seen.add(node);
      node = parentOf.get(node) ?? node;
    }
    return node;
  };
  const topLevel: FileComment[] = [];
  const replies = new Map<string, FileComment[]>();
  for (const comment of all) {
    const threadRoot = rootOf(comment);
    if (threadRoot === comment) {
      topLevel.push(comment);
      continue;
    }
    const list = replies.get(threadRoot.id) ?? [];
    list.push(comment);
    replies.set(threadRoot.id, list);
  }
  return { topLevel, replies };
}
