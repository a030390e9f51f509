import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../docx/test-xml';
import { HOSTILE_TEXT, fixtureDataset, fixtureLetter } from '../letter/test-fixtures';
import { bookmarkNameOf } from './anchors';
import { buildReviewDocx, reviewMarkText } from './build-review-docx';
import { reviewParagraphsOf } from './paragraphs';
import { readReviewedDocx } from './read-reviewed-docx';
import { writeReviewerFeedback } from './write-feedback';

const letter = fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp-review' });
const paragraphs = reviewParagraphsOf(letter);
const review = {
  letterId: 'brev-1',
  revision: 3,
  copyId: 'kopi-7',
  sentAt: '2026-11-30T09:15:00.000Z',
  reviewer: 'Pia Allerslev',
  paragraphs,
};

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes))
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

function paragraphText(id: string): string {
  const paragraph = paragraphs.find((candidate) => candidate.id === id);
  if (!paragraph) throw new Error(`no paragraph ${id}`);
  return paragraph.text;
}

describe('reviewParagraphsOf', () => {
  it('lists the body paragraphs with their ids and every annex area heading', () => {
    expect(paragraphs.map((paragraph) => paragraph.id)).toEqual([
      ...letter.paragraphs.map((paragraph) => paragraph.id),
      'annex-beskaeftigelse',
      'annex-uddannelse',
      'annex-bolig',
      'annex-tryghed',
      'annex-kultur-og-fritid',
      'annex-sundhed-og-omsorg',
    ]);
    expect(paragraphs.find((paragraph) => paragraph.id === 'annex-tryghed')).toEqual({
      id: 'annex-tryghed',
      role: 'annex-area',
      text: 'Tryghed – Rød',
    });
  });
});

describe('buildReviewDocx', async () => {
  const bytes = await buildReviewDocx(letter, review);
  const parts = partsOf(bytes);

  it('is well-formed in every part', () => {
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblems(xml), name).toEqual([]);
  });

  it('has a valid bookmark named after each paragraph, inside that paragraph', () => {
    const document = parts['word/document.xml'] ?? '';
    for (const paragraph of paragraphs) {
      const name = bookmarkNameOf(paragraph.id);
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
      const at = document.indexOf(`w:name="${name}"`);
      expect(at, name).toBeGreaterThan(0);
      const paragraphXml = document.slice(document.lastIndexOf('<w:p>', at), document.indexOf('</w:p>', at));
      const text = [...paragraphXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((match) => match[1])
        .join('');
      expect(text.replace(/&amp;/g, '&')).toBe(paragraph.text);
    }
    expect(document).not.toMatch(/[\uE000\uE001]/);
    expect(document).not.toContain('<w:sdt');
  });

  it('counts revisions from 1 for people: a draft never saved after creation is «revision 1», not «revision 0»', () => {
    expect(reviewMarkText({ ...review, revision: 0 })).toBe(
      'UDKAST TIL GENNEMSYN – revision 1 – 30-11-2026 – til Pia Allerslev',
    );
    expect(reviewMarkText({ ...review, revision: 0 })).not.toContain('revision 0');
  });

  it('marks every page as a draft for review, with revision, date and reviewer', () => {
    const mark = reviewMarkText(review);
    expect(mark).toBe('UDKAST TIL GENNEMSYN – revision 4 – 30-11-2026 – til Pia Allerslev');
    const headers = Object.entries(parts).filter(([name]) => /^word\/header/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const [, xml] of headers) expect(xml).toContain(mark);
    for (const section of (parts['word/document.xml'] ?? '').match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ??
      []) {
      expect(section).toMatch(/<w:headerReference w:type="default"/);
    }
  });

  it('carries letter id, revision and copy id as custom properties and in a custom XML part', () => {
    expect(parts['docProps/custom.xml']).toContain('name="Barometerbrev.BrevId"><vt:lpwstr>brev-1<');
    expect(parts['docProps/custom.xml']).toContain('name="Barometerbrev.Revision"><vt:lpwstr>3<');
    expect(parts['docProps/custom.xml']).toContain('name="Barometerbrev.GennemsynsKopi"><vt:lpwstr>kopi-7<');
    expect(parts['customXml/item1.xml']).toContain('brevId="brev-1"');
    expect(parts['customXml/itemProps1.xml']).toContain('ds:datastoreItem');
    expect(parts['customXml/_rels/item1.xml.rels']).toContain('itemProps1.xml');
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="../customXml/item1.xml"');
    expect(parts['[Content_Types].xml']).toContain('/customXml/itemProps1.xml');
  });

  it('reads back untouched: every paragraph found by its bookmark, nothing changed, nothing unplaced', () => {
    const file = readReviewedDocx(bytes, 'gennemsyn.docx');
    expect(file).toMatchObject({
      letterId: 'brev-1',
      revision: 3,
      copyId: 'kopi-7',
      hasAnchors: true,
      unplaced: [],
    });
    expect(file.paragraphs.map((paragraph) => [paragraph.id, paragraph.placedBy])).toEqual(
      paragraphs.map((paragraph) => [paragraph.id, 'bookmark']),
    );
    for (const paragraph of file.paragraphs) {
      expect(paragraph.changes).toEqual([]);
      expect(paragraph.currentText).toBe(paragraph.sentText);
    }
    expect(file.sent).toEqual(paragraphs);
  });
});

describe('a review copy of a letter with hostile text, links and sample data', async () => {
  const hostile = {
    ...letter,
    sampleData: true,
    paragraphs: [
      ...letter.paragraphs,
      {
        id: 'c-hostile',
        role: 'custom' as const,
        runs: [
          { text: 'Se ', bold: true },
          { text: 'barometret', link: 'https://www.kk.dk/integrationsbarometer?a=1&b=2' },
          { text: ` ${HOSTILE_TEXT}` },
        ],
        editedByUser: true,
      },
    ],
  };
  const sent = reviewParagraphsOf(hostile);
  const bytes = await buildReviewDocx(hostile, { ...review, reviewer: HOSTILE_TEXT, paragraphs: sent });

  it('reads back every paragraph as sent, the hostile one included', () => {
    for (const [name, xml] of Object.entries(partsOf(bytes))) expect(xmlProblems(xml), name).toEqual([]);
    const file = readReviewedDocx(bytes);
    expect(file.unplaced).toEqual([]);
    const paragraph = file.paragraphs.find((candidate) => candidate.id === 'c-hostile');
    expect(paragraph?.placedBy).toBe('bookmark');
    expect(paragraph?.sentText).toBe(sent.find((candidate) => candidate.id === 'c-hostile')?.text);
    expect(paragraph?.sentText).toContain('Se barometret ');
    for (const reviewed of file.paragraphs) {
      expect(reviewed.changes, reviewed.id).toEqual([]);
      expect(reviewed.currentText).toBe(reviewed.sentText);
    }
  });
});

describe('writeReviewerFeedback → readReviewedDocx', async () => {
  const copy = await buildReviewDocx(letter, review);
  const callText = paragraphText('p-computed-call');
  const replacement = callText.replace('prioritere', 'prioritere og følge op på');
  const reviewed = writeReviewerFeedback(
    copy,
    [
      { paragraphId: 'p-context', comments: [{ text: 'Kan vi korte denne indledning?' }] },
      {
        paragraphId: 'p-computed-call',
        comments: [{ text: 'Skarpere formulering <her> & "der"', quote: 'hovedindikatoren er gul' }],
        replacement,
      },
      { paragraphId: 'annex-tryghed', comments: [{ text: 'Tallet for tryghed ser forkert ud.' }] },
    ],
    { author: 'Jens Udvalgsmedlem', initials: 'JU', date: '2026-12-01T10:30:00.123Z' },
  );
  const parts = partsOf(reviewed);

  it('writes real Word comments and tracked changes, well-formed', () => {
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblems(xml), name).toEqual([]);
    expect(parts['word/comments.xml']).toContain('w:author="Jens Udvalgsmedlem"');
    expect(parts['[Content_Types].xml']).toContain('/word/comments.xml');
    expect(parts['word/_rels/document.xml.rels']).toContain('relationships/comments');
    const document = parts['word/document.xml'] ?? '';
    expect(document.match(/<w:commentRangeStart /g)).toHaveLength(3);
    expect(document.match(/<w:commentReference /g)).toHaveLength(3);
    expect(document).toMatch(/<w:ins [^>]*w:author="Jens Udvalgsmedlem"[^>]*w:date="2026-12-01T10:30:00Z"/);
    expect(document).not.toMatch(/<w:del /); // pure insertion: nothing removed
  });

  it('reads back exactly like a Word reviewer’s file', () => {
    const file = readReviewedDocx(reviewed, 'svar.docx');
    const byId = new Map(file.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
    expect(file.unplaced).toEqual([]);
    const context = byId.get('p-context');
    expect(context?.comments).toHaveLength(1);
    expect(context?.comments[0]).toMatchObject({
      author: 'Jens Udvalgsmedlem',
      date: '2026-12-01T10:30:00Z',
      text: 'Kan vi korte denne indledning?',
      quote: paragraphText('p-context'),
    });
    const call = byId.get('p-computed-call');
    expect(call?.comments[0]).toMatchObject({
      text: 'Skarpere formulering <her> & "der"',
      quote: 'hovedindikatoren er gul',
      context: {
        before: expect.stringMatching(/konstaterer således, at $/),
        after: expect.stringMatching(/^ på uddannelsesområdet/),
      },
    });
    expect(call?.changes).toHaveLength(1);
    expect(call?.changes[0]).toMatchObject({
      before: callText,
      after: replacement,
      tracked: true,
      author: 'Jens Udvalgsmedlem',
    });
    expect(call?.changes[0]?.words.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'added', text: 'og følge op på ' },
    ]);
    const annex = byId.get('annex-tryghed');
    expect(annex?.comments[0]).toMatchObject({
      text: 'Tallet for tryghed ser forkert ud.',
      annexArea: 'Tryghed',
    });
    for (const paragraph of file.paragraphs) {
      if (paragraph.id !== 'p-computed-call') expect(paragraph.changes, paragraph.id).toEqual([]);
    }
  });

  it('writes a word-level replacement with deletions and insertions', () => {
    const text = paragraphText('p-closing');
    const suggestion = text
      .replace('fortsat konstruktivt', 'godt')
      .replace('København.', 'Københavns Kommune.');
    const file = readReviewedDocx(
      writeReviewerFeedback(copy, [{ paragraphId: 'p-closing', comments: [], replacement: suggestion }], {
        author: 'A',
        date: '2026-12-01T10:30:00Z',
      }),
    );
    const closing = file.paragraphs.find((paragraph) => paragraph.id === 'p-closing');
    expect(closing?.currentText).toBe(suggestion);
    expect(closing?.changes[0]).toMatchObject({ before: text, after: suggestion, tracked: true });
    expect(closing?.changes[0]?.words.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'fortsat konstruktivt' },
      { kind: 'added', text: 'godt' },
      { kind: 'removed', text: 'København.' },
      { kind: 'added', text: 'Københavns Kommune.' },
    ]);
  });
});
