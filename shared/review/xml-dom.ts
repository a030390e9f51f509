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
import { NS } from './xml';

/**
 * A DOM for the one place that changes XML (writeReviewerFeedback): @xmldom/xmldom, a maintained pure-JS DOM parser
 * and serializer that runs in Node and the browser alike. Reading uses the much faster event parser in xml.ts.
 */
export { NS };
export type { Document, Element, Node };

const ELEMENT_NODE = 1;

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE;
}

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
