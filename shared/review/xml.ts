import { Parser } from 'htmlparser2';
import { xmlSafe } from '../docx/xml-safe';
import { ReviewReadError } from './errors';

/**
 * XML in the review module: htmlparser2's event parser (maintained, pure JS, the same in Node, the CLI, a worker and
 * the renderer; shared/ has no DOMParser) builds a small namespace-aware tree. It is ~50× faster than a full DOM on a
 * long letter's document.xml (400 kB: 8 ms against 440 ms for @xmldom/xmldom), which is what keeps taking back a
 * 20-page reviewed letter within the benchmark's 200 ms. Well-formedness is checked here: every end tag must close its
 * own start tag and one root element must hold everything. The in-app reviewer's writer changes the same tree with
 * the few operations below and serializes it (attributes exactly as read, text escaped).
 */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export interface XText {
  kind: 'text';
  value: string;
}

export interface XElement {
  kind: 'element';
  /** The qualified name as written, e.g. `w:p`. */
  name: string;
  localName: string;
  namespaceURI: string;
  /** Unprefixed attributes by name; prefixed ones by `namespaceURI|localName`. */
  attributes: Map<string, string>;
  /** The attributes as written (qualified names, namespace declarations included): what serializeXml writes. */
  raw: Record<string, string>;
  children: XNode[];
  parent: XElement | null;
}

export type XNode = XElement | XText;

/** Any character xmlSafe might drop (surrogates too, though emoji are fine): the full check runs only then. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MAYBE_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Deepest element nesting accepted (Word writes tables in tables in text boxes: still well under 100). */
const MAX_DEPTH = 400;
/** Most elements in one part: a 1,000-indicator Bilag 1 has about 100,000; this bounds memory for hostile files. */
const MAX_ELEMENTS = 1_000_000;

function tooManyElements(fileLabel: string, partName: string): ReviewReadError {
  return new ReviewReadError(
    'oversized',
    `${fileLabel} er for stor: delen «${partName}» har over ${MAX_ELEMENTS.toLocaleString('da-DK')} XML-elementer; et brev har langt færre.`,
  );
}

/** Start tags in the text ("<" not followed by "/", "?" or "!"): an upper bound on the elements a parse would make. */
function startTagCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next !== 47 && next !== 63 && next !== 33) count++;
  }
  return count;
}

function damaged(fileLabel: string, partName: string): ReviewReadError {
  return new ReviewReadError(
    'damaged',
    `${fileLabel} er beskadiget: delen «${partName}» er ikke gyldig XML. Åbn filen i Word, og gem den igen.`,
  );
}

/** Parses one part of the file into its root element; a part that is not well-formed XML makes the file damaged. */
export function parseXml(text: string, partName: string, fileLabel: string): XElement {
  /** Namespace prefixes in scope, and attribute names already resolved under them. */
  interface Scope {
    prefixes: Map<string, string>;
    keys: Map<string, string>;
  }
  const stack: { element: XElement; scope: Scope }[] = [];
  let elements = 0;
  let root: XElement | undefined;
  let broken = false;
  const rootScope: Scope = { prefixes: new Map([['xml', NS.xml]]), keys: new Map() };
  // Counted before parsing, so a flood of elements costs one pass over the text, not a tree.
  if (startTagCount(text) > MAX_ELEMENTS) throw tooManyElements(fileLabel, partName);
  // Characters XML 1.0 forbids (a hostile or broken writer's control characters) are dropped, not fatal.
  const source = MAYBE_UNSAFE.test(text) ? xmlSafe(text) : text;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parentFrame = stack.at(-1);
        if (!parentFrame && root) broken = true; // a second root element
        let frame = parentFrame?.scope ?? rootScope;
        for (const key in attributes) {
          if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
          // A namespace declaration starts a new scope (with its own name cache) for this element and below.
          if (frame === (parentFrame?.scope ?? rootScope))
            frame = { prefixes: new Map(frame.prefixes), keys: new Map() };
          frame.prefixes.set(key === 'xmlns' ? '' : key.slice(6), attributes[key] ?? '');
        }
        const { prefixes, keys } = frame;
        const colon = name.indexOf(':');
        const element: XElement = {
          kind: 'element',
          name,
          localName: colon < 0 ? name : name.slice(colon + 1),
          namespaceURI: prefixes.get(colon < 0 ? '' : name.slice(0, colon)) ?? '',
          attributes: new Map(),
          raw: attributes,
          children: [],
          parent: parentFrame?.element ?? null,
        };
        for (const key in attributes) {
          let resolved = keys.get(key);
          if (resolved === undefined) {
            const at = key.indexOf(':');
            resolved =
              at < 0 ? key : `${prefixes.get(key.slice(0, at)) ?? key.slice(0, at)}|${key.slice(at + 1)}`;
            keys.set(key, resolved);
          }
          if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
          element.attributes.set(resolved, attributes[key] ?? '');
        }
        if (parentFrame) parentFrame.element.children.push(element);
        else root ??= element;
        stack.push({ element, scope: frame });
        // Real documents nest a few dozen levels; a hostile one nested thousands deep would exhaust the stack later.
        // Stop at once: the parser's own stack makes very deep nesting slow as well.
        if (stack.length > MAX_DEPTH) throw damaged(fileLabel, partName);
        if (++elements > MAX_ELEMENTS) throw tooManyElements(fileLabel, partName);
      },
      onclosetag(name, isImplied) {
        const frame = stack.pop();
        if (!frame || frame.element.name !== name) broken = true;
        // The parser also reports a self-closing tag as "implied"; any other implied end tag (a tag never closed,
        // or closed out of order) makes the part broken.
        if (isImplied && !source.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>')) broken = true;
      },
      ontext(value) {
        const frame = stack.at(-1);
        if (!frame) {
          if (value.trim() !== '') broken = true;
          return;
        }
        const last = frame.element.children.at(-1);
        if (last?.kind === 'text') last.value += value;
        else frame.element.children.push({ kind: 'text', value });
      },
      onerror() {
        broken = true;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  if (broken || stack.length > 0 || !root) throw damaged(fileLabel, partName);
  return root;
}

export function isElement(node: XNode | null | undefined): node is XElement {
  return node?.kind === 'element';
}

/** True when `node` is the element `w:<localName>` (any prefix bound to the WordprocessingML namespace). */
export function isW(node: XNode | null | undefined, localName: string): boolean {
  return node?.kind === 'element' && node.localName === localName && node.namespaceURI === NS.w;
}

export function childElements(element: XElement): XElement[] {
  return element.children.filter(isElement);
}

export function attrNS(element: XElement, namespaceURI: string, localName: string): string | undefined {
  return element.attributes.get(`${namespaceURI}|${localName}`);
}

/** A `w:` attribute; empty counts as absent. */
export function wAttr(element: XElement, localName: string): string | undefined {
  const value = attrNS(element, NS.w, localName);
  return value === undefined || value === '' ? undefined : value;
}

/** An unprefixed attribute. */
export function attr(element: XElement, name: string): string | undefined {
  return element.attributes.get(name);
}

/** The text content of a node (all descendant text, in order). */
export function textOf(node: XNode): string {
  if (node.kind === 'text') return node.value;
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/* Building and changing a tree (writeReviewerFeedback): the few DOM operations it needs, keeping parent links. */

/** A new element; `raw` attributes with the `w:` or `xml:` prefix are resolved like parsed ones. */
export function createElement(
  name: string,
  namespaceURI: string,
  raw: Record<string, string> = {},
): XElement {
  const colon = name.indexOf(':');
  const element: XElement = {
    kind: 'element',
    name,
    localName: colon < 0 ? name : name.slice(colon + 1),
    namespaceURI,
    attributes: new Map(),
    raw: {},
    children: [],
    parent: null,
  };
  for (const [key, value] of Object.entries(raw)) setAttribute(element, key, value);
  return element;
}

/** Sets an attribute by its qualified name (`w:` resolves to WordprocessingML, `xml:` to XML). */
export function setAttribute(element: XElement, name: string, value: string): void {
  element.raw[name] = value;
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const namespaceURI = prefix === 'w' ? NS.w : prefix === 'xml' ? NS.xml : prefix;
  element.attributes.set(colon < 0 ? name : `${namespaceURI}|${name.slice(colon + 1)}`, value);
}

/** Inserts `node` into `parent` before `reference` (at the end when null), moving it from where it was. */
export function insertBefore(parent: XElement, node: XNode, reference: XNode | null): void {
  if (node.kind === 'element') {
    removeNode(node);
    node.parent = parent;
  }
  const at = reference ? parent.children.indexOf(reference) : -1;
  if (at < 0) parent.children.push(node);
  else parent.children.splice(at, 0, node);
}

export function appendChild(parent: XElement, node: XNode): void {
  insertBefore(parent, node, null);
}

/** The node after `node` among its parent's children, or null. */
export function nextSibling(node: XElement): XNode | null {
  const siblings = node.parent?.children ?? [];
  return siblings[siblings.indexOf(node) + 1] ?? null;
}

export function removeNode(node: XElement): void {
  const parent = node.parent;
  if (!parent) return;
  const at = parent.children.indexOf(node);
  if (at >= 0) parent.children.splice(at, 1);
  node.parent = null;
}

export function cloneElement(element: XElement): XElement {
  const copy: XElement = {
    ...element,
    attributes: new Map(element.attributes),
    raw: { ...element.raw },
    children: [],
    parent: null,
  };
  for (const child of element.children) {
    if (child.kind === 'text') copy.children.push({ kind: 'text', value: child.value });
    else {
      const childCopy = cloneElement(child);
      childCopy.parent = copy;
      copy.children.push(childCopy);
    }
  }
  return copy;
}

/** Replaces an element's content with one text node. */
export function setText(element: XElement, text: string): void {
  for (const child of element.children) if (child.kind === 'element') child.parent = null;
  element.children = [{ kind: 'text', value: text }];
}

/** Every descendant element that `test` accepts, in document order. */
export function descendants(root: XElement, test: (element: XElement) => boolean): XElement[] {
  const found: XElement[] = [];
  const visit = (element: XElement): void => {
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      if (test(child)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function serializeElement(element: XElement, out: string[]): void {
  out.push('<', element.name);
  for (const [name, value] of Object.entries(element.raw))
    out.push(' ', name, '="', escapeAttribute(value), '"');
  if (element.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of element.children) {
    if (child.kind === 'text') out.push(escapeText(child.value));
    else serializeElement(child, out);
  }
  out.push('</', element.name, '>');
}

/** The tree as an XML document (UTF-8 declaration, as Word writes it). */
export function serializeXml(root: XElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'];
  serializeElement(root, out);
  return out.join('');
}
