import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import type { BarometerDataset } from '../../shared/domain/types';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../shared/import/backup-schema';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { openApp, startServer, type AppSession } from './harness';

/*
 * The A4 preview breaks pages where LibreOffice breaks the exported .docx: four letters (the reference letter, a
 * letter with a 1,000-word paragraph, one with 6 areas, one whose annex has 300 indicators) are drafted in the app,
 * their preview pages counted, exported through «Eksportér som Word (.docx)», converted in one LibreOffice run and
 * their PDF pages counted.
 */

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });
const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path));
const skip = SOFFICE === undefined && !process.env.CI;
if (skip) console.warn('Springer sideoptællingen over: soffice er ikke installeret (i CI skal den køre).');

/** The sample data with 300 indicators: the education area gets enough extra indicators to reach 300 in all. */
function datasetWith300Indicators(): BarometerDataset {
  const dataset = sampleDataset();
  const extra = 300 - dataset.indicators.length;
  for (let index = 0; index < extra; index++) {
    const id = `ekstra-${index + 1}`;
    dataset.indicators.push({
      id,
      areaId: 'uddannelse',
      name: `Ekstra indikator nr. ${index + 1} for unge tosprogede i uddannelse`,
      unit: '%',
      direction: 'up',
      isMain: false,
      precision: 0,
      baseline: { period: '2006', value: 40 + (index % 20) },
      target: { period: '2010', value: 70 },
      sortOrder: 100 + index,
    });
    for (const round of dataset.rounds)
      dataset.measurements.push({
        id: `${id}@${round.id}`,
        indicatorId: id,
        roundId: round.id,
        value: 40 + ((index * 7 + round.id.length) % 30),
      });
  }
  return dataset;
}

const WORDS =
  'integrationsbarometret viser at udvalgets indsats for unge tosprogede gør en forskel i hverdagen'.split(
    ' ',
  );
const THOUSAND_WORDS = Array.from(
  { length: 1000 },
  (_unused, index) => `${WORDS[index % WORDS.length]}${index + 1}`,
).join(' ');

/** The numbers of the long paragraph's numbered words ("viser17") in a text, in order. */
const numberedWords = (text: string): number[] =>
  [...text.matchAll(/[a-zæøå]+(\d+)\b/g)].map((match) => Number(match[1]));

/** The preview's page count once the fonts are in and the pages have settled (two equal readings a frame apart). */
async function previewPages(page: Page): Promise<{ total: number; letter: number }> {
  await page.locator('.lp-page').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  let last = '';
  for (let attempt = 0; attempt < 50; attempt++) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    const now = await page.evaluate(() =>
      JSON.stringify([
        document.querySelectorAll('.lp-page').length,
        document.querySelectorAll('.lp-page[data-section="letter"]').length,
      ]),
    );
    if (now === last) break;
    last = now;
  }
  const [total, letter] = JSON.parse(last) as [number, number];
  return { total, letter };
}

async function exportDocx(page: Page, path: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click(),
  ]);
  await download.saveAs(path);
}

async function newLetter(page: Page, serverUrl: string, committee: RegExp, allAreas = false): Promise<void> {
  await page.goto(`${serverUrl}#/breve/ny`);
  await page.getByRole('radio', { name: committee }).check();
  if (allAreas) {
    const boxes = page.locator('.area-choices input[type="checkbox"]');
    for (let index = 0; index < (await boxes.count()); index++) await boxes.nth(index).check();
  }
  await page.getByRole('button', { name: /^Opret (udkast|et nyt brev alligevel)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Brev til / }).waitFor();
}

describe.skipIf(skip)('the A4 preview paginates like the .docx in LibreOffice', () => {
  let server: StaticServer;
  let app: AppSession;
  const dir = mkdtempSync(join(tmpdir(), 'barometerbrev-pages-'));
  const previews = new Map<string, { total: number; letter: number }>();
  /** Per preview page of the long letter: the numbers of the numbered words on it. */
  let longPageWords: number[][] = [];

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1500, height: 950 } });
    app.page.on('dialog', (dialog) => void dialog.accept());
    await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).waitFor({ state: 'detached' });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the reference letter (sample data, BUU, Uddannelse): letter and signature on page 1, Bilag 1 from page 2', async () => {
    const { page } = app;
    await newLetter(page, server.url, /Børne- og Ungdomsudvalget/);
    const pages = await previewPages(page);
    expect(pages.letter).toBe(1);
    const first = page.locator('.lp-page').first();
    expect(await first.innerText()).toContain('Venlig hilsen');
    expect(await first.innerText()).toContain('Side 1 af');
    expect(await page.locator('.lp-page[data-section="annex"]').first().innerText()).toMatch(
      /^[\s\S]*Bilag 1/,
    );
    // The preview uses the Liberation Sans shipped with the app (served from its own origin), not a system font.
    const shipped = await page.evaluate(() =>
      [...document.fonts]
        .filter((font) => font.family.replace(/["']/g, '') === 'Liberation Sans' && font.status === 'loaded')
        .map((font) => `${font.weight} ${font.style}`)
        .sort(),
    );
    expect(shipped).toEqual(expect.arrayContaining(['400 normal', '700 normal']));
    await page.locator('.preview-column').screenshot({ path: `${ARTIFACTS}preview-reference.png` });
    previews.set('reference', pages);
    await exportDocx(page, join(dir, 'reference.docx'));
  });

  it('a letter with a 1,000-word paragraph continues on page 2, and the preview shows every page', async () => {
    const { page } = app;
    await newLetter(page, server.url, /Børne- og Ungdomsudvalget/);
    const context = page.locator('[id^="paragraph-"][contenteditable="true"]').first();
    await context.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(` ${THOUSAND_WORDS}`);
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
    const pages = await previewPages(page);
    expect(pages.letter).toBeGreaterThanOrEqual(2);
    // "Side X af Y" on every page, numbered through.
    const footers = await page.locator('.lp-footer').allInnerTexts();
    expect(footers).toEqual(footers.map((_text, index) => `Side ${index + 1} af ${footers.length}`));
    // The paragraph is split between pages, not repeated: each numbered word is on exactly one page, in order.
    const shownText = await page.locator('.lp-pages').innerText();
    expect(numberedWords(shownText)).toEqual(Array.from({ length: 1000 }, (_unused, index) => index + 1));
    previews.set('long', pages);
    longPageWords = (await page.locator('.lp-page').allInnerTexts()).map(numberedWords);
    await exportDocx(page, join(dir, 'long.docx'));
  });

  it('a letter with 6 areas (Økonomiudvalget, every area chosen)', async () => {
    const { page } = app;
    await newLetter(page, server.url, /Økonomiudvalget/, true);
    previews.set('six-areas', await previewPages(page));
    await exportDocx(page, join(dir, 'six-areas.docx'));
  });

  it('a letter whose annex has 300 indicators (restored from a backup)', async () => {
    const { page } = app;
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      data: { ...datasetWith300Indicators(), letters: [], templates: [], settings: {} },
    };
    await page.goto(`${server.url}#/data`);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Gendan fra sikkerhedskopi …' }).click(),
    ]);
    await chooser.setFiles({
      name: 'stor.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await page.getByRole('button', { name: 'Gendan og erstat alle data' }).click();
    await page.getByRole('button', { name: 'Gendan og erstat alle data' }).waitFor({ state: 'detached' });
    await newLetter(page, server.url, /Børne- og Ungdomsudvalget/);
    const pages = await previewPages(page);
    expect(pages.total).toBeGreaterThan(5);
    // The annex table's header row is repeated on every page it continues on.
    const annexPages = page.locator('.lp-page[data-section="annex"]');
    for (let index = 0; index < (await annexPages.count()); index++)
      expect(await annexPages.nth(index).locator('thead').count()).toBeGreaterThan(0);
    previews.set('300-indicators', pages);
    await exportDocx(page, join(dir, '300-indicators.docx'));
  });

  it('gives each letter as many preview pages as LibreOffice gives its .docx', () => {
    const names = [...previews.keys()];
    expect(names).toEqual(['reference', 'long', 'six-areas', '300-indicators']);
    // One LibreOffice run for all four, with a fresh profile.
    execFileSync(
      SOFFICE ?? 'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...names.map((name) => join(dir, `${name}.docx`)),
      ],
      { stdio: 'ignore', timeout: 110_000 },
    );
    const pdfPages = (name: string): number => {
      const pdf = join(dir, `${name}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    };
    const pageText = (name: string, page: number): string =>
      execFileSync('pdftotext', ['-f', String(page), '-l', String(page), join(dir, `${name}.pdf`), '-'], {
        encoding: 'utf8',
      });
    const counts = names.map((name) => ({
      name,
      preview: previews.get(name)?.total,
      libreoffice: pdfPages(name),
    }));
    writeFileSync(`${ARTIFACTS}preview-pages.json`, JSON.stringify(counts, null, 2));
    expect(counts).toEqual(counts.map((count) => ({ ...count, preview: count.libreoffice })));
    // The long paragraph breaks at the same words: each page holds the same numbered words in both.
    expect(longPageWords.map((_words, index) => numberedWords(pageText('long', index + 1)))).toEqual(
      longPageWords,
    );
    // And the break itself agrees: the first annex page is where the preview put it.
    for (const name of names) {
      const letterPages = previews.get(name)?.letter ?? 0;
      expect(pageText(name, letterPages + 1), name).toContain('Bilag 1');
      expect(pageText(name, letterPages), name).toContain('Venlig hilsen');
    }
    expect(readFileSync(join(dir, 'reference.pdf')).length).toBeGreaterThan(0);
  });
});
