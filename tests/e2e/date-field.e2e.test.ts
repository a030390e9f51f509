import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/find-chromium';
import type { StaticServer } from '../../scripts/static-server';
import { chromiumPath, startServer } from './harness';

/** Issue 11, item 16: the letter's date reads day-month-year in Danish even in an English browser. */

describe('the date field in an English Chromium', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let profileDir = '';
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    profileDir = mkdtempSync(join(tmpdir(), 'barometerbrev-en-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_FLAGS, '--lang=en-US'],
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}#/oversigt`);
    // The app is Danish whatever the browser's language.
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await page.locator('.area-card').first().waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('shows and takes dates as dd-mm-åååå, refuses a month-first date with a Danish message', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.getByRole('navigation').getByRole('link', { name: 'Nyt brev', exact: true }).click();
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    const date = page.getByRole('textbox', { name: 'Dato' });
    // Today, day first (not 11/30/2026).
    const today = new Date();
    const pad = (value: number): string => String(value).padStart(2, '0');
    expect(await date.inputValue()).toBe(
      `${pad(today.getDate())}-${pad(today.getMonth() + 1)}-${today.getFullYear()}`,
    );

    await date.fill('11/30/2026');
    await page
      .getByText('Datoen «11/30/2026» kan ikke læses. Skriv den som dd-mm-åååå, fx 16-05-2008.')
      .waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: 'tests/.artifacts/date-field-en-US.png' });

    await date.fill('16.5.2008');
    await date.blur();
    expect(await date.inputValue()).toBe('16-05-2008');
    await page.getByRole('radio', { name: '16. maj 2008' }).waitFor();
    await page.getByRole('button', { name: /^Opret/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Dato' }).inputValue()).toBe('16-05-2008');
    await page.locator('.lp-page').first().waitFor();
    expect(await page.locator('.letter-preview').innerText()).toContain('16-05-2008');
    // Drafted on the sample data: page 1 of the preview carries the red mark once (issue 11, item 16).
    const firstPage = await page.locator('.lp-page').first().innerText();
    expect(firstPage.split('UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES').length - 1).toBe(1);
    expect(errors).toEqual([]);
  });
});
