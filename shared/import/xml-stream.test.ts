import { describe, expect, it } from 'vitest';
import { decodeEntities, XmlStream, XmlSyntaxError } from './xml-stream';

/** Every event as a line, text pieces joined, so that chunking can be compared with reading whole. */
function events(chunks: readonly (string | Uint8Array)[]): string[] {
  const out: string[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') out.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const parser = new XmlStream({
    open(tag) {
      flush();
      const attrs = Object.entries(tag.attrs())
        .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
        .join(' ');
      out.push(`open ${tag.name} (${tag.local})${tag.selfClosing ? ' /' : ''}${attrs ? ` ${attrs}` : ''}`);
    },
    close(name, local) {
      flush();
      out.push(`close ${name} (${local})`);
    },
    text(piece) {
      text += piece;
    },
  });
  for (const chunk of chunks) {
    if (typeof chunk === 'string') parser.write(chunk);
    else parser.writeBytes(chunk);
  }
  parser.end();
  flush();
  return out;
}

function syntaxError(xml: string): XmlSyntaxError {
  try {
    events([xml]);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
  throw new Error(`ventede en XML-fejl for ${xml}`);
}

/** What SpreadsheetML and OpenDocument writers put in a part: every construct the tokenizer must know. */
const SAMPLE =
  '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<!DOCTYPE x [ <!ENTITY e "ignored"> ]>' +
  '<x:worksheet xmlns:x="urn:x" xmlns:r="urn:r">' +
  '<!-- a comment with <tags> & ampersands -->' +
  '<x:sheetData>' +
  '<x:row r="1" spans=\'1:3\'><x:c r="A1" t="s"><x:v>0</x:v></x:c>' +
  '<x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve"> Tal &amp; data &lt;æøå&gt; &#8364; &#x1F600; &unknown; </x:t></x:is></x:c>' +
  '<x:c r="C1" t="str"><x:f>A1&amp;"&gt;"</x:f><x:v><![CDATA[rå <tekst> & mere]]></x:v></x:c>' +
  '<x:c r="D1" s="3"/>' +
  '<x:c\n\tr = "E1"\ts="a &quot;&gt;&quot; b" ><x:v>1.5</x:v></x:c >' +
  '</x:row>' +
  '</x:sheetData></x:worksheet>\n';

const EXPECTED = [
  'open x:worksheet (worksheet) xmlns:x="urn:x" xmlns:r="urn:r"',
  'open x:sheetData (sheetData)',
  'open x:row (row) r="1" spans="1:3"',
  'open x:c (c) r="A1" t="s"',
  'open x:v (v)',
  'text "0"',
  'close x:v (v)',
  'close x:c (c)',
  'open x:c (c) r="B1" t="inlineStr"',
  'open x:is (is)',
  'open x:t (t) xml:space="preserve"',
  'text " Tal & data <æøå> € 😀 &unknown; "',
  'close x:t (t)',
  'close x:is (is)',
  'close x:c (c)',
  'open x:c (c) r="C1" t="str"',
  'open x:f (f)',
  'text "A1&\\">\\""',
  'close x:f (f)',
  'open x:v (v)',
  'text "rå <tekst> & mere"',
  'close x:v (v)',
  'close x:c (c)',
  'open x:c (c) / r="D1" s="3"',
  'open x:c (c) r="E1" s="a \\">\\" b"',
  'open x:v (v)',
  'text "1.5"',
  'close x:v (v)',
  'close x:c (c)',
  'close x:row (row)',
  'close x:sheetData (sheetData)',
  'close x:worksheet (worksheet)',
];

/** Drops the whitespace-only text between elements, which readers ignore. */
const elements = (list: string[]): string[] => list.filter((line) => !/^text "(\\[rn]|\s)*"$/.test(line));

describe('XmlStream', () => {
  it('reports elements, attributes (either quote, spaces around =, > inside), entities, CDATA; skips comments, PIs and DOCTYPE', () => {
    expect(elements(events([SAMPLE]))).toEqual(EXPECTED);
  });

  it('gives the same events however the text is cut into chunks, one character at a time included', () => {
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      const chunks: string[] = [];
      for (let at = 0; at < SAMPLE.length; at += size) chunks.push(SAMPLE.slice(at, at + size));
      expect(elements(events(chunks)), `chunks of ${size}`).toEqual(EXPECTED);
    }
  });

  it('puts UTF-8 characters cut between byte chunks back together, and drops a byte order mark', () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 3) chunks.push(bytes.subarray(at, at + 3));
    expect(elements(events(chunks))).toEqual(EXPECTED);
    expect(events([new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode('<a>æ</a>')])).toEqual([
      'open a (a)',
      'text "æ"',
      'close a (a)',
    ]);
  });

  it('refuses XML that is not well-formed or is cut short', () => {
    expect(syntaxError('<a><b></a>').message).toContain('«a» passer ikke til «b»');
    expect(syntaxError('<a></a></a>').message).toContain('intet startmærke');
    expect(syntaxError('<a><b>').message).toContain('«b» er ikke afsluttet');
    expect(syntaxError('<a x="1').message).toContain('ikke afsluttet');
    expect(syntaxError('<a><').message).toContain('«<»');
    expect(syntaxError('<a x=1/>').message).toContain('anførselstegn');
    expect(syntaxError('<a x/>').message).toContain('ingen værdi');
    expect(syntaxError('<a <b/>').message).toContain('en attribut i «a»');
    expect(syntaxError('< a/>').message).toContain('ugyldigt tegn');
    expect(syntaxError('<a><!-- no end </a>').message).toContain('kommentar');
    expect(syntaxError('<a><![CDATA[ no end </a>').message).toContain('CDATA');
  });

  it('reads 50,000 nested elements without recursion, and refuses one tag longer than 4 MB', () => {
    const depth = 50_000;
    const nested = events(['<a>'.repeat(depth) + '</a>'.repeat(depth)]);
    expect(nested).toHaveLength(2 * depth);
    const parser = new XmlStream({});
    parser.write(`<a b="${'x'.repeat(3 * 1024 * 1024)}`);
    expect(() => parser.write('x'.repeat(2 * 1024 * 1024))).toThrow(XmlSyntaxError);
  });

  it('decodes the five named entities and numeric references, leaving unknown and invalid ones as written', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;')).toBe('&<>"\'');
    expect(decodeEntities('&#229;&#xE6;&#X1F600;')).toBe('åæ&#X1F600;');
    expect(decodeEntities('&#xD800; &#0; &#x110000; &nbsp; & ;')).toBe('&#xD800; &#0; &#x110000; &nbsp; & ;');
  });
});
