/**
 * The review copy and the in-app reviewer's file against the OOXML schemas (xmllint, ISO/IEC 29500 transitional,
 * tests/fixtures/ooxml-xsd/): what the review module adds (bookmarks, review-mark headers, custom properties, the
 * custom XML part's properties, comments, tracked changes) must be valid for Word to open the file without repair.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipDocx } from '../shared/docx/test-xml';
import { HOSTILE_TEXT, fixtureDataset, fixtureLetter } from '../shared/letter/test-fixtures';
import { buildReviewDocx, reviewParagraphsOf, writeReviewerFeedback } from '../shared/review';
import { skipSchemaCheck, validate } from './ooxml-schema';

if (skipSchemaCheck)
  console.warn('Springer gennemsynets skema-test over: xmllint (libxml2-utils) er ikke installeret.');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'barometerbrev-review-xsd-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(skipSchemaCheck)('review files against the OOXML schemas (xmllint)', () => {
  const letter = { ...fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp' }), sampleData: true };
  const paragraphs = reviewParagraphsOf(letter);
  const review = {
    letterId: 'brev-1',
    revision: 2,
    copyId: 'kopi-1',
    sentAt: '2026-11-30T09:00:00.000Z',
    reviewer: HOSTILE_TEXT,
    paragraphs,
  };

  it('finds no error in the review copy (bookmarks, review-mark headers, custom properties and XML part)', async () => {
    const parts = unzipDocx(await buildReviewDocx(letter, review));
    const { checked, errors } = await validate(join(dir, 'copy'), parts);
    expect(errors).toEqual([]);
    expect(checked.map((entry) => entry.part)).toEqual(
      expect.arrayContaining(['word/document.xml', 'docProps/custom.xml', 'customXml/itemProps1.xml']),
    );
  }, 60_000);

  it('finds no error in the in-app reviewer’s file (comments, tracked changes)', async () => {
    const copy = await buildReviewDocx(letter, review);
    const call = paragraphs.find((paragraph) => paragraph.id === 'p-computed-call')?.text ?? '';
    const answered = writeReviewerFeedback(
      copy,
      [
        { paragraphId: 'p-context', comments: [{ text: `Kommentar med ${HOSTILE_TEXT}\nanden linje` }] },
        {
          paragraphId: 'p-computed-call',
          comments: [{ text: 'Enig', quote: 'opfordrer udvalget' }],
          replacement: `${call.replace('prioritere', 'styrke og prioritere').replace('budgetlægning', 'budget')}\tTak.`,
        },
        { paragraphId: 'annex-tryghed', comments: [{ text: 'Tal?' }] },
      ],
      { author: HOSTILE_TEXT, initials: 'HT', date: '2026-12-01T10:30:00Z' },
    );
    const parts = unzipDocx(answered);
    const { checked, errors } = await validate(join(dir, 'answered'), parts);
    expect(errors).toEqual([]);
    expect(checked.map((entry) => entry.part)).toEqual(expect.arrayContaining(['word/comments.xml']));
  }, 60_000);
});
