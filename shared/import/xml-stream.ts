/**
 * A small streaming XML tokenizer for the parts of a spreadsheet (.xlsx sheets, shared strings, styles;
 * .ods content.xml). It takes the part in chunks as it inflates, so a 100 MB sheet is never held whole,
 * neither as bytes nor as one JS string (twice its size once it holds «æøå»). It checks that tags nest
 * and close; it does not validate against a schema, resolve namespaces or expand a DTD (a DOCTYPE is
 * skipped, so no entity expansion can blow up). Pure: no DOM, no node built-ins.
 */

/** The XML is not well-formed (or is cut short); readers turn this into their own Danish message. */
export class XmlSyntaxError extends Error {
  constructor(detail: string) {
    super(`XML-fejl: ${detail}`);
    this.name = 'XmlSyntaxError';
  }
}

/** An element's start tag, valid only during the `open` call it is handed to. */
export interface XmlTag {
  /** As written, with its prefix: «x:c». */
  readonly name: string;
  /** Without the prefix: «c». */
  readonly local: string;
  /** `<c/>`: no `close` follows. */
  readonly selfClosing: boolean;
  /** One attribute's value by its written name («r», «table:name»), decoded (&amp; → &). */
  attr(name: string): string | undefined;
  /** All attributes by their written names, values decoded. */
  attrs(): Record<string, string>;
}

export interface XmlHandler {
  open?(tag: XmlTag): void;
  /** The end tag of an element that was not self-closing. */
  close?(name: string, local: string): void;
  /** Character data, entities decoded, CDATA as written; one run of text may come in several pieces. */
  text?(text: string): void;
}

/** Element names remembered for reuse; a part with more distinct names has them cut out each time. */
const MAX_KNOWN_NAMES = 32;
/** Bytes decoded into one string at a time (at most 64 kB of UTF-16, young-generation sized). */
const DECODE_STEP_BYTES = 32 * 1024;
/** Longest markup (a tag, comment, CDATA section, declaration) held back while waiting for its end. */
const MAX_PENDING_CHARS = 4 * 1024 * 1024;
/** An entity cut at a chunk's end is held back; none is longer than this («&#x10FFFF;» is 10). */
const MAX_ENTITY_CHARS = 12;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const EQUALS = 0x3d;
const COLON = 0x3a;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z]{2,4}));/g;

/** «A &amp; B» → «A & B»; numeric references to any Unicode character; an unknown entity stays as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole, hex?: string, decimal?: string, named?: string) => {
    if (named !== undefined) return NAMED_ENTITIES[named] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** A name's first character: a letter, «_» or «:», or anything beyond ASCII. */
function isNameStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x5f ||
    code === COLON ||
    code >= 0x80
  );
}

/** The one tag object handed to every `open` call: no allocation per element, attributes found by position. */
class Tag implements XmlTag {
  name = '';
  local = '';
  selfClosing = false;
  source = '';
  /** Per attribute: name start, name end, value start, value end (indexes into `source`). */
  readonly spans: number[] = [];
  count = 0;

  attr(name: string): string | undefined {
    const { source, spans } = this;
    for (let i = 0; i < this.count * 4; i += 4) {
      const from = spans[i] ?? 0;
      if ((spans[i + 1] ?? 0) - from === name.length && source.startsWith(name, from))
        return decodeEntities(source.slice(spans[i + 2], spans[i + 3]));
    }
    return undefined;
  }

  attrs(): Record<string, string> {
    const { source, spans } = this;
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (let i = 0; i < this.count * 4; i += 4)
      out[source.slice(spans[i], spans[i + 1])] = decodeEntities(source.slice(spans[i + 2], spans[i + 3]));
    return out;
  }

  addSpan(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const at = this.count * 4;
    this.spans[at] = nameStart;
    this.spans[at + 1] = nameEnd;
    this.spans[at + 2] = valueStart;
    this.spans[at + 3] = valueEnd;
    this.count++;
  }
}

/**
 * Feed it text (`write`) or UTF-8 bytes (`writeBytes`) in pieces of any size, then `end()`. Elements
 * are reported to the handler as they complete; a handler may throw to stop the parse.
 */
export class XmlStream {
  private pending = '';
  /** The names of the elements open now, outermost first, as written and without prefix. */
  private readonly open: string[] = [];
  private readonly openLocal: string[] = [];
  /** Element names met so far (a part uses a few dozen), with their local names. */
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private readonly tag = new Tag();
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private ended = false;

  constructor(private readonly handler: XmlHandler) {}

  /** UTF-8 bytes; a character cut between two chunks is put together (a BOM is dropped). */
  writeBytes(chunk: Uint8Array): void {
    this.decoder ??= new TextDecoder('utf-8');
    // Decoded in small steps: a string of a few MB lands in V8's large-object space, freed only by a
    // full collection, so a 100 MB part decoded in 4 MB strings held some 150 MB of dead text at once.
    for (let at = 0; at < chunk.length; at += DECODE_STEP_BYTES)
      this.write(this.decoder.decode(chunk.subarray(at, at + DECODE_STEP_BYTES), { stream: true }));
  }

  write(chunk: string): void {
    if (this.ended) throw new XmlSyntaxError('der kom mere efter slutningen');
    const xml = this.pending === '' ? chunk : this.pending + chunk;
    const stop = this.scan(xml, false);
    this.pending = stop < xml.length ? xml.slice(stop) : '';
    if (this.pending.length > MAX_PENDING_CHARS) throw new XmlSyntaxError('et mærke er for langt');
  }

  /** The document is complete: everything must be closed. */
  end(): void {
    if (this.decoder) {
      const tail = this.decoder.decode();
      this.decoder = undefined;
      if (tail !== '') this.write(tail);
    }
    this.ended = true;
    const xml = this.pending;
    this.pending = '';
    const stop = this.scan(xml, true);
    if (stop < xml.length) throw new XmlSyntaxError('dokumentet slutter midt i et mærke');
    const last = this.open[this.open.length - 1];
    if (last !== undefined) throw new XmlSyntaxError(`elementet «${last}» er ikke afsluttet`);
  }

  private emitText(xml: string, from: number, to: number): void {
    if (this.handler.text) this.handler.text(decodeEntities(xml.slice(from, to)));
  }

  /** Reports everything complete in `xml`; returns where the unfinished rest begins (xml.length if none). */
  private scan(xml: string, final: boolean): number {
    const length = xml.length;
    const { handler, open } = this;
    let at = 0;
    while (at < length) {
      const lt = xml.indexOf('<', at);
      if (lt < 0) {
        let end = length;
        if (!final) {
          // An entity cut by the chunk's end waits for the rest of it.
          const amp = xml.lastIndexOf('&');
          if (amp >= at && amp > length - MAX_ENTITY_CHARS && xml.indexOf(';', amp) < 0) end = amp;
        }
        if (end > at) this.emitText(xml, at, end);
        return end;
      }
      if (lt > at) this.emitText(xml, at, lt);
      if (lt + 1 >= length) {
        if (final) throw new XmlSyntaxError('dokumentet slutter med «<»');
        return lt;
      }
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) {
        const gt = xml.indexOf('>', lt + 2);
        if (gt < 0) return final ? fail('et slutmærke er ikke afsluttet') : lt;
        const expected = open.pop();
        // The end tag must name the open element: compared in place, without cutting out its name.
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
        if (
          expected === undefined ||
          nameEnd - (lt + 2) !== expected.length ||
          !xml.startsWith(expected, lt + 2)
        ) {
          const name = xml.slice(lt + 2, nameEnd);
          throw new XmlSyntaxError(
            expected === undefined
              ? `slutmærket «${name}» har intet startmærke`
              : `slutmærket «${name}» passer ikke til «${expected}»`,
          );
        }
        const local = this.openLocal.pop() ?? expected;
        if (handler.close) handler.close(expected, local);
        at = gt + 1;
      } else if (next === BANG) {
        const end = this.skipDeclaration(xml, lt, final);
        if (end < 0) return lt;
        at = end;
      } else if (next === QUESTION) {
        const end = xml.indexOf('?>', lt + 2);
        if (end < 0) return final ? fail('en behandlingsinstruktion er ikke afsluttet') : lt;
        at = end + 2;
      } else {
        if (!isNameStart(next)) throw new XmlSyntaxError('et mærke begynder med et ugyldigt tegn');
        const end = this.startTag(xml, lt);
        if (end < 0) return final ? fail('et mærke er ikke afsluttet') : lt;
        const { tag } = this;
        if (!tag.selfClosing) {
          open.push(tag.name);
          this.openLocal.push(tag.local);
        }
        if (handler.open) handler.open(tag);
        at = end;
      }
    }
    return length;
  }

  /**
   * Sets the tag's name (and local name) from xml[from, to): a name seen before is reused, not cut out
   * again, so that a sheet's million «c» tags allocate nothing for their names.
   */
  private nameTag(xml: string, from: number, to: number): void {
    const { names, locals, tag } = this;
    const size = to - from;
    for (let i = 0; i < names.length; i++) {
      const known = names[i] ?? '';
      if (known.length === size && xml.startsWith(known, from)) {
        tag.name = known;
        tag.local = locals[i] ?? known;
        return;
      }
    }
    const name = xml.slice(from, to);
    const colon = name.indexOf(':');
    const local = colon < 0 ? name : name.slice(colon + 1);
    if (names.length < MAX_KNOWN_NAMES) {
      names.push(name);
      locals.push(local);
    }
    tag.name = name;
    tag.local = local;
  }

  /**
   * Reads the start tag at `lt` into `this.tag` (name, attribute positions, self-closing); returns the
   * index after its «>», or -1 when the chunk ends inside it. Quoted values are skipped with indexOf.
   */
  private startTag(xml: string, lt: number): number {
    const length = xml.length;
    const { tag } = this;
    let at = lt + 1;
    while (at < length) {
      const code = xml.charCodeAt(at);
      if (isSpace(code) || code === SLASH || code === GT) break;
      if (code === LT || code === EQUALS || code === DOUBLE_QUOTE || code === SINGLE_QUOTE)
        throw new XmlSyntaxError('et mærkes navn indeholder et ugyldigt tegn');
      at++;
    }
    if (at >= length) return -1;
    tag.name = xml.slice(lt + 1, at);
    const colon = tag.name.indexOf(':');
    tag.local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    tag.source = xml;
    tag.count = 0;
    for (;;) {
      while (at < length && isSpace(xml.charCodeAt(at))) at++;
      if (at >= length) return -1;
      const code = xml.charCodeAt(at);
      if (code === GT) {
        tag.selfClosing = false;
        return at + 1;
      }
      if (code === SLASH) {
        if (at + 1 >= length) return -1;
        if (xml.charCodeAt(at + 1) !== GT) throw new XmlSyntaxError('«/» inde i et mærke');
        tag.selfClosing = true;
        return at + 2;
      }
      const nameStart = at;
      while (at < length) {
        const c = xml.charCodeAt(at);
        if (
          c === EQUALS ||
          isSpace(c) ||
          c === GT ||
          c === SLASH ||
          c === LT ||
          c === DOUBLE_QUOTE ||
          c === SINGLE_QUOTE
        )
          break;
        at++;
      }
      const nameEnd = at;
      while (at < length && isSpace(xml.charCodeAt(at))) at++;
      if (at >= length) return -1;
      if (nameEnd === nameStart || xml.charCodeAt(at) !== EQUALS)
        throw new XmlSyntaxError(`en attribut i «${tag.name}» har ingen værdi`);
      at++;
      while (at < length && isSpace(xml.charCodeAt(at))) at++;
      if (at >= length) return -1;
      const quote = xml.charCodeAt(at);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE)
        throw new XmlSyntaxError(`en attribut i «${tag.name}» mangler anførselstegn`);
      const valueEnd = xml.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", at + 1);
      if (valueEnd < 0) return -1;
      tag.addSpan(nameStart, nameEnd, at + 1, valueEnd);
      at = valueEnd + 1;
    }
  }

  /** `<!-- … -->`, `<![CDATA[ … ]]>` (its text reported as written) or `<!DOCTYPE …>`: the index after it, -1 if cut. */
  private skipDeclaration(xml: string, lt: number, final: boolean): number {
    const cut = (what: string): number => (final ? fail(`${what} er ikke afsluttet`) : -1);
    // Too short yet to tell a comment from a CDATA section: wait for the next chunk.
    if (!final && xml.length - lt < 9) return -1;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      return end < 0 ? cut('en kommentar') : end + 3;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return cut('en CDATA-sektion');
      if (end > lt + 9 && this.handler.text) this.handler.text(xml.slice(lt + 9, end));
      return end + 3;
    }
    // A DOCTYPE, maybe with an internal subset in [ … ]: skipped, never expanded.
    let depth = 0;
    for (let at = lt + 2; at < xml.length; at++) {
      const code = xml.charCodeAt(at);
      if (code === 0x5b) depth++;
      else if (code === 0x5d) depth--;
      else if (code === GT && depth <= 0) return at + 1;
    }
    return cut('en erklæring');
  }
}

function fail(detail: string): never {
  throw new XmlSyntaxError(detail);
}

/** Distinct long texts remembered per reader; past this, texts are still copied, only not shared. */
const MAX_KEPT_TEXTS = 100_000;

/**
 * Makes a text a reader keeps (a cell's value) independent of the chunk it was cut from. V8 cuts a
 * substring of 13 characters or more as a view into its parent string, so one kept cell text would keep
 * its whole 4 MB chunk alive, and a sheet's texts the whole part. Repeated texts (an area's name on
 * 100,000 rows) are shared, as Excel's shared strings would be.
 */
export class TextKeeper {
  private readonly known = new Map<string, string>();

  keep(text: string): string {
    if (text.length < 13) return text;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    // A JSON round trip is the portable way to get a fresh, flat copy of a string.
    const copy = JSON.parse(JSON.stringify(text)) as string;
    if (this.known.size < MAX_KEPT_TEXTS) this.known.set(copy, copy);
    return copy;
  }
}
