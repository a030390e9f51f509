/**
 * An OOXML schema check of the letter's .docx: every XML part is validated with xmllint against the ISO/IEC 29500
 * transitional schemas (tests/fixtures/ooxml-xsd/, see SOURCE.md there) after markup-compatibility processing, and a
 * broken part is shown to fail, so the check can fail.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../shared/docx/build-docx';
import { unzipDocx } from '../shared/docx/test-xml';
import { HOSTILE_TEXT, fixtureDataset, fixtureLetter, hostileDataset } from '../shared/letter/test-fixtures';
import { skipSchemaCheck, validate } from './ooxml-schema';

if (skipSchemaCheck) console.warn('Springer skema-testen over: xmllint (libxml2-utils) er ikke installeret.');

// A tiny 2×1 PNG for the logo and the chart, so the drawing markup is checked too.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAJ/gH/3tX1HwAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'barometerbrev-xsd-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(skipSchemaCheck)('the .docx against the OOXML schemas (xmllint)', () => {
  it('finds no error in any part of a letter on sample data with logo and chart', async () => {
    const letter = {
      ...fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp' }),
      sampleData: true,
    };
    const parts = unzipDocx(await buildLetterDocx(letter, { logoPng: PNG, chartPng: PNG }));
    const { checked, errors } = await validate(join(dir, 'letter'), parts);
    expect(errors).toEqual([]);
    // Every XML part of the package was checked, none skipped.
    expect(checked.map((entry) => entry.part).sort()).toEqual(Object.keys(parts).sort());
    expect(checked.map((entry) => entry.part)).toEqual(
      expect.arrayContaining([
        'word/document.xml',
        'word/styles.xml',
        'docProps/app.xml',
        'word/header1.xml',
      ]),
    );
  }, 60_000);

  it('finds no error in a letter full of hostile text', async () => {
    const letter = fixtureLetter({ dataset: hostileDataset(), dataFingerprint: 'fp' });
    letter.paragraphs.push({ id: 'h', role: 'custom', runs: [{ text: HOSTILE_TEXT }], editedByUser: true });
    letter.properties = { ...letter.properties, title: HOSTILE_TEXT };
    const { errors } = await validate(join(dir, 'hostile'), unzipDocx(await buildLetterDocx(letter)));
    expect(errors).toEqual([]);
  }, 60_000);

  it('reports a part that breaks the schema (the check can fail)', async () => {
    const parts = unzipDocx(
      await buildLetterDocx(fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp' })),
    );
    const broken = {
      // w:keepNext after w:spacing breaks the order CT_PPr prescribes (xmllint stops at a part's first error).
      'word/document.xml': (parts['word/document.xml'] ?? '').replace(
        '<w:pStyle w:val="Broedtekst"/>',
        '<w:pStyle w:val="Broedtekst"/><w:spacing w:after="0"/><w:keepNext/>',
      ),
      'docProps/app.xml': (parts['docProps/app.xml'] ?? '').replace('<Pages>', '<Pages>x'),
    };
    const { errors } = await validate(join(dir, 'broken'), broken);
    expect(errors.some((line) => /keepNext/.test(line))).toBe(true);
    expect(errors.some((line) => /Pages/.test(line))).toBe(true);
  }, 60_000);
});
