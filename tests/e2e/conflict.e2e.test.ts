import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { violations } from './axe';
import { openApp, startServer, type AppSession } from './harness';

/** One draft open in two windows (two pages of one browser profile): no one's words vanish without a word. */

interface StoredLetter {
  id: string;
  revision?: number;
  copyOf?: string;
  header?: { sagsnr: string };
  paragraphs: { role: string; runs: { text: string }[] }[];
}

/** Every stored letter, read straight from IndexedDB. */
async function storedLetters(page: Page): Promise<StoredLetter[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('barometerbrev');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
    });
    const letters = await new Promise<StoredLetter[]>((resolve, reject) => {
      const request = db.transaction('letters').objectStore('letters').getAll();
      request.onsuccess = () => resolve(request.result as StoredLetter[]);
      request.onerror = () => reject(request.error ?? new Error('getAll'));
    });
    db.close();
    return letters;
  });
}

/** Deletes a letter straight in IndexedDB, as a restore in another window could (no Dexie notice reaches the editor). */
async function deleteStored(page: Page, id: string): Promise<void> {
  await page.evaluate(async (letterId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('barometerbrev');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('letters', 'readwrite');
      transaction.objectStore('letters').delete(letterId);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('delete'));
    });
    db.close();
  }, id);
}

const closingOf = (letter: StoredLetter | undefined): string =>
  letter?.paragraphs
    .find((paragraph) => paragraph.role === 'closing')
    ?.runs.map((run) => run.text)
    .join('') ?? '';

const closingBox = (page: Page) => page.getByRole('textbox', { name: 'Afslutning' });

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await closingBox(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const savedIn = (page: Page) => page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
const conflictDialog = (page: Page) => page.getByRole('alertdialog', { name: /i et andet vindue/ });
const heading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();

describe('one draft in two windows', () => {
  let server: StaticServer;
  let app: AppSession;
  let a: Page;
  let b: Page;
  let letterUrl = '';
  let letterId = '';

  const open = async (url: string): Promise<Page> => {
    const page = await app.context.newPage();
    page.on('pageerror', (error) => app.consoleErrors.push(error.message));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(url);
    await heading(page);
    return page;
  };

  /** A and B type at once (both unsaved): B, the later one, is asked when A's save lands. */
  const typeAtOnce = async (textA: string, textB: string): Promise<void> => {
    await closingBox(a).click();
    await a.keyboard.press('Control+End');
    await closingBox(b).click();
    await b.keyboard.press('Control+End');
    // One input event each, so B's words are all in before A's save lands (400 ms later) even on a busy machine.
    await a.keyboard.insertText(textA);
    await b.keyboard.insertText(textB);
    await conflictDialog(b).waitFor();
    await savedIn(a);
  };

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1400, height: 900 } });
    a = app.page;
    a.on('dialog', (dialog) => void dialog.accept());
    await a.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await a.getByRole('button', { name: 'Indlæs eksempeldata' }).waitFor({ state: 'detached' });
    await a.getByRole('navigation').getByRole('link', { name: 'Nyt brev', exact: true }).click();
    await a.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    await a.getByRole('button', { name: 'Opret udkast' }).click();
    await heading(a);
    letterUrl = a.url();
    letterId = decodeURIComponent(letterUrl.split('#/breve/')[1] ?? '');
    b = await open(letterUrl);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it("type in A, then in B, then in A: every window sees the others' words and nothing is lost", async () => {
    await typeAtEnd(a, ' Ord fra A.');
    await savedIn(a);
    // B was idle: it takes A's saved version at once and says so.
    await b.getByText('Brevet er ændret i et andet vindue. Du ser nu den gemte udgave.').waitFor();
    await expect.poll(() => closingBox(b).innerText()).toContain('Ord fra A.');

    await typeAtEnd(b, ' Ord fra B.');
    await savedIn(b);
    await expect.poll(() => closingBox(a).innerText()).toContain('Ord fra B.');

    await typeAtEnd(a, ' Mere fra A.');
    await savedIn(a);
    const stored = closingOf((await storedLetters(a)).find((letter) => letter.id === letterId));
    expect(stored).toContain('Ord fra A. Ord fra B. Mere fra A.');
    expect(await conflictDialog(a).count()).toBe(0);
    expect(await conflictDialog(b).count()).toBe(0);
  });

  it('typing in both at once: the later window is asked, sees both versions, and «Behold min udgave» saves its text', async () => {
    await typeAtOnce(' Samtidig A1.', ' Samtidig B1.');
    const dialog = conflictDialog(b);
    // Both versions side by side, paragraph by paragraph.
    const row = dialog.getByRole('row', { name: /Afslutning/ });
    expect(await row.innerText()).toContain('Samtidig A1.');
    expect(await row.innerText()).toContain('Samtidig B1.');
    // Nothing of B's was written over A's while the question is open.
    expect(closingOf((await storedLetters(a)).find((letter) => letter.id === letterId))).not.toContain(
      'Samtidig B1.',
    );
    // Focus is inside the dialog, on the first choice; Tab stays inside.
    expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Behold min udgave');
    for (let i = 0; i < 6; i++) await b.keyboard.press('Tab');
    expect(await b.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    await dialog.screenshot({ path: 'tests/.artifacts/conflict-dialog.png' });
    expect(await violations(b)).toEqual([]);
    // A choice must be made: Escape does not close the question.
    await b.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);

    await dialog.getByRole('button', { name: 'Behold min udgave' }).click();
    await dialog.waitFor({ state: 'detached' });
    await savedIn(b);
    const stored = closingOf((await storedLetters(b)).find((letter) => letter.id === letterId));
    expect(stored).toContain('Samtidig B1.');
    expect(stored).not.toContain('Samtidig A1.');
    // A had nothing unsaved: it shows B's chosen version.
    await expect.poll(() => closingBox(a).innerText()).toContain('Samtidig B1.');
  });

  it('«Brug den anden udgave» shows the stored text and saves nothing of its own', async () => {
    await typeAtOnce(' Samtidig A2.', ' Samtidig B2.');
    await conflictDialog(b).getByRole('button', { name: 'Brug den anden udgave' }).click();
    await conflictDialog(b).waitFor({ state: 'detached' });
    await expect.poll(() => closingBox(b).innerText()).toContain('Samtidig A2.');
    expect(await closingBox(b).innerText()).not.toContain('Samtidig B2.');
    // Nothing left to save in B, and the stored letter is A's.
    await b.waitForTimeout(800);
    const stored = closingOf((await storedLetters(b)).find((letter) => letter.id === letterId));
    expect(stored).toContain('Samtidig A2.');
    expect(stored).not.toContain('Samtidig B2.');
  });

  it("«Gem min som nyt brev» stores B's text as a new draft and leaves the letter as A saved it", async () => {
    await typeAtOnce(' Samtidig A3.', ' Samtidig B3.');
    await conflictDialog(b).getByRole('button', { name: 'Gem min som nyt brev' }).click();
    await b.waitForURL((url) => !url.href.endsWith(letterId));
    await heading(b);
    expect(await closingBox(b).innerText()).toContain('Samtidig B3.');
    const letters = await storedLetters(b);
    const original = letters.find((letter) => letter.id === letterId);
    const copy = letters.find((letter) => letter.copyOf === letterId);
    expect(closingOf(original)).toContain('Samtidig A3.');
    expect(closingOf(original)).not.toContain('Samtidig B3.');
    expect(closingOf(copy)).toContain('Samtidig B3.');
    expect(closingOf(copy)).not.toContain('Samtidig A3.');
  });

  it('text in the crash journal typed on an older revision is not restored over a newer save: the writer chooses', async () => {
    // As a crash in this window would leave it: its last keystroke journalled on an older revision of the letter.
    await a.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('barometerbrev');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
      });
      const stored = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const get = db.transaction('letters').objectStore('letters').get(id);
        get.onsuccess = () => resolve(get.result as Record<string, unknown>);
        get.onerror = () => reject(get.error ?? new Error('get'));
      });
      const draft = {
        ...stored,
        revision: Number(stored.revision) - 1,
        editorSession: 'et-nedbrudt-vindue',
        updatedAt: new Date(Date.now() + 60_000).toISOString(),
        header: { ...(stored.header as object), sagsnr: 'fra-journalen' },
      };
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('journal', 'readwrite');
        transaction.objectStore('journal').put({ letterId: id, draft, writtenAt: draft.updatedAt });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('put'));
      });
      db.close();
    }, letterId);
    await a.reload();
    const dialog = conflictDialog(a);
    await dialog.waitFor();
    expect(await dialog.getByRole('row', { name: /Sagsnr\./ }).innerText()).toContain('fra-journalen');
    expect((await storedLetters(a)).find((letter) => letter.id === letterId)).not.toMatchObject({
      header: { sagsnr: 'fra-journalen' },
    });
    await dialog.getByRole('button', { name: 'Brug den anden udgave' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await a.getByRole('textbox', { name: 'Sagsnr.' }).inputValue()).not.toBe('fra-journalen');
  });

  it('a letter deleted under the editor is not brought back by the next keystroke: the writer is told and may keep a copy', async () => {
    await b.goto(letterUrl);
    await heading(b);
    const before = (await storedLetters(a)).length;
    await deleteStored(a, letterId);
    await typeAtEnd(b, ' Efter sletning.');
    const dialog = b.getByRole('alertdialog', { name: 'Brevet er slettet i et andet vindue' });
    await dialog.waitFor();
    // The deleted letter was not written back.
    expect((await storedLetters(b)).some((letter) => letter.id === letterId)).toBe(false);
    await dialog.getByRole('button', { name: 'Gem min som nyt brev' }).click();
    await b.waitForURL((url) => !url.href.endsWith(letterId));
    await heading(b);
    expect(await closingBox(b).innerText()).toContain('Efter sletning.');
    expect((await storedLetters(b)).length).toBe(before);
    expect(app.consoleErrors).toEqual([]);
  });
});
