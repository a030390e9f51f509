import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { violations } from './axe';
import { openApp, startServer, type AppSession } from './harness';

/**
 * axe-core on every screen (and on the modal dialogs) at zero violations, and the unsaved-changes question as a real
 * modal: Tab stays inside, Escape closes it, focus returns to what opened it.
 */

async function gotoScreen(page: Page, label: string, heading = label): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('accessibility', () => {
  let server: StaticServer;
  let app: AppSession;

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('has no axe-core violation on any screen', async () => {
    const { page } = app;
    const results: Record<string, string[]> = {};
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).waitFor();
    results['Oversigt (første start)'] = await violations(page);
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await page.locator('.area-card').first().waitFor();
    results['Oversigt'] = await violations(page);

    await page.locator('.area-card-link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('svg, .area-indicator').first().waitFor();
    results['Område'] = await violations(page);

    await gotoScreen(page, 'Data');
    results['Data'] = await violations(page);

    await gotoScreen(page, 'Nyt brev');
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    results['Nyt brev'] = await violations(page);
    await page.getByRole('button', { name: 'Opret udkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    await page.locator('.lp-page').first().waitFor();
    results['Editor'] = await violations(page);

    await gotoScreen(page, 'Nyt brev');
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    await page.getByRole('list', { name: 'Eksisterende breve' }).waitFor();
    results['Nyt brev (brev findes)'] = await violations(page);

    await gotoScreen(page, 'Breve');
    results['Breve'] = await violations(page);

    await gotoScreen(page, 'Alle udvalg');
    results['Alle udvalg'] = await violations(page);
    await page.getByRole('button', { name: 'Opret udkast til alle' }).click();
    await page.getByText(/udkast er oprettet/).waitFor();
    results['Alle udvalg (udkast)'] = await violations(page);
    await page.getByRole('button', { name: 'Eksportér alle som Word' }).click();
    await page.getByRole('alertdialog', { name: 'Eksportér kladder?' }).waitFor();
    results['Alle udvalg (spørgsmål om kladder)'] = await violations(page);
    await page.keyboard.press('Escape');

    await gotoScreen(page, 'Indstillinger');
    results['Indstillinger'] = await violations(page);

    const found = Object.entries(results).filter(([, list]) => list.length > 0);
    if (found.length > 0) console.log(JSON.stringify(Object.fromEntries(found), null, 2));
    expect(Object.fromEntries(found)).toEqual({});
    expect(Object.keys(results)).toHaveLength(12);
  });

  it('asks about unsaved changes in a real modal: Tab stays inside, Escape stays, focus goes back to the link', async () => {
    const { page } = app;
    await gotoScreen(page, 'Data');
    await page.getByRole('textbox', { name: 'Formandens navn' }).fill('Pia Allerslev');
    await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt.' });
    await dialog.waitFor();
    expect(await violations(page)).toEqual([]);
    // Focus on the choice that loses nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bliv her');
    const insideDialog = (): Promise<boolean> =>
      page.evaluate(() => Boolean(document.activeElement?.closest('[role="alertdialog"]')));
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      expect(await insideDialog()).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await insideDialog()).toBe(true);
    }
    // A real modal (showModal): the rest of the page is inert and hidden from assistive technology.
    expect(
      await page.evaluate(() => document.querySelector('dialog[open]')?.matches(':modal') ?? false),
    ).toBe(true);
    await page.screenshot({ path: 'tests/.artifacts/unsaved-dialog-modal.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Still on Data with the text kept; focus back on the link that was clicked, not on <body>.
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Formandens navn' }).inputValue()).toBe('Pia Allerslev');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Oversigt');
    // Leave without saving, so the test leaves no dirty form behind.
    await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).click();
    await dialog.getByRole('button', { name: 'Kassér ændringer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
