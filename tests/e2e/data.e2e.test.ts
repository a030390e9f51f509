import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../shared/import/windows-1252';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/** The data side as a user meets it: import, overview, editing, backup/restore, sample data. */

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';

// One main indicator per area; 2007 and 2008 against basis 2006 → green, red, green, yellow, green, red.
const AREAS: [area: string, id: string, name: string, base: string, v2007: string, v2008: string][] = [
  [
    'Beskæftigelse',
    'besk-1',
    'Beskæftigelsesfrekvens for indvandrere og efterkommere',
    '45,0',
    '46,0',
    '47,5',
  ],
  ['Uddannelse', 'udd-1', 'Andel tosprogede unge med en ungdomsuddannelse', '60,0', '59,0', '58,0'],
  ['Bolig', 'bol-1', 'Andel boligområder med blandet beboersammensætning', '30,0', '31,0', '33,0'],
  ['Tryghed', 'try-1', 'Andel der føler sig trygge i deres nærområde', '70,0', '70,0', '70,0'],
  ['Kultur og fritid', 'kul-1', 'Andel der deltager i foreningslivet', '25,0', '26,0', '28,5'],
  ['Sundhed og omsorg', 'sun-1', 'Andel der vurderer eget helbred som godt', '65,0', '64,0', '63,0'],
];

function csvRows(): string[] {
  const rows: string[] = [];
  for (const [area, id, name, base, v2007, v2008] of AREAS) {
    const target = `${Number(base.replace(',', '.')) + 10},0`;
    for (const [round, value] of [
      ['2007', v2007],
      ['2008', v2008],
    ] as const) {
      rows.push([area, id, name, 'ja', '%', 'op', round, value, '2006', base, '2010', target].join(';'));
    }
  }
  return rows;
}

/** Danish Excel's "CSV (semikolonsepareret)": ";" separator, decimal comma, Windows-1252, CRLF. */
function writeCsv(dir: string, fileName: string, rows: string[]): string {
  const path = join(dir, fileName);
  writeFileSync(path, encodeWindows1252([HEADER, ...rows].join('\r\n') + '\r\n'));
  return path;
}

async function statusOnCard(page: Page, areaName: string): Promise<string> {
  const card = page.locator('.area-card', { has: page.locator('.area-card-name', { hasText: areaName }) });
  return (await card.locator('.status-badge').innerText()).replace(/[▲■▼○]/g, '').trim();
}

async function gotoScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

/** Value labels and y-axis tick labels of the area charts whose boxes overlap (texts of both). */
async function chartLabelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlaps: string[] = [];
    for (const svg of document.querySelectorAll('svg.series-chart')) {
      const texts = [...svg.querySelectorAll('text')];
      const ticks = texts.filter((t) => t.getAttribute('text-anchor') === 'end');
      const values = texts.filter((t) => t.previousElementSibling?.tagName === 'circle');
      for (const value of values) {
        const a = value.getBoundingClientRect();
        for (const tick of ticks) {
          const b = tick.getBoundingClientRect();
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          if (!apart) overlaps.push(`${value.textContent} / ${tick.textContent}`);
        }
      }
    }
    return overlaps;
  });
}

/** An own area the sample does not have, with a round the sample does not have. */
const OWN_ROWS = ['Sprog;sprog-1;Andel der taler dansk i hverdagen;ja;%;op;2009;41,0;2006;35,0;2010;50,0'];

describe('data screens in browser mode', () => {
  let server: StaticServer;
  let app: AppSession;
  let files: string;

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { hash: '#/data' });
    files = mkdtempSync(join(tmpdir(), 'barometerbrev-data-e2e-'));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('imports a Danish-Excel CSV through a preview and shows the statuses on the overview', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await page
      .getByLabel('Vælg fil til import')
      .setInputFiles(writeCsv(files, 'barometer-2008.csv', csvRows()));
    await page.getByRole('heading', { name: 'Forhåndsvisning' }).waitFor();
    const counts = await page.getByRole('list', { name: 'Optælling' }).innerText();
    expect(counts).toContain('Nye indikatorer: 6');
    expect(counts).toContain('Nye værdier: 12');
    // Only what the import does: no "0" chips, and "unchanged" says what it means.
    expect(counts).not.toMatch(/: 0\b/);
    // No «præcision» column: statuses are computed on whole numbers, and the preview says so.
    expect(await page.locator('.problem-warning').allInnerTexts()).toEqual([
      expect.stringContaining('Værdierne har decimaler; status beregnes på hele tal.'),
    ]);
    await page.screenshot({ path: 'tests/.artifacts/data-import-preview.png', fullPage: true });
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    // Named per kind, with Danish singular and plural (not "26 poster er gemt").
    await page
      .getByText('«barometer-2008.csv» er importeret: 6 områder, 6 indikatorer, 2 målinger og 12 værdier.')
      .waitFor();

    await gotoScreen(page, 'Oversigt');
    await page.locator('.area-card').first().waitFor();
    expect(await page.locator('.area-card').count()).toBe(6);
    expect(await statusOnCard(page, 'Beskæftigelse')).toBe('Grøn');
    expect(await statusOnCard(page, 'Uddannelse')).toBe('Rød');
    expect(await statusOnCard(page, 'Tryghed')).toBe('Gul');
    const card = await page.locator('.area-card', { hasText: 'Beskæftigelse' }).innerText();
    // 47,5 at whole-number precision (domain.md: "whole numbers by default").
    expect(card).toContain('48 % · mål 55 % (2010)');
    expect(card).toContain('▲ +3 point siden basis 2006');
  });

  it('says "Ingen ændringer" when the same file is imported again', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    await page.getByLabel('Vælg fil til import').setInputFiles(join(files, 'barometer-2008.csv'));
    await page.getByText('Ingen ændringer at importere').waitFor();
    expect(await page.getByRole('list', { name: 'Optælling' }).innerText()).toMatch(
      /^Uændrede \(findes allerede med samme værdi\): \d+$/,
    );
    // Nothing to import: no active "Importér", only "Luk".
    expect(await page.getByRole('button', { name: /^Importér/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Luk' }).click();
  });

  it('refuses a file that would give a stored area a second main indicator', async () => {
    const { page } = app;
    const file = writeCsv(files, 'ny-hovedindikator.csv', [
      'Uddannelse;udd-2;Karaktergennemsnit ved 9. klasses afgangsprøve;ja;gns.;op;2008;7;2006;6;2010;8',
    ]);
    await page.getByLabel('Vælg fil til import').setInputFiles(file);
    await page.getByRole('heading', { name: /Fejl i filen/ }).waitFor();
    const errors = (await page.locator('.problem-error').allInnerTexts()).join('\n');
    expect(errors).toContain('række 2, kolonne «hovedindikator» (D)');
    expect(errors).toContain('tag «udd-1» med i filen med «nej» i kolonnen «hovedindikator»');
    expect(await page.getByRole('button', { name: /^Importér/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Luk' }).click();
  });

  it('rejects a broken file naming row and column, and stores nothing', async () => {
    const { page } = app;
    const rows = csvRows();
    // Excel row 5 (header = row 1) is Uddannelse 2008.
    rows[3] = (rows[3] ?? '').replace(';58,0;', ';x7;');
    const broken = writeCsv(files, 'fejl.csv', rows);
    await page.getByLabel('Vælg fil til import').setInputFiles(broken);
    await page.getByRole('heading', { name: /Fejl i filen/ }).waitFor();
    const errors = await page.locator('.problem-error').allInnerTexts();
    expect(errors.join('\n')).toMatch(/række 5, kolonne «værdi» \(H\): «x7»/);
    // Only the problems and why nothing can be imported: no counts, no import button.
    expect(await page.getByRole('button', { name: /^Importér/ }).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Optælling' }).count()).toBe(0);
    expect(await page.getByText('Intet kan importeres, før fejlen er rettet').isVisible()).toBe(true);
    // Announced to a screen reader, not only drawn.
    expect(await page.getByRole('alert').filter({ hasText: 'Intet kan importeres' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Luk' }).click();
    await gotoScreen(page, 'Oversigt');
    expect(await statusOnCard(page, 'Tryghed')).toBe('Gul');
  });

  it('edits a measurement on the Data screen and the area status follows', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    const cell = page.getByRole('textbox', { name: 'Andel der føler sig trygge i deres nærområde, 2008' });
    await cell.fill('abc');
    await cell.press('Enter');
    // The error has its own full-width line under the grid, naming the cell — not squeezed into the cell.
    const gridError = page.getByRole('alert', { name: 'Fejl i målingerne' });
    await gridError.waitFor();
    expect(await gridError.innerText()).toContain(
      'Andel der føler sig trygge i deres nærområde, 2008: «abc» er ikke et tal',
    );
    expect(await page.locator('.measurement-grid td').filter({ hasText: 'ikke et tal' }).count()).toBe(0);
    expect(await cell.getAttribute('aria-describedby')).toBe(
      await gridError.locator('li').getAttribute('id'),
    );
    await page.screenshot({ path: 'tests/.artifacts/data-grid-error.png', fullPage: true });
    await cell.fill('72,5');
    await cell.press('Tab');
    await gridError.waitFor({ state: 'detached' });
    await gotoScreen(page, 'Oversigt');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.area-card')].some(
        (card) => card.textContent?.includes('Tryghed') && card.textContent.includes('Grøn'),
      ),
    );
    expect(await statusOnCard(page, 'Tryghed')).toBe('Grøn');

    // Typing a value and clicking away at once: leaving the cell saved it, so nothing is "unsaved" to ask about.
    await gotoScreen(page, 'Data');
    await cell.fill('73');
    await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor({ timeout: 5_000 });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await gotoScreen(page, 'Data');
    expect(await cell.inputValue()).toBe('73');
  });

  it('saves an edited indicator before another is chosen in the picker, so no edit is dropped', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    const picker = page.getByLabel('Indikator', { exact: true });
    const first = await picker.inputValue();
    const unit = page.getByLabel('Enhed', { exact: true });
    await unit.fill('pct.');
    const other = await picker.locator('option').nth(1).getAttribute('value');
    await picker.selectOption(other ?? '');
    await page.waitForFunction((id) => {
      const select = [...document.querySelectorAll('select')].find((s) => s.value === id);
      return select !== undefined;
    }, other);
    await picker.selectOption(first);
    await page.waitForFunction(
      () => [...document.querySelectorAll('input')].some((input) => input.value === 'pct.'),
      undefined,
      { timeout: 5_000 },
    );
    expect(await page.getByLabel('Enhed', { exact: true }).inputValue()).toBe('pct.');
  });

  it('asks before leaving the sender form with unsaved edits, and "Gem og fortsæt" saves it', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    const signatory = page.getByLabel('Underskriver', { exact: true });
    await signatory.fill('Anna Andersen');
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt.' });
    await dialog.getByRole('button', { name: 'Bliv her' }).click();
    expect(await signatory.inputValue()).toBe('Anna Andersen');
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await dialog.getByRole('button', { name: 'Gem og fortsæt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    await gotoScreen(page, 'Data');
    expect(await page.getByLabel('Underskriver', { exact: true }).inputValue()).toBe('Anna Andersen');
  });

  it('exports a backup, and restoring it brings the original data back', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksportér sikkerhedskopi (JSON)' }).click(),
    ]);
    const backupPath = join(files, download.suggestedFilename());
    await download.saveAs(backupPath);
    expect(JSON.parse(readFileSync(backupPath, 'utf8')).format).toBe('barometerbrev-backup');

    const cell = page.getByRole('textbox', { name: 'Andel der føler sig trygge i deres nærområde, 2008' });
    await cell.fill('60');
    await cell.press('Tab');
    await gotoScreen(page, 'Oversigt');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.area-card')].some(
        (card) => card.textContent?.includes('Tryghed') && card.textContent.includes('Rød'),
      ),
    );

    await gotoScreen(page, 'Data');
    await page.getByLabel('Vælg sikkerhedskopi').setInputFiles(backupPath);
    await page.getByText('Gendannelsen erstatter alle nuværende data').waitFor();
    // No own texts saved: the preview says the standard texts are used, not "0 skabeloner".
    await page.getByText('standardtekster bruges').waitFor();
    expect(await page.getByText('0 skabeloner').count()).toBe(0);
    await page.getByRole('button', { name: 'Gendan og erstat alle data' }).click();
    await page.getByText('Data er gendannet').waitFor();
    await gotoScreen(page, 'Oversigt');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.area-card')].some(
        (card) => card.textContent?.includes('Tryghed') && card.textContent.includes('Grøn'),
      ),
    );
    expect(await statusOnCard(page, 'Tryghed')).toBe('Grøn');
  });

  it('clears the data, then loads the sample data from the first-run offer', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    await page.getByRole('button', { name: 'Ryd alle data' }).click();
    expect(await page.getByText('Ryd alle data?').innerText()).toContain('breve fjernes aldrig');
    await page.getByRole('button', { name: 'Ja, ryd alle data' }).click();
    await page.getByRole('button', { name: 'Fortryd' }).waitFor();
    // Still offered after leaving the Data screen and coming back (within the minute).
    await gotoScreen(page, 'Breve');
    await gotoScreen(page, 'Data');
    await page.getByRole('button', { name: 'Fortryd' }).waitFor();
    await gotoScreen(page, 'Oversigt');
    await page.getByText('Eksempeldata', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await page.locator('.area-card').first().waitFor();
    expect(await page.locator('.area-card').count()).toBe(6);
    expect(await page.locator('.sample-tag').innerText()).toBe('Eksempeldata');
    // The reference letter: beskæftigelse, bolig, kultur og fritid green; the other three not green.
    for (const area of ['Beskæftigelse', 'Bolig', 'Kultur og fritid'])
      expect(await statusOnCard(page, area)).toBe('Grøn');
    for (const area of ['Uddannelse', 'Tryghed', 'Sundhed og omsorg']) {
      expect(['Gul', 'Rød']).toContain(await statusOnCard(page, area));
    }
    const chart = page.locator('.area-card svg[role="img"]').first();
    expect(await chart.getAttribute('aria-label')).toMatch(/^Udvikling i .+Mål/);
    await page.screenshot({ path: 'tests/.artifacts/data-overview-sample.png', fullPage: true });
  });

  it('lets a keyboard user reach the area cards and the import controls with Tab', async () => {
    const { page } = app;
    const reachedCard = async (): Promise<boolean> => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const isCard = await page.evaluate(
          () => document.activeElement?.classList.contains('area-card-link') ?? false,
        );
        if (isCard) return true;
      }
      return false;
    };
    await page.locator('main h1').focus();
    expect(await reachedCard()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beskæftigelse' }).waitFor();
    await page.screenshot({ path: 'tests/.artifacts/data-area-detail.png', fullPage: true });
    // The annex's precision: the unemployment target 6 at one decimal is "6,0 %", not "6 %".
    const unemployment = page.locator('section.area-indicator', { hasText: 'Ledighedsprocent' });
    expect(await unemployment.locator('table').innerText()).toContain('6,0 %');
    // No value label sits on the y-axis tick labels.
    expect(await chartLabelOverlaps(page)).toEqual([]);

    await gotoScreen(page, 'Data');
    await page.locator('main h1').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toContain('Vælg fil …');
    expect(reached).toContain('Eksportér sikkerhedskopi (JSON)');
  });

  it('asks before importing over the sample data; on top keeps the sample marked, and clearing says so', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    await page.getByLabel('Vælg fil til import').setInputFiles(writeCsv(files, 'egne-data.csv', OWN_ROWS));
    await page.getByRole('heading', { name: 'Forhåndsvisning' }).waitFor();
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('Eksempeldata er indlæst. Skal de fjernes, før jeres data importeres?').waitFor();
    await page.screenshot({ path: 'tests/.artifacts/data-sample-question.png', fullPage: true });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Fjern eksempeldata og importér',
    );
    await page.getByRole('button', { name: 'Importér oven i eksempeldata' }).click();
    await page.getByText('«egne-data.csv» er importeret').waitFor();

    await gotoScreen(page, 'Oversigt');
    await page.getByText('Data indeholder eksempeldata').waitFor();
    expect(await page.locator('.area-card').count()).toBe(7);

    await gotoScreen(page, 'Data');
    await page.getByRole('button', { name: 'Ryd alle data (også jeres egne)' }).click();
    const question = await page.getByText('Ryd alle data?').innerText();
    expect(question).toContain('de data, I selv har importeret, fjernes');
    expect(question).toContain('Breve (kladder)');
    await page.getByRole('button', { name: 'Ja, ryd alle data' }).click();
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.getByText('Data er lagt tilbage.').waitFor();
    await page.getByRole('button', { name: 'Ryd alle data (også jeres egne)' }).waitFor();
  });

  it('removes the sample data and imports the own data in one step', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Ryd alle data (også jeres egne)' }).click();
    await page.getByRole('button', { name: 'Ja, ryd alle data' }).click();
    await gotoScreen(page, 'Oversigt');
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await page.locator('.area-card').first().waitFor();

    await gotoScreen(page, 'Data');
    expect(await page.getByRole('button', { name: 'Ryd eksempeldata' }).count()).toBe(1);
    await page.getByLabel('Vælg fil til import').setInputFiles(join(files, 'egne-data.csv'));
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByRole('button', { name: 'Fjern eksempeldata og importér' }).click();
    await page.getByText('Eksempeldataene er fjernet.').waitFor();

    await gotoScreen(page, 'Oversigt');
    await page.locator('.area-card', { hasText: 'Sprog' }).waitFor();
    expect(await page.locator('.area-card').count()).toBe(1);
    expect(await page.locator('.sample-notice').count()).toBe(0);
  });

  it('gives long titles and the override reason room at 1366 and 1024 px', async () => {
    const { page } = app;
    const title = 'Beskæftigelses- og Integrationsborgmester';
    for (const [width, height] of [
      [1366, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await gotoScreen(page, 'Data');
      const chair = page.getByRole('textbox', { name: 'Formandens titel' });
      await chair.fill(title);
      const sender = page.getByRole('textbox', { name: 'Titel', exact: true });
      await sender.fill(title);
      for (const field of [chair, sender]) {
        // Nothing cut off: the whole title fits in the box.
        expect(await field.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
      }
      await page.locator('#udvalg').screenshot({ path: `tests/.artifacts/data-committee-${width}.png` });
      await page.locator('#afsender').screenshot({ path: `tests/.artifacts/data-sender-${width}.png` });

      // The titles were only typed to measure them: leaving asks, and they are thrown away.
      await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).click();
      await page
        .getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt.' })
        .getByRole('button', { name: 'Kassér ændringer' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor();
      await page.locator('.area-card-link').first().click();
      const summary = page.locator('.override-box summary').first();
      await summary.click();
      const reason = page.getByRole('textbox', { name: /Begrundelse/ }).first();
      const [reasonWidth, formWidth, rows] = await reason.evaluate((el: HTMLTextAreaElement) => [
        el.getBoundingClientRect().width,
        el.closest('form')?.getBoundingClientRect().width ?? 0,
        el.rows,
      ]);
      expect(reasonWidth).toBeGreaterThan(formWidth - 2);
      expect(rows).toBeGreaterThanOrEqual(3);
      await page
        .locator('.override-box')
        .first()
        .screenshot({ path: `tests/.artifacts/data-override-${width}.png` });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('prints no console error', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
