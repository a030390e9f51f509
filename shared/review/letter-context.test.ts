import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureLetter } from '../letter/test-fixtures';
import { bookmarkNameOf } from './anchors';
import { buildReviewDocx } from './build-review-docx';
import { letterContextOfParts, readReviewLetterContext } from './letter-context';
import { reviewParagraphsOf } from './paragraphs';
import { writeReviewerFeedback } from './write-feedback';

const letter = fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp-context' });
const review = {
  letterId: 'brev-1',
  revision: 2,
  copyId: 'kopi-1',
  sentAt: '2026-11-30T09:15:00.000Z',
  paragraphs: reviewParagraphsOf(letter),
};
const HEADER = ['Indikator', 'Basis\n2006', 'Maj 2007', 'Seneste\nMaj 2008', 'Mål\n2010', 'Status'];

describe('readReviewLetterContext', async () => {
  const copy = await buildReviewDocx(letter, review);
  const context = readReviewLetterContext(copy);

  it('says whether the copy carries the sample-data mark on its pages', async () => {
    expect(context.sampleData).toBe(false);
    const onSample = await buildReviewDocx({ ...letter, sampleData: true }, review);
    expect(readReviewLetterContext(onSample).sampleData).toBe(true);
  });

  it('reads the title, the recipient block with the date, the salutation and the signature', () => {
    expect(context.title).toBe('Integrationsbarometret Maj 2008: brev til Børne- og Ungdomsudvalget');
    expect(context.recipient).toEqual([
      'Børne- og Ungdomsudvalget',
      'Børne- og Ungdomsborgmester Bo Asmus Kjeldgaard',
    ]);
    expect(context.details).toEqual(['Dato: 16-05-2008', 'Sagsnr.: 2007-114951', 'Dok.nr.: 2008-255779']);
    expect(context.salutation).toBe(letter.salutation);
    expect(context.salutation).toBe('Kære Bo Asmus Kjeldgaard');
    expect(context.signature).toEqual([
      'Venlig hilsen',
      'Jakob Hougaard',
      'Beskæftigelses- og Integrationsborgmester',
    ]);
    expect(context.annexTitle).toEqual(['Bilag 1', 'Resultater af integrationsbarometrets måling, maj 2008']);
    expect(context.statusRule).toMatch(/^Status efter reglen/);
  });

  it("reads each annex area's table under its heading's bookmark: indicator, values, mål, status", () => {
    expect(Object.keys(context.annexTables)).toEqual(
      [
        'annex-beskaeftigelse',
        'annex-uddannelse',
        'annex-bolig',
        'annex-tryghed',
        'annex-kultur-og-fritid',
        'annex-sundhed-og-omsorg',
      ].map(bookmarkNameOf),
    );
    expect(context.annexTables[bookmarkNameOf('annex-uddannelse')]).toEqual([
      HEADER,
      [
        'Andel tosprogede unge med en ungdomsuddannelse (%)\n(hovedindikator)',
        '41',
        '42',
        '43',
        '56',
        '■ Gul',
      ],
      ['Frafald på erhvervsuddannelserne (%)', '31,5', '–', '33,5', '20,0', '▲ Grøn'],
    ]);
    // The letter's own recipient table is not an annex table.
    expect(JSON.stringify(context.annexTables)).not.toContain('Kjeldgaard');
  });

  it('still reads the same after the in-app reviewer saved comments and a tracked change', () => {
    const reviewed = writeReviewerFeedback(
      copy,
      [
        { paragraphId: 'annex-tryghed', comments: [{ text: 'Tallet ser forkert ud.' }] },
        { paragraphId: 'p-closing', comments: [], replacement: 'Vi ser frem til samarbejdet.' },
      ],
      { author: 'Pia', date: '2026-12-01T10:00:00Z' },
    );
    const after = readReviewLetterContext(reviewed);
    expect(after.annexTables).toEqual(context.annexTables);
    expect(after.signature).toEqual(context.signature);
    expect(after.salutation).toBe(context.salutation);
  });

  it('leaves deleted text out and takes a bookmark written between paragraphs for the next one', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const cell = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const xml =
      `<w:document ${w}><w:body>` +
      '<w:p><w:r><w:t>Kære </w:t></w:r><w:del><w:r><w:delText>Hr. </w:delText></w:r></w:del><w:r><w:t>Anna</w:t></w:r></w:p>' +
      '<w:p><w:bookmarkStart w:id="1" w:name="bb_p_context"/><w:r><w:t>Brødtekst</w:t></w:r></w:p>' +
      '<w:bookmarkStart w:id="2" w:name="bb_annex_bolig"/><w:p><w:r><w:t>Bolig – Grøn</w:t></w:r></w:p>' +
      `<w:tbl><w:tr>${cell('Andel')}${cell('42')}</w:tr></w:tbl>` +
      '</w:body></w:document>';
    const parsed = letterContextOfParts(xml);
    expect(parsed.salutation).toBe('Kære Anna');
    expect(parsed.annexTables).toEqual({ bb_annex_bolig: [['Andel', '42']] });
    expect(parsed.title).toBeUndefined();
  });
});
