/**
 * The review copy and the in-app reviewer's file against the OOXML schemas (xmllint, ISO/IEC 29500 transitional,
 * tests/fixtures/ooxml-xsd/): what the review module adds (bookmarks, review-mark headers, custom properties, the
 * custom XML part's properties, comments, tracked changes) must be valid for Word to open the file without repair.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipDocx } from '../shared/docx/test-xml';
import { HOSTILE_TEXT, fixtureDataset, fixtureLetter } from '../shared/letter/test-fixtures';
import { buildReviewDocx, reviewParagraphsOf, writeReviewerFeedback } from '../shared/review';

const XSD = join(import.meta.dirname, 'fixtures', 'ooxml-xsd');
const hasXmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
const skip = !hasXmllint && !process.env.CI;
if (skip) console.warn('Springer gennemsynets skema-test over: xmllint (libxml2-utils) er ikke installeret.');

/** The schema of each part (as tests/docx-schema.test.ts, plus the custom XML part's properties). */
function schemaFor(name: string): string | null {
  if (name === '[Content_Types].xml') return 'opc-xsd/opc-contentTypes.xsd';
  if (name.endsWith('.rels')) return 'opc-xsd/opc-relationships.xsd';
  if (name === 'docProps/core.xml') return 'opc-xsd/opc-coreProperties.xsd';
  if (name === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (name === 'docProps/custom.xml') return 'shared-documentPropertiesCustom.xsd';
  if (/^customXml\/itemProps\d+\.xml$/.test(name)) return 'shared-customXmlDataProperties.xsd';
  if (/^word\/theme\/[^/]+\.xml$/.test(name)) return 'dml-main.xsd';
  if (/^word\/[^/]+\.xml$/.test(name)) return 'wml-check.xsd';
  return null;
}

/** Markup compatibility as a consumer that knows no ignorable namespace applies it (ECMA-376 Part 3). */
function processMarkupCompatibility(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  let result = xml.replace(/\smc:Ignorable="[^"]*"/, '');
  for (const prefix of ignorable) {
    result = result
      .replace(new RegExp(`\\s${prefix}:[\\w.-]+="[^"]*"`, 'g'), '')
      .replace(new RegExp(`<${prefix}:([\\w.-]+)\\b[^>]*/>`, 'g'), '')
      .replace(new RegExp(`<${prefix}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${prefix}:\\1>`, 'g'), '');
  }
  return result;
}

async function validate(
  dir: string,
  parts: Record<string, string>,
): Promise<{ checked: string[]; errors: string[] }> {
  const files: { file: string; part: string; schema: string }[] = [];
  for (const [part, xml] of Object.entries(parts)) {
    const schema = schemaFor(part);
    if (!schema) continue;
    const file = join(dir, part.replace(/[[\]]/g, '_'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, processMarkupCompatibility(xml));
    files.push({ file, part, schema });
  }
  const errors: string[] = [];
  for (const schema of new Set(files.map((entry) => entry.schema))) {
    const result = spawnSync(
      'xmllint',
      [
        '--nonet',
        '--noout',
        '--schema',
        join(XSD, schema),
        ...files.filter((entry) => entry.schema === schema).map((entry) => entry.file),
      ],
      { env: { ...process.env, XML_CATALOG_FILES: join(XSD, 'catalog.xml') }, encoding: 'utf8' },
    );
    errors.push(
      ...result.stderr
        .split('\n')
        .filter(
          (line) =>
            line.trim() !== '' && !/ validates$/.test(line) && !/Skipping import of schema/.test(line),
        )
        .map((line) => line.replace(dir, '')),
    );
  }
  return { checked: files.map((entry) => entry.part), errors };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'barometerbrev-review-xsd-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(skip)('review files against the OOXML schemas (xmllint)', () => {
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
    expect(checked).toEqual(
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
    expect(checked).toEqual(expect.arrayContaining(['word/comments.xml']));
  }, 60_000);
});
