import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

describe('app shell in browser mode', () => {
  let server: StaticServer;
  let app: AppSession;

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('loads in Danish with the main navigation', async () => {
    const { page } = app;
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    for (const label of ['Oversigt', 'Breve', 'Nyt brev', 'Alle udvalg', 'Data', 'Indstillinger']) {
      expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    }
  });

  it('navigates between the main screens by clicking', async () => {
    const { page } = app;
    for (const [label, heading] of [
      ['Data', 'Data'],
      ['Breve', 'Breve'],
      ['Oversigt', 'Oversigt'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe(
        'page',
      );
    }
  });

  it('lets a keyboard user reach every navigation link with Tab', async () => {
    const { page } = app;
    await page.goto(server.url + '#/oversigt');
    const reached = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    for (const label of ['Oversigt', 'Breve', 'Nyt brev', 'Alle udvalg', 'Data', 'Indstillinger']) {
      expect(reached).toContain(label);
    }
  });

  it('opens the import dialog from any screen with Ctrl+O, as the desktop menu does', async () => {
    const { page } = app;
    await page.goto(server.url + '#/breve');
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('Control+o');
    await chooser;
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
  });

  it('enforces a Content-Security-Policy without inline scripts', async () => {
    const csp = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline'; script");
    const inlineBlocked = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineBlocked).toBe(false);
    // The attempt above logs a CSP violation on purpose; nothing else may.
    app.consoleErrors.splice(0);
  });

  it('asks before leaving a settings text with unsaved edits: "Bliv her" keeps it, "Gem og fortsæt" saves', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    await page.goto(server.url + '#/indstillinger');
    const closing = page.getByRole('textbox', { name: 'Afslutning', exact: true });
    await closing.fill('Med venlig hilsen fra os alle');
    await nav.getByRole('link', { name: 'Oversigt', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt.' });
    await dialog.waitFor();
    await page.screenshot({ path: 'tests/.artifacts/unsaved-dialog.png' });
    await dialog.getByRole('button', { name: 'Bliv her' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => closing.innerText(), { timeout: 5000 }).toBe('Med venlig hilsen fra os alle');
    expect(page.url()).toContain('#/indstillinger');

    await nav.getByRole('link', { name: 'Oversigt', exact: true }).click();
    await dialog.getByRole('button', { name: 'Gem og fortsæt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor();
    await nav.getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Afslutning', exact: true }).innerText(), {
        timeout: 5000,
      })
      .toBe('Med venlig hilsen fra os alle');
  });

  it('keeps the history intact when Back is refused with "Bliv her"', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    const dialog = page.getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt.' });
    await nav.getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    await nav.getByRole('link', { name: 'Indstillinger', exact: true }).click();
    const closing = page.getByRole('textbox', { name: 'Afslutning', exact: true });
    // The rich editor shows the stored text once it has loaded: the first test saved it.
    const saved = 'Med venlig hilsen fra os alle';
    await expect.poll(() => closing.innerText(), { timeout: 5000 }).toBe(saved);
    await closing.fill(`${saved} (ikke gemt)`);

    await page.evaluate(() => window.history.back());
    await dialog.getByRole('button', { name: 'Bliv her' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toContain('#/indstillinger');

    // The next Back still leads to the screen the user came from.
    await page.evaluate(() => window.history.back());
    await dialog.getByRole('button', { name: 'Kassér ændringer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    expect(page.url()).toContain('#/breve');
    await nav.getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Afslutning', exact: true }).innerText(), {
        timeout: 5000,
      })
      .toBe(saved);
  });

  it('offers "Fortryd" after "Gendan standardtekst", putting the own text back', async () => {
    const { page } = app;
    const closing = page.getByRole('textbox', { name: 'Afslutning', exact: true });
    const card = page.locator('.template-card', { has: closing });
    await card.getByRole('button', { name: 'Gendan standardtekst' }).click();
    await card.getByText('Standardteksten er gendannet.').waitFor();
    await expect.poll(() => closing.innerText(), { timeout: 5000 }).not.toBe('Med venlig hilsen fra os alle');
    await card.getByRole('button', { name: 'Fortryd' }).click();
    await card.getByText('Jeres egen tekst er lagt tilbage.').waitFor();
    await expect.poll(() => closing.innerText(), { timeout: 5000 }).toBe('Med venlig hilsen fra os alle');
  });

  it('also asks when another link changes the address, and "Kassér ændringer" leaves without saving', async () => {
    const { page } = app;
    const closing = page.getByRole('textbox', { name: 'Afslutning', exact: true });
    await closing.fill('Kladde, der ikke skal gemmes');
    await page.evaluate(() => {
      window.location.hash = '#/data';
    });
    const dialog = page.getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt.' });
    await dialog.waitFor();
    // The address is put back while the question is open: the screen and the text are still there.
    expect(page.url()).toContain('#/indstillinger');
    await dialog.getByRole('button', { name: 'Kassér ændringer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Afslutning', exact: true }).innerText(), {
        timeout: 5000,
      })
      .toBe('Med venlig hilsen fra os alle');
  });

  it('prints no console error while the screens are used', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
