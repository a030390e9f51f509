import {
  DOMParser,
  XMLSerializer,
  onErrorStopParsing,
  type Document,
  type Element,
  type Node,
} from '@xmldom/xmldom';
import { xmlSafe } from '../docx/xml-safe';
import { ReviewReadError } from './errors';

/**
 * XML for the review module: @xmldom/xmldom (a maintained, pure-JS DOM parser and serializer) runs the same in
 * Node, the CLI, a worker and the renderer; shared/ has no DOMParser of the browser.
 */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
} as const;

export type { Document, Element, Node };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE;
}

/** Parses one part of the file; a part that is not well-formed XML makes the file damaged. */
export function parseXml(text: string, partName: string, fileLabel: string): Document {
  try {
    // Characters XML 1.0 forbids (a hostile or broken writer's control characters) are dropped, not fatal.
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xmlSafe(text), 'text/xml');
  } catch {
    throw new ReviewReadError(
      'damaged',
      `${fileLabel} er beskadiget: delen «${partName}» er ikke gyldig XML. Åbn filen i Word, og gem den igen.`,
    );
  }
}

export function serializeXml(document: Document): string {
  return new XMLSerializer().serializeToString(document);
}

/** True when `node` is the element `w:<localName>` (any prefix bound to the WordprocessingML namespace). */
export function isW(node: Node | null | undefined, localName: string): node is Element {
  return isElement(node) && node.localName === localName && node.namespaceURI === NS.w;
}

export function childElements(element: Element | Document): Element[] {
  const children: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (isElement(child)) children.push(child);
  }
  return children;
}

/** A `w:`-attribute (WordprocessingML namespace); LibreOffice and Word both write them prefixed. */
export function wAttr(element: Element, localName: string): string | undefined {
  const value = element.getAttributeNS(NS.w, localName);
  if (value !== null && value !== '') return value;
  const plain = element.getAttribute(`w:${localName}`);
  return plain === null || plain === '' ? undefined : plain;
}

/** The text content of an element (text and CDATA nodes, depth first). */
export function textOf(node: Node): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return node.nodeValue ?? '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += textOf(child);
  return text;
}

/** Every descendant element `w:<localName>` in document order. */
export function wDescendants(root: Element | Document, localName: string): Element[] {
  const found: Element[] = [];
  const list = root.getElementsByTagNameNS(NS.w, localName);
  for (let index = 0; index < list.length; index++) {
    const element = list.item(index);
    if (element) found.push(element);
  }
  return found;
}

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
