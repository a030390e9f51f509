/**
 * An OOXML schema check of the letter's .docx: every XML part is validated with xmllint against the ISO/IEC 29500
 * transitional schemas (tests/fixtures/ooxml-xsd/, see SOURCE.md there) after markup-compatibility processing, and a
 * broken part is shown to fail, so the check can fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../shared/docx/build-docx';
import { unzipDocx } from '../shared/docx/test-xml';
import { HOSTILE_TEXT, fixtureDataset, fixtureLetter, hostileDataset } from '../shared/letter/test-fixtures';

const XSD = join(import.meta.dirname, 'fixtures', 'ooxml-xsd');
const hasXmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
const skip = !hasXmllint && !process.env.CI;
if (skip) console.warn('Springer skema-testen over: xmllint (libxml2-utils) er ikke installeret.');

/** Which schema checks a part: WordprocessingML, DrawingML theme, document properties, package parts. */
function schemaFor(name: string): string | null {
  if (name === '[Content_Types].xml') return 'opc-xsd/opc-contentTypes.xsd';
  if (name.endsWith('.rels')) return 'opc-xsd/opc-relationships.xsd';
  if (name === 'docProps/core.xml') return 'opc-xsd/opc-coreProperties.xsd';
  if (name === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (name === 'docProps/custom.xml') return 'shared-documentPropertiesCustom.xsd';
  if (/^word\/theme\/[^/]+\.xml$/.test(name)) return 'dml-main.xsd';
  if (/^word\/[^/]+\.xml$/.test(name)) return 'wml-check.xsd';
  return null;
}

/**
 * Markup compatibility (ECMA-376 Part 3) as a consumer that knows none of the ignorable namespaces applies it: the
 * mc:Ignorable attribute goes, and so do the attributes and elements of the namespaces it lists (w14, w15, wp14 …).
 */
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

interface Checked {
  file: string;
  part: string;
  schema: string;
}

/** Validates parts with xmllint (one run per schema, never the network); returns xmllint's complaints per part. */
async function validate(
  dir: string,
  parts: Record<string, string>,
): Promise<{ checked: Checked[]; errors: string[] }> {
  const checked: Checked[] = [];
  for (const [part, xml] of Object.entries(parts)) {
    const schema = schemaFor(part);
    if (!schema) continue;
    const file = join(dir, part.replace(/[[\]]/g, '_'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, processMarkupCompatibility(xml));
    checked.push({ file, part, schema });
  }
  const errors: string[] = [];
  for (const schema of new Set(checked.map((entry) => entry.schema))) {
    const files = checked.filter((entry) => entry.schema === schema).map((entry) => entry.file);
    const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(XSD, schema), ...files], {
      env: { ...process.env, XML_CATALOG_FILES: join(XSD, 'catalog.xml') },
      encoding: 'utf8',
    });
    const lines = result.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && !/ validates$/.test(line))
      // The Dublin Core schemas import each other twice (by URL and by file): libxml2 notes that it skips one.
      .filter((line) => !/Skipping import of schema/.test(line));
    errors.push(...lines.map((line) => line.replace(dir, '')));
  }
  return { checked, errors };
}

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

describe.skipIf(skip)('the .docx against the OOXML schemas (xmllint)', () => {
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
