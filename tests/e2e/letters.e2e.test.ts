import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { computeAreaStatuses, sortRounds } from '../../shared/domain/status';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { openApp, startServer, type AppSession } from './harness';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;

/** The text of word/document.xml (all w:t elements joined), as Word would read it. */
function documentText(docx: Uint8Array): string {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

async function downloadBytes(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

describe('letters in browser mode', () => {
  let server: StaticServer;
  let app: AppSession;
  const edit = ' Udvalget inviteres til et møde i juni.';
  const failedUrls: string[] = [];
  let letterUrl = '';

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1500, height: 950 } });
    app.page.on('response', (response) => {
      if (response.status() >= 400) failedUrls.push(response.url());
    });
    // Sample data through the first-run offer on the overview, as a new user would.
    await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).waitFor({ state: 'detached' });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('drafts the letter to Børne- og Ungdomsudvalget about uddannelse through "Nyt brev"', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Nyt brev', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nyt brev' }).waitFor();
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    const uddannelse = page.getByRole('checkbox', { name: 'Uddannelse' });
    expect(await uddannelse.isChecked()).toBe(true);
    await page.getByLabel('Sagsnr.').fill('2007-114951');
    await page.screenshot({ path: `${ARTIFACTS}letters-new.png`, fullPage: true });
    await page.getByRole('button', { name: 'Opret udkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    letterUrl = page.url();
    await page.locator('.lp-page').first().waitFor();
    const preview = await page.locator('.letter-preview').innerText();
    expect(preview).toContain('uddannelsesområdet');
    expect(preview).toContain('Bilag 1');
    expect(preview).toContain('Sagsnr.: 2007-114951');
    await page.screenshot({ path: `${ARTIFACTS}letters-editor-top.png` });
  });

  it('keeps an edited paragraph after a reload (autosave)', async () => {
    const { page } = app;
    const closing = page.getByRole('textbox', { name: 'Afslutning' });
    await closing.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(edit);
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}letters-editor.png` });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Afslutning' }).innerText()).toContain(edit.trim());
    expect(await page.locator('.letter-preview').innerText()).toContain(edit.trim());
  });

  it('exports a Word document with the edit, the salutation and the annex', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^Brev til Børne- og Ungdomsudvalget \d{4}-\d{2}-\d{2}\.docx$/,
    );
    const text = documentText(await downloadBytes(download));
    for (const expected of [edit.trim(), 'Kære', 'uddannelsesområdet', 'Bilag 1'])
      expect(text).toContain(expected);
  });

  it('formats with Ctrl+B, links with Ctrl+K (web and mail addresses only) and undoes with "Fortryd"', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Afslutning' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Se ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('fed tekst');
    await page.keyboard.press('Control+b');
    await page.locator('.lp-body strong', { hasText: 'fed tekst' }).waitFor();

    await page.keyboard.press('Control+k');
    const address = page.getByLabel('Linkadresse');
    await address.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Indsæt link' }).click();
    await page.getByText('er ikke en web- eller mailadresse').waitFor();
    await address.fill('www.kk.dk');
    await page.getByRole('button', { name: 'Indsæt link' }).click();
    await page.locator('.lp-body a[href="https://www.kk.dk"]').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}letters-editor-formatting.png` });

    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.locator('.lp-body a[href="https://www.kk.dk"]').waitFor({ state: 'detached' });
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
  });

  it('lists the draft, deletes it and brings it back exactly with "Fortryd"', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    const row = page.getByRole('row', { name: /Børne- og Ungdomsudvalget/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Kladde');
    await page.getByLabel('Søg').fill('inviteres til et møde');
    expect(await page.getByRole('row', { name: /Børne- og Ungdomsudvalget/ }).count()).toBe(1);
    await page.getByLabel('Søg').fill('findes slet ikke');
    await page.getByText('Ingen breve passer til filtrene.').waitFor();
    await page.getByLabel('Søg').fill('');
    await page.screenshot({ path: `${ARTIFACTS}letters-list.png` });

    await page.getByRole('button', { name: 'Slet brevet til Børne- og Ungdomsudvalget' }).click();
    await page.getByText('Brevet er slettet.').waitFor();
    expect(await page.getByRole('row', { name: /Børne- og Ungdomsudvalget/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.getByRole('row', { name: /Børne- og Ungdomsudvalget/ }).waitFor();
    await page.getByRole('link', { name: 'Børne- og Ungdomsudvalget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Afslutning' }).innerText()).toContain(edit.trim());
  });

  it('drafts and exports a letter to every committee with a red or yellow main indicator, as one .zip', async () => {
    const { page } = app;
    const sample = sampleDataset();
    const latest = sortRounds(sample.rounds).at(-1);
    if (!latest) throw new Error('Eksempeldata har ingen måling');
    const statuses = computeAreaStatuses(sample, latest.id);
    const attention = new Set(
      statuses.filter((s) => s.status === 'red' || s.status === 'yellow').map((s) => s.areaId),
    );
    const expected = sample.committees
      .filter(
        (committee) =>
          committee.id !== sample.sender.committeeId && committee.areaIds.some((id) => attention.has(id)),
      )
      .map((committee) => committee.name)
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Alle udvalg', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Alle udvalg' }).waitFor();
    await page.getByRole('button', { name: 'Opret udkast til alle' }).click();
    await page.getByText(`${expected.length} udkast er oprettet.`).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}letters-batch.png`, fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksportér alle som Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const files = unzipSync(await downloadBytes(download));
    const names = Object.keys(files).filter((name) => name.endsWith('.docx'));
    const recipients = names
      .map((name) => /Brev til (.+) \d{4}-\d{2}-\d{2}\.docx$/.exec(name)?.[1] ?? name)
      .sort();
    expect(recipients).toEqual(expected);
    for (const name of names) expect(documentText(files[name] ?? new Uint8Array())).toContain('Bilag 1');
  });

  it('asks before exporting a letter whose data changed, refreshes it on request and can undo the refresh', async () => {
    const { page } = app;
    const banner = page.getByText('Data er ændret siden udkastet blev lavet.', { exact: true });
    const progressBox = page.getByRole('textbox', { name: 'Fremgang og tilbagegang (beregnet fra data)' });
    await page.goto(letterUrl);
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    await progressBox.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Egen tilføjelse.');
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();

    // Copenhagen's rule turns tryghed from yellow (standstill) to red: the progress paragraph's wording changes.
    await page.getByRole('navigation').getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('radio', { name: /På rette kurs mod målsætningen/ }).check();
    await page.getByRole('button', { name: 'Gem statusregel' }).click();
    await page.getByText('Statusreglen er gemt.', { exact: false }).waitFor();

    await page.goto(letterUrl);
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    await banner.waitFor();
    await page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér Word-dokumentet' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      'Data er ændret siden udkastet blev lavet. Opdatér de beregnede afsnit før eksport?',
    );
    await page.screenshot({ path: `${ARTIFACTS}letters-outdated-export.png` });
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await dialog.waitFor({ state: 'detached' });
    await banner.waitFor();

    await page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Opdatér og eksportér' }).click(),
    ]);
    const text = documentText(await downloadBytes(download));
    expect(text).toContain('er der registreret tilbagegang i udviklingen');
    expect(text).not.toContain('tilbagegang eller stilstand');
    expect(text).not.toContain('Egen tilføjelse.');
    expect(text).toContain(edit.trim());
    await banner.waitFor({ state: 'detached' });
    await page
      .getByRole('list', { name: 'Ændringer ved opdateringen' })
      .getByText(/Dine rettelser i afsnittet om fremgang og tilbagegang \(«Vi kan på baggrund/)
      .waitFor();
    await page.screenshot({ path: `${ARTIFACTS}letters-refreshed.png` });

    // The letter-level undo brings the user's wording back (and with it the "data changed" banner).
    await page.getByRole('button', { name: 'Fortryd' }).click();
    expect(await progressBox.innerText()).toContain('Egen tilføjelse.');
    await banner.waitFor();
  });

  it('shows the templates with their placeholders and refuses an unknown placeholder', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    const closing = page.getByLabel('Afslutning');
    await closing.fill('Vi ser frem til samarbejdet, {borgmester}.');
    await page.getByText('Ukendt pladsholder {borgmester}').waitFor();
    const save = page.locator('.template-card', { has: closing }).getByRole('button', { name: 'Gem' });
    expect(await save.isDisabled()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}letters-settings.png`, fullPage: true });
  });

  it('has no console errors', () => {
    expect(failedUrls).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
