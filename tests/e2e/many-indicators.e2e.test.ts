import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/**
 * Issue 11, item 9: a data file with many indicators must not freeze the Data screen. The grid of values and the
 * indicator picker draw a part and let the user reach the rest (filter, «Vis flere», search); the page's speed
 * itself is measured by `npm run bench` (scenario 8), not here.
 */

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';
const AREAS = ['Beskæftigelse', 'Uddannelse', 'Bolig', 'Tryghed', 'Kultur og fritid', 'Sundhed og omsorg'];
const PER_AREA = 200;
const TOTAL = AREAS.length * PER_AREA;

/** 1,200 indicators (200 per area, the first of each its main one), each measured in 2007 and 2008. */
function manyIndicatorsCsv(): string {
  const rows = [HEADER];
  AREAS.forEach((area, a) => {
    for (let i = 1; i <= PER_AREA; i++) {
      const id = `${area.slice(0, 3).toLowerCase()}-${i}`;
      const name = `${area} indikator nr. ${i}`;
      for (const [round, value] of [
        ['2007', `${(i % 50) + a}`],
        ['2008', `${(i % 50) + a + 1}`],
      ])
        rows.push(
          [area, id, name, i === 1 ? 'ja' : 'nej', '%', 'op', round, value, '2006', '10', '2010', '90'].join(
            ';',
          ),
        );
    }
  });
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** The grid's «Viser 100 af 1.200 indikatorer.» (anchored: the picker's hint says «Listen viser …»). */
function shownOf(shown: number, total: number): RegExp {
  return new RegExp(`^Viser ${shown} af ${total.toLocaleString('da-DK').replace('.', '\\.')} indikatorer\\.`);
}

/** The values stored for one indicator (its series record in IndexedDB). */
async function storedValues(page: Page, indicatorId: string): Promise<(number | null)[]> {
  return page.evaluate(
    (id) =>
      new Promise<(number | null)[]>((resolve, reject) => {
        const open = indexedDB.open('barometerbrev');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('series').objectStore('series').get(id);
          read.onsuccess = () => {
            open.result.close();
            const record = read.result as { values?: Record<string, number | null> } | undefined;
            resolve(Object.values(record?.values ?? {}));
          };
        };
      }),
    indicatorId,
  );
}

describe('many indicators on the Data screen', () => {
  let server: StaticServer;
  let app: AppSession;

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { hash: '#/data' });
    const dir = mkdtempSync(join(tmpdir(), 'barometerbrev-many-e2e-'));
    const file = join(dir, 'mange-indikatorer.csv');
    writeFileSync(file, manyIndicatorsCsv());
    const { page } = app;
    await page.getByLabel('Vælg fil til import').setInputFiles(file);
    await page.getByRole('heading', { name: 'Forhåndsvisning' }).waitFor({ timeout: 30_000 });
    // Counts with a thousands separator, as everywhere else in the app.
    const counts = await page.getByRole('list', { name: 'Optælling' }).innerText();
    expect(counts).toContain('Nye indikatorer: 1.200');
    expect(counts).toContain('Nye værdier: 2.400');
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('er importeret').waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('draws the first 100 rows of the grid and the rest on request', async () => {
    const { page } = app;
    const more = page.getByText(shownOf(100, TOTAL));
    await more.waitFor({ timeout: 20_000 });
    const rows = page.locator('.measurement-grid tbody tr');
    expect(await rows.count()).toBe(100);
    // Each row holds one input per round.
    expect(await page.locator('.measurement-grid tbody input').count()).toBe(200);
    await page.getByRole('button', { name: 'Vis flere indikatorer' }).click();
    await page.getByText(shownOf(200, TOTAL)).waitFor();
    expect(await rows.count()).toBe(200);
    await page.screenshot({ path: 'tests/.artifacts/many-indicators-grid.png' });
  });

  it('filters the grid by area, and a value typed there is stored', async () => {
    const { page } = app;
    const filter = page.getByLabel('Vis område');
    expect(await filter.locator('option').first().innerText()).toBe(
      `Alle områder (${TOTAL.toLocaleString('da-DK')} indikatorer)`,
    );
    await filter.selectOption({ label: 'Sundhed og omsorg' });
    await page.getByText(shownOf(100, PER_AREA)).waitFor();
    const headers = await page.locator('.measurement-grid tbody th').allInnerTexts();
    expect(headers).toHaveLength(100);
    expect(headers.every((text) => text.includes('(Sundhed og omsorg, %)'))).toBe(true);
    // The 150th indicator of the last area: beyond what the whole grid draws unasked.
    await page.getByRole('button', { name: 'Vis flere indikatorer' }).click();
    const cell = page.getByLabel('Sundhed og omsorg indikator nr. 150, 2008', { exact: true });
    await cell.fill('77,5');
    await cell.press('Enter');
    // Stored: the indicator's series in IndexedDB holds the value, and the reloaded grid shows it.
    await expect.poll(() => storedValues(page, 'sun-150'), { timeout: 10_000 }).toContain(77.5);
    await page.reload();
    await page.getByLabel('Vis område').selectOption({ label: 'Sundhed og omsorg' });
    await page.getByRole('button', { name: 'Vis flere indikatorer' }).click();
    expect(
      await page.getByLabel('Sundhed og omsorg indikator nr. 150, 2008', { exact: true }).inputValue(),
    ).toBe('77,5');
  });

  it('lists at most 200 indicators in the picker and finds the others by search', async () => {
    const { page } = app;
    const picker = page.getByLabel('Indikator', { exact: true });
    await picker.waitFor();
    expect(await picker.locator('option').count()).toBe(200);
    expect(await page.getByText(/^Listen viser 200 af 1\.200 indikatorer\./).count()).toBe(1);
    await page.getByLabel('Søg efter indikator').fill('findes ikke');
    await page.getByText(/^Ingen indikator passer/).waitFor();
    // The chosen indicator stays listed, so the picker never shows an empty choice.
    expect(await picker.locator('option').count()).toBe(1);
    await page.getByLabel('Søg efter indikator').fill('Bolig indikator nr. 17');
    // «nr. 17» and «nr. 170»–«nr. 179»: eleven match, all listed, and the form shows the first of them.
    await page.getByText('11 indikatorer passer.').waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((input) => input.value === 'Bolig indikator nr. 17'),
    );
    expect(await picker.locator('option').count()).toBe(11);
    await picker.selectOption({ label: 'Bolig indikator nr. 173' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((input) => input.value === 'Bolig indikator nr. 173'),
    );
    await page.screenshot({ path: 'tests/.artifacts/many-indicators-picker.png', fullPage: false });
  });

  it('prints no console error', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
