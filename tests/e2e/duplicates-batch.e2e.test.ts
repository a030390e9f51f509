import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/** Issue 11, item 14: no silent second draft, each batch letter with its own numbers, a question before drafts go out. */

function documentText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

async function letterCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('barometerbrev');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('letters').objectStore('letters').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('count'));
    });
    db.close();
    return count;
  });
}

async function gotoScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

describe('duplicate drafts and the batch', () => {
  let server: StaticServer;
  let app: AppSession;
  let firstUrl = '';

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1400, height: 900 } });
    await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await app.page.locator('.area-card').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('«Nyt brev» for a committee and round that already have a draft says so and opens the existing one', async () => {
    const { page } = app;
    await gotoScreen(page, 'Nyt brev');
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    expect(await page.getByRole('list', { name: 'Eksisterende breve' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Opret udkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    firstUrl = page.url();

    await gotoScreen(page, 'Nyt brev');
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    await page
      .getByText(/^Der findes allerede et brev til Børne- og Ungdomsudvalget om målingen Maj 2008\./)
      .waitFor();
    await page.screenshot({ path: 'tests/.artifacts/new-letter-existing.png', fullPage: true });
    // The writer may still create another one, but it is no longer the default.
    await page.getByRole('button', { name: 'Opret et nyt brev alligevel' }).waitFor();
    await page
      .getByRole('list', { name: 'Eksisterende breve' })
      .getByRole('link', { name: /^Åbn brevet \(Kladde, ændret / })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    expect(page.url()).toBe(firstUrl);
    expect(await letterCount(page)).toBe(1);
  });

  it('gives each batch letter its own Sagsnr. and Dok.nr., and asks before exporting letters still in «Kladde»', async () => {
    const { page } = app;
    await gotoScreen(page, 'Alle udvalg');
    await page.getByRole('button', { name: 'Opret udkast til alle' }).click();
    await page.getByText(/udkast er oprettet/).waitFor();
    const numbers = page.getByRole('textbox', { name: /^(Sagsnr|Dok\.nr)\. for brevet til / });
    const count = await numbers.count();
    expect(count).toBeGreaterThanOrEqual(4);
    const labels = await numbers.evaluateAll((inputs) =>
      inputs.map((input) => input.getAttribute('aria-label') ?? ''),
    );
    const committees = [...new Set(labels.map((label) => label.replace(/^.* for brevet til /, '')))];
    for (const [index, committee] of committees.entries()) {
      await page
        .getByRole('textbox', { name: `Sagsnr. for brevet til ${committee}` })
        .fill(`2008-10${index}`);
      await page
        .getByRole('textbox', { name: `Dok.nr. for brevet til ${committee}` })
        .fill(`2008-20${index}`);
    }
    await page.screenshot({ path: 'tests/.artifacts/batch-numbers.png', fullPage: true });

    await page.getByRole('button', { name: 'Eksportér alle som Word' }).click();
    const question = page.getByRole('alertdialog', { name: 'Eksportér kladder?' });
    await question.waitFor();
    expect(await question.innerText()).toContain('har stadig status «Kladde»');
    // Focus on the choice that sends nothing; Escape closes without exporting.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annullér');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });

    // Review comments nobody has dealt with are asked about in the same question (issue 8: the signing copy asks once).
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('barometerbrev');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
      });
      const letters = await new Promise<{ id: string }[]>((resolve, reject) => {
        const request = db.transaction('letters').objectStore('letters').getAll();
        request.onsuccess = () => resolve(request.result as { id: string }[]);
        request.onerror = () => reject(request.error ?? new Error('getAll'));
      });
      const tx = db.transaction('reviewFeedback', 'readwrite');
      for (const letter of letters) {
        tx.objectStore('reviewFeedback').put({
          id: `kommentar-${letter.id}`,
          letterId: letter.id,
          kind: 'comment',
          paragraphId: 'p-context',
          author: 'Pia Allerslev',
          text: 'Kan det siges kortere?',
          importedAt: new Date().toISOString(),
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('put'));
      });
      db.close();
    });
    await page.getByRole('button', { name: 'Eksportér alle som Word' }).click();
    await question.waitFor();
    expect(await question.innerText()).toContain(
      'har kommentarer fra gennemsyn, der ikke er markeret som behandlet',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      question.getByRole('button', { name: 'Eksportér alligevel' }).click(),
    ]);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const docx = Object.entries(files).filter(([name]) => name.endsWith('.docx'));
    expect(docx.length).toBe(committees.length);
    for (const [index, committee] of committees.entries()) {
      const entry = docx.find(([name]) => name.includes(`Brev til ${committee} `));
      const text = documentText(entry?.[1] ?? new Uint8Array());
      expect(text).toContain(`Sagsnr.: 2008-10${index}`);
      expect(text).toContain(`Dok.nr.: 2008-20${index}`);
    }
    expect(app.consoleErrors).toEqual([]);
  });
});
