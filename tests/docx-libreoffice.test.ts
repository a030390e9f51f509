/**
 * The .docx opened by a real word processor: LibreOffice converts the letter to PDF, and the PDF's text and pages are
 * checked. Page images land in tests/.artifacts/ (gitignored) for a human look at the layout.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../shared/docx/build-docx';
import { dataFingerprint } from '../shared/domain/fingerprint';
import { computeAreaStatuses } from '../shared/domain/status';
import { composeLetter } from '../shared/letter/compose';
import { sampleDataset } from '../shared/sample/eksempeldata';
import {
  FIXTURE_HEADER,
  HOSTILE_TEXT,
  LONG_PARAGRAPH,
  fixtureDataset,
  fixtureLetter,
  hostileDataset,
} from '../shared/letter/test-fixtures';

const run = promisify(execFile);
const ARTIFACTS = join(import.meta.dirname, '.artifacts');

function findSoffice(): string | null {
  for (const candidate of [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

const soffice = findSoffice();
// Locally a missing LibreOffice skips with a reason; in CI it must run, so the test fails loudly instead.
const skip = soffice === null && !process.env.CI;
if (skip) console.warn('Springer LibreOffice-testen over: soffice er ikke installeret (i CI skal den køre).');

const workDirs: string[] = [];
afterAll(async () => {
  await Promise.all(workDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** docx → pdf → text, with a private LibreOffice profile so parallel runs don't clash. */
async function convert(docx: Uint8Array, name: string): Promise<{ dir: string; pdf: string; text: string }> {
  if (!soffice) throw new Error('soffice (LibreOffice) mangler, men CI kræver testen');
  const dir = await mkdtemp(join(tmpdir(), 'barometerbrev-lo-'));
  workDirs.push(dir);
  const docxPath = join(dir, `${name}.docx`);
  await writeFile(docxPath, docx);
  const profile = `file://${join(tmpdir(), `lo-profile-${randomUUID()}`)}`;
  workDirs.push(profile.replace('file://', ''));
  await run(
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath],
    {
      timeout: 120_000,
    },
  );
  const pdf = join(dir, `${name}.pdf`);
  expect(existsSync(pdf), `LibreOffice lavede ingen PDF af ${name}.docx`).toBe(true);
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 20 * 1024 * 1024 });
  return { dir, pdf, text: stdout };
}

function referenceLetter(dataset = fixtureDataset()) {
  return fixtureLetter({ dataset, dataFingerprint: 'fp-lo' });
}

/** The reference situation from the sample data, through the real status rules. */
function sampleLetter() {
  const base = sampleDataset();
  const dataset = {
    ...base,
    committees: base.committees.map((c) => (c.id === 'buu' ? { ...c, chairName: 'Bo Asmus Kjeldgaard' } : c)),
  };
  return composeLetter({
    dataset,
    roundId: 'maj-2008',
    recipientCommitteeId: 'buu',
    areaIds: ['uddannelse'],
    areaStatuses: computeAreaStatuses(dataset, 'maj-2008'),
    header: FIXTURE_HEADER,
    dataFingerprint: dataFingerprint(dataset, 'maj-2008', ['uddannelse']),
  });
}

/** The text of one PDF page (pdftotext -f N -l N). */
async function pageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
  return stdout;
}

/** Dark pixels in the top-right corner of page 1 (where the logo sits), from a grey PGM made by pdftoppm. */
async function darkPixelsTopRight(pdf: string, dir: string): Promise<number> {
  await run('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'side1')]);
  const image = await readFile(join(dir, 'side1.pgm'));
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(image.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm lavede ikke et PGM-billede');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  let dark = 0;
  for (let y = 0; y < Math.round(height * 0.09); y++)
    for (let x = Math.round(width / 2); x < width; x++)
      if ((image[offset + y * width + x] ?? 255) < 160) dark++;
  return dark;
}

const LOGO = join(import.meta.dirname, '..', 'assets', 'logo.png');

describe.skipIf(skip)('the letter in LibreOffice', () => {
  it('converts the reference letter to a PDF with the Danish text, the annex and page numbers', async () => {
    const { pdf, text } = await convert(await buildLetterDocx(sampleLetter()), 'brev');
    expect(text).toContain('Beskæftigelses- og Integrationsudvalget');
    expect(text).toContain('Kære Bo Asmus Kjeldgaard');
    expect(text).toMatch(/indsatsområderne\s+beskæftigelse, bolig og kultur og fritid viser fremgang/);
    expect(text).toMatch(/hovedindikatoren er rød på\s+uddannelsesområdet/);
    expect(text).toContain('Sagsnr.: 2007-114951');
    expect(text).toContain('Venlig hilsen');
    expect(text).toContain('Bilag 1');
    expect(text).toContain('Resultater af integrationsbarometrets måling, maj 2008');
    // pdftotext ends every page with a form feed: each page carries its own "Side X af Y" footer.
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => expect(page).toContain(`Side ${index + 1} af ${pages.length}`));
    for (const word of ['Grøn', 'Gul', 'Rød', '(hovedindikator)']) expect(text).toContain(word);
    // "Bilag 1" as a heading starts page 2: the text before the form feed is the letter only.
    const [firstPage = '', secondPage = ''] = pages;
    expect(firstPage).not.toMatch(/^\s*Bilag 1\s*$/m);
    expect(secondPage).toMatch(/^\s*Bilag 1\s*$/m);

    await mkdir(ARTIFACTS, { recursive: true });
    await run('pdftoppm', ['-png', '-r', '60', pdf, join(ARTIFACTS, 'brev')]);
    expect(
      (await readdir(ARTIFACTS)).filter((file) => file.startsWith('brev-') && file.endsWith('.png')).length,
    ).toBe(pages.length);
  }, 150_000);

  it('converts a letter full of hostile text', async () => {
    const letter = referenceLetter(hostileDataset());
    letter.paragraphs.push(
      { id: 'c1', role: 'custom', runs: [{ text: HOSTILE_TEXT }], editedByUser: true },
      { id: 'c2', role: 'custom', runs: [{ text: LONG_PARAGRAPH }], editedByUser: true },
    );
    const { text } = await convert(await buildLetterDocx(letter), 'fjendtlig');
    expect(text).toContain('Kontrol:');
    expect(text).toContain('Bilag 1');
    expect(text).toMatch(/Lang tekst med æøå/);
  }, 150_000);

  it('keeps the signature and the whole contact block on one page, and shows the whole logo', async () => {
    const letter = sampleLetter();
    // A little longer than usual: with the logo this used to push "Telefax / E-mail / www.kk.dk" alone onto page 2.
    letter.paragraphs.push({
      id: 'extra',
      role: 'custom',
      runs: [{ text: 'Udvalget vil gerne drøfte resultaterne på et fælles møde i juni.' }],
      editedByUser: true,
    });
    const logoPng = new Uint8Array(await readFile(LOGO));
    const { dir, pdf, text } = await convert(await buildLetterDocx(letter, { logoPng }), 'kontakt');
    const pageCount = text.split('\f').length - 1;
    const labels = [
      'Venlig hilsen',
      'Rådhuset',
      'Telefon',
      'Direkte telefon',
      'Telefax',
      'E-mail',
      'www.kk.dk',
    ];
    const pagesOf: Record<string, number[]> = {};
    for (let page = 1; page <= pageCount; page++) {
      const onPage = await pageText(pdf, page);
      for (const label of labels)
        if (new RegExp(`(^|\\s)${label.replace('.', '\\.')}(\\s|$)`, 'm').test(onPage))
          (pagesOf[label] ??= []).push(page);
    }
    const firstPageOf = (label: string): number | undefined => pagesOf[label]?.[0];
    for (const label of labels) expect(firstPageOf(label), label).toBeDefined();
    const contactPage = firstPageOf('Telefax');
    for (const label of labels)
      expect(firstPageOf(label), `${label} på side ${contactPage}`).toBe(contactPage);

    // The logo used to be clipped to a thin sliver by the document's fixed line height.
    expect(await darkPixelsTopRight(pdf, dir)).toBeGreaterThan(120);
    await mkdir(ARTIFACTS, { recursive: true });
    await run('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(ARTIFACTS, 'kontakt-side1'),
    ]);
  }, 150_000);

  it('puts the sample-data warning at the top of page 1 and on every page', async () => {
    const letter = { ...sampleLetter(), sampleData: true };
    const { pdf } = await convert(await buildLetterDocx(letter), 'eksempel');
    const first = await pageText(pdf, 1);
    expect(first.trimStart().startsWith('UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES')).toBe(true);
    // And in the page header of every page, the annex included.
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1] ?? '0');
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) {
      expect(await pageText(pdf, page), `side ${page}`).toContain('UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES');
    }
  }, 150_000);
});
