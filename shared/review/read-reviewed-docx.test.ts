import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReviewReadError } from './errors';
import { readReviewedDocx } from './read-reviewed-docx';
import { anchored, makeDocx, run } from './test-docx';
import type { SentParagraph } from './types';

const A = 'Beskæftigelsen er steget, og målet for 2010 er inden for rækkevidde.';
const B = 'Udvalget opfordres til at prioritere uddannelsesområdet i budgettet.';
const C = 'Vi ser frem til et fortsat godt samarbejde.';
const sent: SentParagraph[] = [
  { id: 'p-a', role: 'context', text: A },
  { id: 'p-b', role: 'computed-call', text: B },
  { id: 'p-c', role: 'closing', text: C },
  { id: 'annex-tryghed', role: 'annex-area', text: 'Tryghed – Rød' },
];
const greeting =
  '<w:p><w:bookmarkStart w:id="90" w:name="bbx_hilsen"/><w:r><w:t>Venlig hilsen</w:t></w:r><w:bookmarkEnd w:id="90"/></w:p>';
const annexTitle =
  '<w:p><w:bookmarkStart w:id="91" w:name="bbx_bilag"/><w:r><w:t>Bilag 1</w:t></w:r><w:bookmarkEnd w:id="91"/></w:p>';

function comment(
  id: number,
  text: string,
  author = 'Mette',
  date = '2026-12-01T09:00:00Z',
  paraId?: string,
): string {
  const para = paraId ? ` w14:paraId="${paraId}"` : '';
  return `<w:comment w:id="${id}" w:author="${author}" w:date="${date}" w:initials="M"><w:p${para}><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:comment>`;
}
const reference = (id: number): string => `<w:r><w:commentReference w:id="${id}"/></w:r>`;
const ins = (id: number, author: string, content: string): string =>
  `<w:ins w:id="${id}" w:author="${author}" w:date="2026-12-02T08:00:00Z">${content}</w:ins>`;
const del = (id: number, author: string, text: string): string =>
  `<w:del w:id="${id}" w:author="${author}" w:date="2026-12-02T08:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

function body(a = run(A), b = run(B), c = run(C), extra = ''): string {
  return anchored('bb_p_a', a, 1) + anchored('bb_p_b', b, 2) + extra + anchored('bb_p_c', c, 3) + greeting;
}

function read(input: Parameters<typeof makeDocx>[0]) {
  const file = readReviewedDocx(makeDocx(input), 'svar.docx', { sent });
  const byId = new Map(file.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const get = (id: string) => {
    const paragraph = byId.get(id);
    if (!paragraph) throw new Error(`missing ${id}`);
    return paragraph;
  };
  return { file, get };
}

describe('readReviewedDocx on hand-written OOXML', () => {
  it('places a comment spanning two paragraphs on the first, quoting the whole range', () => {
    const a = `${run('Beskæftigelsen er steget, og ')}<w:commentRangeStart w:id="0"/>${run('målet for 2010 er inden for rækkevidde.')}`;
    const b = `${run('Udvalget opfordres')}<w:commentRangeEnd w:id="0"/>${reference(0)}${run(' til at prioritere uddannelsesområdet i budgettet.')}`;
    const { file, get } = read({ body: body(a, b), comments: comment(0, 'Hænger det sammen?') });
    expect(file.unplaced).toEqual([]);
    expect(get('p-a').comments).toEqual([
      {
        id: '0',
        author: 'Mette',
        date: '2026-12-01T09:00:00Z',
        initials: 'M',
        text: 'Hænger det sammen?',
        quote: 'målet for 2010 er inden for rækkevidde.\nUdvalget opfordres',
        context: {
          before: 'Beskæftigelsen er steget, og ',
          after: ' til at prioritere uddannelsesområdet i budgettet.',
        },
        replies: [],
      },
    ]);
    expect(get('p-b').comments).toEqual([]);
    expect(file.paragraphs.every((paragraph) => paragraph.changes.length === 0)).toBe(true);
  });

  it('places a comment in an annex table on the area heading above it, naming the indicator row', () => {
    const table =
      '<w:tbl><w:tr><w:tc><w:p>' +
      run('Indikator') +
      '</w:p></w:tc><w:tc><w:p>' +
      run('Seneste') +
      '</w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p>' +
      run('Andel trygge borgere (%)') +
      '</w:p><w:p>' +
      run('(hovedindikator)') +
      '</w:p></w:tc>' +
      '<w:tc><w:p><w:commentRangeStart w:id="4"/>' +
      del(60, 'Jens', '61') +
      ins(61, 'Jens', run('63')) +
      '<w:commentRangeEnd w:id="4"/>' +
      reference(4) +
      '</w:p></w:tc></w:tr></w:tbl>';
    const annex =
      annexTitle +
      anchored('bb_annex_tryghed', run('Tryghed – Rød'), 9) +
      table +
      '<w:p><w:bookmarkStart w:id="92" w:name="bbx_statusregel"/>' +
      run('Status efter udvikling.') +
      '<w:bookmarkEnd w:id="92"/></w:p>';
    const { file, get } = read({ body: body() + annex, comments: comment(4, 'Er 61 korrekt?') });
    expect(file.unplaced).toEqual([]);
    expect(get('annex-tryghed').comments[0]).toMatchObject({
      text: 'Er 61 korrekt?',
      quote: '63',
      annexArea: 'Tryghed',
      annexIndicator: 'Andel trygge borgere (%)',
    });
    expect(get('annex-tryghed').changes).toEqual([
      expect.objectContaining({ before: '61', after: '63', tracked: true, author: 'Jens' }),
    ]);
  });

  it('reads nested tracked changes: an insertion partly deleted again by another reviewer', () => {
    const b =
      run('Udvalget opfordres til at prioritere ') +
      ins(11, 'Mette', run('det vigtige ') + del(12, 'Jens', 'og svære ')) +
      run('uddannelsesområdet i budgettet.');
    const { get } = read({ body: body(run(A), b) });
    const change = get('p-b').changes[0];
    expect(get('p-b').currentText).toBe(
      'Udvalget opfordres til at prioritere det vigtige uddannelsesområdet i budgettet.',
    );
    expect(change).toMatchObject({
      before: B,
      after: get('p-b').currentText,
      tracked: true,
      author: 'Mette, Jens',
    });
    expect(change?.words.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'added', text: 'det vigtige ' },
    ]);
  });

  it('reads a deleted paragraph (text and paragraph mark deleted) as the paragraph removed', () => {
    const deletedParagraph =
      '<w:p><w:pPr><w:rPr><w:del w:id="20" w:author="Mette" w:date="2026-12-02T08:00:00Z"/></w:rPr></w:pPr>' +
      '<w:bookmarkStart w:id="2" w:name="bb_p_b"/>' +
      del(21, 'Mette', B) +
      '<w:bookmarkEnd w:id="2"/></w:p>';
    const xml = anchored('bb_p_a', run(A), 1) + deletedParagraph + anchored('bb_p_c', run(C), 3) + greeting;
    const { get } = read({ body: xml });
    expect(get('p-b').currentText).toBe('');
    expect(get('p-b').changes).toEqual([
      expect.objectContaining({ before: B, after: '', tracked: true, author: 'Mette' }),
    ]);
    expect(get('p-a').changes).toEqual([]);
    expect(get('p-c').changes).toEqual([]);
  });

  it('reads a paragraph split in two (tracked) as one change of the anchored paragraph', () => {
    // Word marks the new paragraph mark (end of the first half) as inserted; the second half has no bookmark.
    const split =
      '<w:p><w:pPr><w:rPr><w:ins w:id="30" w:author="Mette" w:date="2026-12-02T08:00:00Z"/></w:rPr></w:pPr>' +
      '<w:bookmarkStart w:id="2" w:name="bb_p_b"/>' +
      run('Udvalget opfordres til at prioritere ') +
      '</w:p>' +
      '<w:p>' +
      run('uddannelsesområdet i budgettet.') +
      '<w:bookmarkEnd w:id="2"/></w:p>';
    const xml = anchored('bb_p_a', run(A), 1) + split + anchored('bb_p_c', run(C), 3) + greeting;
    const { file, get } = read({ body: xml });
    expect(get('p-b').currentText).toBe(
      'Udvalget opfordres til at prioritere \nuddannelsesområdet i budgettet.',
    );
    expect(get('p-b').changes[0]).toMatchObject({ before: B, tracked: true, author: 'Mette' });
    expect(get('p-c').changes).toEqual([]);
    expect(file.unplaced).toEqual([]);
  });

  it('reads a paragraph split in two without tracking, and a comment on the split-off half', () => {
    const xml =
      anchored('bb_p_a', run(A), 1) +
      anchored('bb_p_b', run('Udvalget opfordres til at prioritere'), 2) +
      '<w:p><w:commentRangeStart w:id="5"/>' +
      run('uddannelsesområdet i budgettet.') +
      '<w:commentRangeEnd w:id="5"/>' +
      reference(5) +
      '</w:p>' +
      anchored('bb_p_c', run(C), 3) +
      greeting;
    const { file, get } = read({ body: xml, comments: comment(5, 'Godt') });
    expect(get('p-b').changes[0]).toMatchObject({
      before: B,
      after: 'Udvalget opfordres til at prioritere\nuddannelsesområdet i budgettet.',
      tracked: false,
    });
    expect(get('p-b').comments[0]).toMatchObject({ text: 'Godt', quote: 'uddannelsesområdet i budgettet.' });
    expect(file.unplaced).toEqual([]);
  });

  it('reads moved text (w:moveFrom / w:moveTo) as a change of both paragraphs', () => {
    const a =
      run('Beskæftigelsen er steget') +
      '<w:moveFrom w:id="40" w:author="Jens" w:date="2026-12-02T08:00:00Z"><w:r><w:t xml:space="preserve">, og målet for 2010 er inden for rækkevidde</w:t></w:r></w:moveFrom>' +
      run('.');
    const c =
      run('Vi ser frem til et fortsat godt samarbejde') +
      '<w:moveTo w:id="41" w:author="Jens" w:date="2026-12-02T08:00:00Z"><w:r><w:t xml:space="preserve">, og målet for 2010 er inden for rækkevidde</w:t></w:r></w:moveTo>' +
      run('.');
    const { get } = read({ body: body(a, run(B), c) });
    expect(get('p-a').changes[0]).toMatchObject({
      before: A,
      after: 'Beskæftigelsen er steget.',
      tracked: true,
      author: 'Jens',
    });
    expect(get('p-c').changes[0]).toMatchObject({
      before: C,
      after: 'Vi ser frem til et fortsat godt samarbejde, og målet for 2010 er inden for rækkevidde.',
      tracked: true,
    });
    expect(get('p-b').changes).toEqual([]);
  });

  it('nests replies (commentsExtended.xml) under the comment they answer, and reads "done"', () => {
    const b = `<w:commentRangeStart w:id="6"/><w:commentRangeStart w:id="7"/>${run(B)}<w:commentRangeEnd w:id="6"/><w:commentRangeEnd w:id="7"/>${reference(6)}${reference(7)}`;
    const { file, get } = read({
      body: body(run(A), b),
      comments:
        comment(6, 'Skal det med?', 'Mette', '2026-12-01T09:00:00Z', '1A2B3C4D') +
        comment(7, 'Ja, det mener jeg.', 'Jens', '2026-12-01T10:00:00Z', '5E6F7A8B'),
      commentsExtended:
        '<w15:commentEx w15:paraId="1A2B3C4D" w15:done="1"/><w15:commentEx w15:paraId="5E6F7A8B" w15:paraIdParent="1A2B3C4D" w15:done="0"/>',
    });
    expect(get('p-b').comments).toHaveLength(1);
    expect(get('p-b').comments[0]).toMatchObject({
      text: 'Skal det med?',
      resolved: true,
      replies: [expect.objectContaining({ text: 'Ja, det mener jeg.', author: 'Jens', replies: [] })],
    });
    expect(file.unplaced).toEqual([]);
  });

  it('keeps hostile text: XML specials, right-to-left, emoji; drops control characters', () => {
    const hostile = '&lt;script&gt; &amp; "citat" \u202Eكتب\u202C שלום 👍🏽 ';
    const b =
      run('Udvalget opfordres til at prioritere ') +
      ins(50, 'Mette &amp; Co', run(hostile)) +
      run('uddannelsesområdet i budgettet.') +
      `<w:commentRangeStart w:id="8"/>${run('x')}<w:commentRangeEnd w:id="8"/>${reference(8)}`;
    const { get } = read({ body: body(run(A), b), comments: comment(8, 'Bip\u0007 &lt;b&gt; 👍🏽 \u05E9') });
    const expected = '<script> & "citat" \u202Eكتب\u202C שלום 👍🏽 ';
    expect(get('p-b').currentText).toBe(
      `Udvalget opfordres til at prioritere ${expected}uddannelsesområdet i budgettet.x`,
    );
    expect(get('p-b').changes[0]?.author).toBe('Mette & Co');
    expect(get('p-b').comments[0]?.text).toBe('Bip <b> 👍🏽 \u05E9');
  });

  it('handles LibreOffice’s placeholder date and "Unknown Author"', () => {
    const b = `<w:commentRangeStart w:id="9"/>${run(B)}<w:commentRangeEnd w:id="9"/>${reference(9)}`;
    const { get } = read({
      body: body(run(A), b),
      comments: comment(9, 'Hmm', 'Unknown Author', '0-00-00T00:00:00Z'),
    });
    const found = get('p-b').comments[0];
    expect(found?.author).toBe('Unknown Author');
    expect(found && 'date' in found).toBe(false);
  });

  it('tells a plain edit (no tracking) from the text as sent', () => {
    const { get } = read({ body: body(run(A), run(B.replace('prioritere', 'styrke'))) });
    expect(get('p-b').changes).toEqual([
      {
        before: B,
        after: 'Udvalget opfordres til at styrke uddannelsesområdet i budgettet.',
        tracked: false,
        words: [
          { kind: 'same', text: 'Udvalget opfordres til at ' },
          { kind: 'removed', text: 'prioritere' },
          { kind: 'added', text: 'styrke' },
          { kind: 'same', text: ' uddannelsesområdet i budgettet.' },
        ],
      },
    ]);
    expect(get('p-a').changes).toEqual([]);
  });

  it('without anchors, places by text similarity and lists what it cannot place, with why', () => {
    const xml =
      '<w:p>' +
      run('Kære Pia') +
      '<w:commentRangeStart w:id="1"/><w:commentRangeEnd w:id="1"/>' +
      reference(1) +
      '</w:p>' +
      '<w:p>' +
      run(A.replace('steget', 'steget markant')) +
      '</w:p>' +
      '<w:p><w:commentRangeStart w:id="2"/>' +
      run(B) +
      '<w:commentRangeEnd w:id="2"/>' +
      reference(2) +
      '</w:p>';
    const file = readReviewedDocx(
      makeDocx({ body: xml, comments: comment(1, 'Forkert navn') + comment(2, 'Enig') }),
      'x.docx',
      { sent },
    );
    expect(file.hasAnchors).toBe(false);
    const byId = new Map(file.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
    expect(byId.get('p-a')).toMatchObject({
      placedBy: 'similarity',
      changes: [expect.objectContaining({ tracked: false })],
    });
    expect(byId.get('p-b')?.comments[0]?.text).toBe('Enig');
    expect(byId.get('p-c')?.placedBy).toBe('missing');
    expect(byId.get('p-c')?.changes).toEqual([]);
    expect(file.unplaced).toEqual([
      expect.objectContaining({
        kind: 'comment',
        text: 'Forkert navn',
        reason: expect.stringContaining('ligner ikke noget afsnit'),
      }),
    ]);
  });

  it('reads a paragraph removed without tracking as removed, and lists a comment outside the paragraphs', () => {
    const salutation = `<w:p>${run('Kære ')}<w:commentRangeStart w:id="3"/>${run('Pia')}<w:commentRangeEnd w:id="3"/>${reference(3)}</w:p>`;
    const xml = salutation + anchored('bb_p_a', run(A), 1) + anchored('bb_p_c', run(C), 3) + greeting;
    const { file, get } = read({ body: xml, comments: comment(3, 'Forkert navn') });
    expect(get('p-b')).toMatchObject({
      placedBy: 'missing',
      currentText: '',
      changes: [expect.objectContaining({ before: B, after: '', tracked: false })],
    });
    expect(get('annex-tryghed').changes).toEqual([]);
    expect(file.unplaced).toEqual([
      expect.objectContaining({
        kind: 'comment',
        text: 'Forkert navn',
        reason: expect.stringContaining('uden for brevets afsnit'),
        comment: expect.objectContaining({ quote: 'Pia' }),
      }),
    ]);
  });

  it('reads letter id, revision and copy id from the custom properties', () => {
    const custom =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Barometerbrev.BrevId"><vt:lpwstr>brev-9</vt:lpwstr></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Barometerbrev.Revision"><vt:lpwstr>4</vt:lpwstr></property></Properties>';
    const file = readReviewedDocx(
      makeDocx({ body: body(), parts: { 'docProps/custom.xml': custom } }),
      'x.docx',
      { sent },
    );
    expect(file).toMatchObject({ letterId: 'brev-9', revision: 4, hasAnchors: true });
  });
});

describe('readReviewedDocx refuses bad files with a Danish message', () => {
  const good = makeDocx({ body: body() });
  const refuse = (bytes: Uint8Array, kind: string, pattern: RegExp): void => {
    let error: unknown;
    try {
      readReviewedDocx(bytes, 'svar.docx');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReviewReadError);
    expect((error as ReviewReadError).kind).toBe(kind);
    expect((error as ReviewReadError).message).toMatch(/«svar\.docx»/);
    expect((error as ReviewReadError).message).toMatch(pattern);
  };

  it('not a .docx', () => {
    refuse(strToU8('Kære Pia, her er mine kommentarer.'), 'not-docx', /ikke et Word-dokument/);
    refuse(new Uint8Array(), 'not-docx', /tom/);
    refuse(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'not-docx', /Excel-regneark/);
    refuse(zipSync({ 'readme.txt': strToU8('hej') }), 'not-docx', /zip-fil, men ikke et Word-dokument/);
  });

  it('truncated', () => {
    refuse(good.subarray(0, Math.floor(good.length / 2)), 'truncated', /ufuldstændig eller beskadiget/);
  });

  it('encrypted (password-protected Word file) and an old .doc', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const oldDoc = ole.slice();
    ole.set(
      Array.from('EncryptedPackage').flatMap((character) => [character.charCodeAt(0), 0]),
      1024,
    );
    refuse(ole, 'encrypted', /beskyttet med adgangskode/);
    refuse(oldDoc, 'not-docx', /ældre Word-dokument \(\.doc\)/);
  });

  it('oversized', () => {
    const huge = new Uint8Array(51 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    refuse(huge, 'oversized', /kan højst fylde 50 MB/);
  });

  it('a zip bomb: refused from its headers and while inflating, without inflating it all', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = zipSync({ 'word/document.xml': zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    refuse(bomb, 'zip-bomb', /zip-bombe/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a part with millions of elements (small when zipped), quickly', () => {
    // Numbered so it does not compress like a zip bomb: 1.2 million elements in ~25 MB of XML.
    const paragraphs = Array.from(
      { length: 1_200_000 },
      (_unused, index) => `<w:p w:rsidR="${index.toString(16)}"/>`,
    );
    const flood = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(flood) });
    expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
    const started = performance.now();
    refuse(bytes, 'oversized', /over 1\.000\.000 XML-elementer/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a part that is not XML', () => {
    let error: unknown;
    try {
      readReviewedDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }), 'svar.docx');
    } catch (caught) {
      error = caught;
    }
    expect((error as ReviewReadError).kind).toBe('damaged');
    expect((error as ReviewReadError).message).toMatch(/«word\/document\.xml» er ikke gyldig XML/);
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    for (const broken of ['<w:document><w:body></w:document></w:body>', '<a/><b/>', '<a>&lt;</b>', deep]) {
      expect(
        () => readReviewedDocx(zipSync({ 'word/document.xml': strToU8(broken) }), 'svar.docx'),
        broken,
      ).toThrow(/er ikke gyldig XML/);
    }
  });
});
