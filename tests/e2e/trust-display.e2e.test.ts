import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../shared/import/windows-1252';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/**
 * Issue 11, items 11, 12, 16 (periods), 17 and 18 as a user meets them: one figure on card and area screen, a
 * main indicator set by hand marked everywhere, "maj 2008" instead of "2008-05", charts the card's width with a
 * labelled baseline, and the standard texts edited in the rich editor.
 */

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';
// Uddannelse at 57,5 against a baseline of 58,0: the case where card and area screen contradicted each other.
const ROWS = [
  'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;%;op;Maj 2007;46,0;2006;45,0;2010;55,0',
  'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;%;op;Maj 2008;47,5;2006;45,0;2010;55,0',
  'Uddannelse;udd-1;Andel unge med en ungdomsuddannelse;ja;%;op;Maj 2007;58,4;2006;58,0;2010;68,0',
  'Uddannelse;udd-1;Andel unge med en ungdomsuddannelse;ja;%;op;Maj 2008;57,5;2006;58,0;2010;68,0',
  'Uddannelse;udd-2;Karaktergennemsnit;nej;karakter;op;Maj 2008;6,1;2006;6,0;2010;7,0',
];

async function gotoScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

function card(page: Page, area: string) {
  return page.locator('.area-card', { has: page.locator('.area-card-name', { hasText: area }) });
}

describe('the same figures everywhere, in Chromium', () => {
  let server: StaticServer;
  let app: AppSession;

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { hash: '#/data' });
    const dir = mkdtempSync(join(tmpdir(), 'barometerbrev-display-'));
    const file = join(dir, 'uddannelse.csv');
    writeFileSync(file, encodeWindows1252([HEADER, ...ROWS].join('\r\n') + '\r\n'));
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await page.getByLabel('Vælg fil til import').setInputFiles(file);
    await page.getByRole('heading', { name: 'Forhåndsvisning' }).waitFor();
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('«uddannelse.csv» er importeret').waitFor();
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('shows on the card and on the area screen the figures the yellow light was decided on', async () => {
    const { page } = app;
    await gotoScreen(page, 'Oversigt');
    const uddannelse = card(page, 'Uddannelse');
    await uddannelse.waitFor();
    const cardText = await uddannelse.innerText();
    expect(cardText).toContain('Gul');
    expect(cardText).toContain('58 % · mål 68 % (2010)');
    expect(cardText).toContain('■ ±0 point siden basis 2006');
    expect(cardText).not.toContain('−1');
    expect(await page.locator('.round-picker-info').innerText()).toContain('Periode: maj 2008.');

    await uddannelse.locator('a').click();
    await page.getByRole('heading', { level: 1, name: 'Uddannelse' }).waitFor();
    const main = page.locator('section.area-indicator', { hasText: 'Andel unge med en ungdomsuddannelse' });
    expect(await main.locator('.indicator-trend').innerText()).toBe(
      'Maj 2008: 58 % · ■ ±0 point siden basis 2006',
    );
    const explanation = await main.locator('td').last().innerText();
    expect(explanation).toBe('58 % mod basis (2006) 58 %: uændret');
  });

  it('marks a main indicator set by hand on the card and the area badge, with the reason on hover', async () => {
    const { page } = app;
    const main = page.locator('section.area-indicator', { hasText: 'Andel unge med en ungdomsuddannelse' });
    await main.locator('summary', { hasText: 'Ændr status manuelt for indikatoren' }).click();
    await main.getByLabel('Status', { exact: true }).selectOption('red');
    await main.getByLabel('Begrundelse (skal udfyldes)').fill('Tallet for 2008 er foreløbigt');
    await main.getByRole('button', { name: 'Gem manuel status' }).click();
    await main.getByText('Status er ændret og gemt.').waitFor();

    const areaBadge = page.locator('.screen-head .status-badge');
    await expect.poll(() => areaBadge.innerText()).toContain('Rød');
    expect(await areaBadge.innerText()).toContain('(ændret manuelt)');
    expect(await areaBadge.getAttribute('title')).toContain(
      'Hovedindikatorens status ændret manuelt: Tallet for 2008 er foreløbigt',
    );
    expect(await page.locator('.override-note').innerText()).toBe(
      'Hovedindikatorens status er ændret manuelt fra gul: Tallet for 2008 er foreløbigt',
    );

    await gotoScreen(page, 'Oversigt');
    const badge = card(page, 'Uddannelse').locator('.status-badge');
    await expect.poll(() => badge.innerText()).toContain('Rød');
    expect(await badge.innerText()).toContain('(ændret manuelt)');
    expect(await badge.getAttribute('title')).toContain('Tallet for 2008 er foreløbigt');
    // Screen readers get the reason too (visually hidden text inside the badge).
    expect(await badge.locator('.visually-hidden').textContent()).toContain('Tallet for 2008 er foreløbigt');
    await page.screenshot({ path: 'tests/.artifacts/display-overview.png' });
  });

  it('draws the charts at their card’s full width, the baseline labelled', async () => {
    const { page } = app;
    const widths = await card(page, 'Uddannelse').evaluate((li) => {
      const link = li.querySelector('.area-card-link');
      const svg = li.querySelector('svg.trend-chart');
      if (!link || !svg) return null;
      const style = getComputedStyle(link);
      const inner =
        link.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { inner, chart: svg.getBoundingClientRect().width };
    });
    expect(widths).not.toBeNull();
    expect(widths?.chart ?? 0).toBeGreaterThan((widths?.inner ?? 0) * 0.95);
    const labels = await card(page, 'Uddannelse').locator('svg.trend-chart text').allTextContents();
    expect(labels).toEqual(['Basis 2006', 'Maj 2008']);

    await card(page, 'Uddannelse').locator('a').click();
    await page.getByRole('heading', { level: 1, name: 'Uddannelse' }).waitFor();
    const section = page.locator('section.area-indicator').first();
    const [sectionWidth, chartWidth] = await section.evaluate((element) => [
      element.getBoundingClientRect().width,
      element.querySelector('svg.series-chart')?.getBoundingClientRect().width ?? 0,
    ]);
    expect(chartWidth).toBeGreaterThan((sectionWidth ?? 0) * 0.9);
    expect(await section.locator('svg.series-chart .chart-text-baseline').textContent()).toBe('Basis 2006');
    await page.screenshot({ path: 'tests/.artifacts/display-area.png', fullPage: true });
  });

  it('edits a standard text with bold and a link in the rich editor, stores the markup, and a new letter shows it', async () => {
    const { page } = app;
    await gotoScreen(page, 'Indstillinger');
    const editor = page.getByRole('textbox', { name: 'Afslutning' });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Vi ser frem til samarbejdet med ');
    await page.getByRole('button', { name: 'Fed' }).click();
    await page.keyboard.type('{udvalg}');
    await page.getByRole('button', { name: 'Fed' }).click();
    await page.keyboard.type('. Læs mere på ');
    await page.keyboard.press('Control+K');
    await page.getByLabel('Linkadresse').fill('https://www.kk.dk/integrationsbarometer');
    await page.getByRole('button', { name: 'Indsæt link' }).click();
    await page.keyboard.type('. Hilsen ');
    const closing = page.locator('.template-card', { has: editor });
    await closing.getByLabel('Indsæt pladsholder').selectOption('afsender');
    await closing.getByRole('button', { name: 'Gem' }).click();
    await closing.getByText('Gemt. Nye breve bruger teksten.').waitFor();
    await page.screenshot({ path: 'tests/.artifacts/display-settings.png' });

    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('barometerbrev');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('templates').objectStore('templates').get('closing');
            get.onsuccess = () => {
              resolve((get.result as { text: string } | undefined)?.text ?? '');
              open.result.close();
            };
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(stored).toBe(
      'Vi ser frem til samarbejdet med **{udvalg}**. Læs mere på ' +
        '[https://www.kk.dk/integrationsbarometer](https://www.kk.dk/integrationsbarometer). Hilsen {afsender}',
    );

    await gotoScreen(page, 'Nyt brev');
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    await page.getByRole('button', { name: 'Opret udkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    const paragraph = page.locator('.paragraph-editor-input', { hasText: 'Vi ser frem til samarbejdet med' });
    await paragraph.waitFor();
    expect(await paragraph.locator('strong').innerText()).toBe('Børne- og Ungdomsudvalget');
    expect(await paragraph.locator('a').getAttribute('href')).toBe('https://www.kk.dk/integrationsbarometer');
    expect(await paragraph.innerText()).toMatch(/Hilsen Beskæftigelses- og Integrationsudvalget$/);
  });
});
