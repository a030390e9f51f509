/**
 * The .docx opened by a real word processor: LibreOffice converts the letters to PDF (all in ONE soffice run with a
 * fresh profile), and the PDFs' pages, text and word positions are checked: the letter and its signature on page 1,
 * "Bilag 1" from page 2, the contact column at the right of page 1, the sample mark once per page. Page images land in
 * tests/.artifacts/ (gitignored) for a human look at the layout.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withIndicatorCount } from '../bench/lib/synthetic-dataset';
import { buildLetterDocx, type BuildDocxOptions } from '../shared/docx/build-docx';
import { estimatePages } from '../shared/docx/page-estimate';
import { dataFingerprint } from '../shared/domain/fingerprint';
import { computeAreaStatuses } from '../shared/domain/status';
import { STATUS_WORD } from '../shared/domain/wording';
import type { BarometerDataset } from '../shared/domain/types';
import { composeLetter } from '../shared/letter/compose';
import { SAMPLE_DATA_MARK } from '../shared/letter/sample-mark';
import {
  FIXTURE_HEADER,
  HOSTILE_TEXT,
  LONG_PARAGRAPH,
  fixtureDataset,
  fixtureLetter,
  hostileDataset,
} from '../shared/letter/test-fixtures';
import type { ComposedLetter } from '../shared/letter/types';
import { needsAttention } from '../shared/letter/variant';
import { sampleDataset } from '../shared/sample/eksempeldata';

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

/** The sample data with the reference letter's recipient named (BUU's chair). */
function referenceDataset(base: BarometerDataset = sampleDataset()): BarometerDataset {
  return {
    ...base,
    committees: base.committees.map((c) => (c.id === 'buu' ? { ...c, chairName: 'Bo Asmus Kjeldgaard' } : c)),
  };
}

/** A letter as the app drafts it: the real status rules over the whole dataset, the given committee and areas. */
function letterFor(dataset: BarometerDataset, committeeId: string, areaIds: string[]): ComposedLetter {
  return composeLetter({
    dataset,
    roundId: 'maj-2008',
    recipientCommitteeId: committeeId,
    areaIds,
    areaStatuses: computeAreaStatuses(dataset, 'maj-2008'),
    header: FIXTURE_HEADER,
    dataFingerprint: dataFingerprint(dataset, 'maj-2008', areaIds),
  });
}

/** Every committee a batch writes to: those (but the sender) with a red or yellow area, with all their areas. */
function batchLetters(): [string, ComposedLetter][] {
  const dataset = referenceDataset();
  const statusOf = new Map(computeAreaStatuses(dataset, 'maj-2008').map((s) => [s.areaId, s.status]));
  return dataset.committees
    .filter((committee) => committee.id !== dataset.sender.committeeId)
    .filter((committee) => committee.areaIds.some((id) => needsAttention(statusOf.get(id) ?? 'none')))
    .map((committee) => [`batch-${committee.id}`, letterFor(dataset, committee.id, [...committee.areaIds])]);
}

// A sender's wide logo (600×120 px), as a municipality would upload it in Indstillinger › Brevhoved.
const LOGO = join(import.meta.dirname, 'fixtures', 'letterhead', 'wide-logo.png');

/** Every letter the tests look at, converted together. */
async function theLetters(): Promise<Record<string, { letter: ComposedLetter; options?: BuildDocxOptions }>> {
  const reference = { ...letterFor(referenceDataset(), 'buu', ['uddannelse']), sampleData: true };
  const hostile = fixtureLetter({ dataset: hostileDataset(), dataFingerprint: 'fp-lo' });
  hostile.paragraphs.push(
    { id: 'c1', role: 'custom', runs: [{ text: HOSTILE_TEXT }], editedByUser: true },
    { id: 'c2', role: 'custom', runs: [{ text: LONG_PARAGRAPH }], editedByUser: true },
  );
  const long = letterFor(referenceDataset(), 'buu', ['uddannelse']);
  const thousandWords = Array.from({ length: 1000 }, (_unused, index) => `ord${index + 1}`).join(' ');
  long.paragraphs.splice(2, 0, {
    id: 'long',
    role: 'custom',
    runs: [{ text: thousandWords }],
    editedByUser: true,
  });
  const noContact = fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp-lo' });
  noContact.sender = {
    ...noContact.sender,
    addressLines: [],
    phone: '',
    directPhone: '',
    fax: '',
    email: '',
    websites: [],
  };
  const manyIndicators = letterFor(
    referenceDataset(withIndicatorCount(sampleDataset(), 300)),
    'buu',
    sampleDataset().areas.map((area) => area.id),
  );
  const letters: Record<string, { letter: ComposedLetter; options?: BuildDocxOptions }> = {
    reference: { letter: reference },
    logo: { letter: reference, options: { logoPng: new Uint8Array(await readFile(LOGO)) } },
    hostile: { letter: hostile },
    long: { letter: long },
    'no-contact': { letter: noContact },
    'many-indicators': { letter: manyIndicators },
  };
  for (const [name, letter] of batchLetters()) letters[name] = { letter };
  return letters;
}

interface Converted {
  letter: ComposedLetter;
  pdf: string;
  pages: string[];
  /** Words of page 1 with their left/right edge as a fraction of the page width. */
  firstPageWords: { word: string; xMin: number; xMax: number }[];
}

const converted = new Map<string, Converted>();
const workDirs: string[] = [];

beforeAll(async () => {
  if (skip) return;
  if (!soffice) throw new Error('soffice (LibreOffice) mangler, men CI kræver testen');
  const dir = await mkdtemp(join(tmpdir(), 'barometerbrev-lo-'));
  const profile = join(tmpdir(), `lo-profile-${randomUUID()}`);
  workDirs.push(dir, profile);
  const letters = await theLetters();
  const files: string[] = [];
  for (const [name, { letter, options }] of Object.entries(letters)) {
    const path = join(dir, `${name}.docx`);
    await writeFile(path, await buildLetterDocx(letter, options));
    files.push(path);
  }
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { timeout: 150_000 },
  );
  for (const [name, { letter }] of Object.entries(letters)) {
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice lavede ingen PDF af ${name}.docx`);
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 20 * 1024 * 1024 });
    // pdftotext ends every page with a form feed.
    const pages = stdout.split('\f').slice(0, -1);
    const bbox = (await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'])).stdout;
    const width = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1] ?? '1');
    const firstPageWords = [
      ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
    ].map((match) => ({
      word: match[3] ?? '',
      xMin: Number(match[1]) / width,
      xMax: Number(match[2]) / width,
    }));
    converted.set(name, { letter, pdf, pages, firstPageWords });
  }
  await mkdir(ARTIFACTS, { recursive: true });
  for (const name of ['reference', 'long', 'logo', 'many-indicators'])
    await run('pdftoppm', ['-png', '-r', '60', join(dir, `${name}.pdf`), join(ARTIFACTS, `lo-${name}`)]);
}, 180_000);

afterAll(async () => {
  await Promise.all(workDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function get(name: string): Converted {
  const result = converted.get(name);
  if (!result) throw new Error(`${name} blev ikke konverteret`);
  return result;
}

/** The page (1-based) whose text contains `needle` first, 0 if none. */
function pageOf(pages: string[], needle: RegExp): number {
  return pages.findIndex((page) => needle.test(page)) + 1;
}

/** First non-empty line of a page, the sample mark (page header) left out. */
function firstLine(page: string): string {
  return (
    page
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '' && line !== SAMPLE_DATA_MARK) ?? ''
  );
}

/** The letter and its whole signature on page 1, "Bilag 1" heading page 2, every page numbered "Side X af Y". */
function expectSignedOnPageOne(name: string): void {
  const { letter, pages } = get(name);
  const [first = '', second = ''] = pages;
  expect(pages.length, `${name}: sider`).toBeGreaterThanOrEqual(2);
  for (const text of [
    letter.salutation,
    letter.greeting,
    letter.sender.signatoryName,
    letter.sender.signatoryTitle,
  ])
    expect(first, `${name}: "${text}" på side 1`).toContain(text);
  expect(first, `${name}: side 1 er kun brevet`).not.toMatch(/^\s*Bilag 1\s*$/m);
  expect(firstLine(second), `${name}: side 2 begynder med Bilag 1`).toBe('Bilag 1');
  pages.forEach((page, index) => expect(page).toContain(`Side ${index + 1} af ${pages.length}`));
}

describe.skipIf(skip)('the letter in LibreOffice', () => {
  it('fits the reference letter (sample data, BUU, Uddannelse) and its signature on page 1, Bilag 1 from page 2', () => {
    expectSignedOnPageOne('reference');
    const { pages } = get('reference');
    const text = pages.join('\n');
    expect(text).toContain('Beskæftigelses- og Integrationsudvalget');
    expect(text).toContain('Kære Bo Asmus Kjeldgaard');
    expect(text).toMatch(/hovedindikatoren er rød på\s+uddannelsesområdet/);
    expect(text).toContain('Sagsnr.: 2007-114951');
    expect(text).toContain('Resultater af integrationsbarometrets måling, maj 2008');
    for (const word of ['Grøn', 'Gul', 'Rød', '(hovedindikator)']) expect(text).toContain(word);
  });

  it('fits every batch letter (each committee with a red or yellow area) and its signature on page 1', () => {
    const names = [...converted.keys()].filter((name) => name.startsWith('batch-'));
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expectSignedOnPageOne(name);
  });

  it('writes the expected page count into the page fields and app.xml (the estimate matches LibreOffice)', () => {
    // Every letter: reference, batch, logo, long, hostile, no contact, 300 indicators.
    const names = [...converted.keys()];
    expect(names.length).toBeGreaterThanOrEqual(9);
    for (const name of names) {
      const { letter, pages } = get(name);
      expect(estimatePages(letter).total, name).toBe(pages.length);
    }
  });

  it('sets the contact block in a narrow column at the right of page 1, beside the text', () => {
    const { firstPageWords } = get('reference');
    const at = (word: string) => firstPageWords.find((entry) => entry.word === word);
    for (const label of ['Telefon', 'Telefax', 'E-mail', 'Rådhuset', 'www.kk.dk']) {
      const found = at(label);
      expect(found, label).toBeDefined();
      expect(found?.xMin ?? 0, `${label} står i højre kolonne`).toBeGreaterThan(0.7);
    }
    // The letter's text stays left of the column.
    const body = firstPageWords.filter((entry) => entry.xMin < 0.6);
    expect(Math.max(...body.map((entry) => entry.xMax))).toBeLessThan(0.7);
    // Only on page 1.
    expect(get('reference').pages[1]).not.toContain('Telefax');
  });

  it('uses the full width for the text when the sender has no contact details', () => {
    expectSignedOnPageOne('no-contact');
    const { firstPageWords, pages } = get('no-contact');
    expect(pages[0]).not.toMatch(/Telefax|Direkte telefon/);
    expect(Math.max(...firstPageWords.map((entry) => entry.xMax))).toBeGreaterThan(0.8);
  });

  it('marks a letter on sample data once at the top of every page', () => {
    const { pages } = get('reference');
    expect(firstLine(pages[0]?.replace(SAMPLE_DATA_MARK, '§') ?? '')).toBe('§');
    pages.forEach((page, index) =>
      expect(page.split(SAMPLE_DATA_MARK).length - 1, `side ${index + 1}`).toBe(1),
    );
    expect(get('batch-buu').pages.join('')).not.toContain('EKSEMPELDATA');
  });

  it('shows the logo at the top of the contact column and still fits page 1', () => {
    expectSignedOnPageOne('logo');
  });

  it('keeps the signature with the last paragraph when a long letter runs onto a second page', () => {
    const { letter, pages } = get('long');
    const signaturePage = pageOf(pages, new RegExp(letter.greeting));
    expect(signaturePage).toBeGreaterThan(1);
    expect(pages[signaturePage - 1]).toContain(letter.sender.signatoryName);
    expect(pages[signaturePage - 1]).toMatch(/integrationsindsatsen/); // the last paragraph's end
    expect(firstLine(pages[signaturePage] ?? '')).toBe('Bilag 1');
  });

  it('repeats the header row of a table that runs over a page and leaves no lone note on the last page', () => {
    const { pages } = get('many-indicators');
    expect(pages.length).toBeGreaterThan(4);
    const annexPages = pages.slice(pageOf(pages, /^\s*Bilag 1\s*$/m) - 1);
    for (const page of annexPages.slice(1)) {
      // A page that continues a table starts with its header row (Indikator … Status).
      const first = firstLine(page);
      expect(first.startsWith('Indikator') || /– (Grøn|Gul|Rød|Ingen måling)$/.test(first), first).toBe(true);
    }
    const last = annexPages.at(-1) ?? '';
    expect(last).toMatch(/Status efter reglen/);
    expect(last).toMatch(/(Grøn|Gul|Rød|Ingen måling)\s*$/m); // at least one table row came along
  });

  it('gives the PDF bookmarks from the headings: Bilag 1 with each area under it', async () => {
    const { letter, pdf } = get('reference');
    const { stdout } = await run('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf], {
      maxBuffer: 20 * 1024 * 1024,
    });
    const outline = stdout.slice(stdout.indexOf('<outline>'));
    const items = [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map(([, page, title]) => ({
      page: Number(page),
      title: (title ?? '').replace(/&amp;/g, '&'),
    }));
    expect(items[0]).toEqual({ page: 2, title: 'Bilag 1' });
    expect(items.slice(1).map((item) => item.title)).toEqual(
      letter.annex.areas.map((area) => `${area.areaName} – ${STATUS_WORD[area.status]}`),
    );
    // The areas are nested under "Bilag 1" (a second <outline> level).
    expect(outline.indexOf('<outline>', 1)).toBeGreaterThan(outline.indexOf('Bilag 1'));
  });

  it('converts a letter full of hostile text', () => {
    const text = get('hostile').pages.join('\n');
    expect(text).toContain('Kontrol:');
    expect(text).toContain('Bilag 1');
    expect(text).toMatch(/Lang tekst med æøå/);
  });
});
