import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download, Page } from 'playwright-core';
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

/** Changes a stored draft straight in IndexedDB (as another window or an old version could have left it). */
async function editStoredDraft(page: Page, letterId: string, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ id, changes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('barometerbrev');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
      });
      const store = db.transaction('letters', 'readwrite').objectStore('letters');
      await new Promise<void>((resolve, reject) => {
        const get = store.get(id);
        get.onsuccess = () => {
          const put = store.put({ ...(get.result as object), ...changes });
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error ?? new Error('put'));
        };
        get.onerror = () => reject(get.error ?? new Error('get'));
      });
      db.close();
    },
    { id: letterId, changes: patch },
  );
}

const letterIdOf = (url: string): string => decodeURIComponent(url.split('#/breve/')[1] ?? '');

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

  const watch = (page: Page): void => {
    // A reload right after typing meets the "unsaved changes" question (beforeunload): leave, as a user in a hurry.
    page.on('dialog', (dialog) => void dialog.accept());
    page.on('response', (response) => {
      if (response.status() >= 400) failedUrls.push(response.url());
    });
  };

  /** Closes the window at once (no beforeunload, so no save can be held up for) and opens the letter again. */
  const closeAndReopen = async (url: string): Promise<Page> => {
    await app.page.close();
    const page = await app.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') app.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => app.consoleErrors.push(error.message));
    watch(page);
    app.page = page;
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1500, height: 950 } });
    watch(app.page);
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
    // Drafted from the sample data: marked in the editor, in the preview and (below) in the .docx.
    await page.getByText('Eksempeldata – må ikke sendes.').waitFor();
    expect(preview).toContain('UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES');
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

  it('keeps text typed just before an immediate reload or close, in a paragraph and in Dok.nr. (crash journal)', async () => {
    let page = app.page;
    await page.getByRole('textbox', { name: 'Afslutning' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Hurtig tilføjelse.');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Afslutning' }).innerText()).toContain(
      'Hurtig tilføjelse.',
    );

    // Closed at once, without waiting for anything: only the journal (written on the keystroke) can have the text.
    await page.getByRole('textbox', { name: 'Afslutning' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Lukket straks.');
    page = await closeAndReopen(letterUrl);
    expect(await page.getByRole('textbox', { name: 'Afslutning' }).innerText()).toContain('Lukket straks.');

    await page.getByLabel('Dok.nr.').fill('2008-255779');
    page = await closeAndReopen(letterUrl);
    expect(await page.getByLabel('Dok.nr.').inputValue()).toBe('2008-255779');

    // Deterministically: a journal newer than the stored draft (the write never finished) is restored and told.
    const letterId = letterIdOf(letterUrl);
    // The journal as the editor writes it (db.journal): the stored draft with a newer state.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('barometerbrev');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
      });
      const draft = await new Promise<{ header: { doknr: string }; updatedAt: string }>((resolve, reject) => {
        const get = db.transaction('letters').objectStore('letters').get(id);
        get.onsuccess = () => resolve(get.result as { header: { doknr: string }; updatedAt: string });
        get.onerror = () => reject(get.error ?? new Error('get'));
      });
      draft.header.doknr = '2008-999999';
      draft.updatedAt = new Date(Date.now() + 60_000).toISOString();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('journal', 'readwrite');
        transaction.objectStore('journal').put({ letterId: id, draft, writtenAt: draft.updatedAt });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('put'));
      });
      db.close();
    }, letterId);
    await page.reload();
    await page.getByText('Ændringer, der ikke nåede at blive gemt, er gendannet.').waitFor();
    expect(await page.getByLabel('Dok.nr.').inputValue()).toBe('2008-999999');
    await page.getByLabel('Dok.nr.').fill('2008-255779');
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
    const journalLeft = await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('barometerbrev');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
      });
      const count = await new Promise<number>((resolve, reject) => {
        const request = db.transaction('journal').objectStore('journal').count(id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('count'));
      });
      db.close();
      return count;
    }, letterId);
    expect(journalLeft).toBe(0);
  });

  it('exports a Word document with the edit, the salutation and the annex', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click(),
    ]);
    // Drafted from the sample data: the file name says so too.
    expect(download.suggestedFilename()).toMatch(
      /^Brev til Børne- og Ungdomsudvalget \d{4}-\d{2}-\d{2} \(EKSEMPELDATA\)\.docx$/,
    );
    const bytes = await downloadBytes(download);
    const text = documentText(bytes);
    for (const expected of [edit.trim(), 'Kære', 'uddannelsesområdet', 'Bilag 1'])
      expect(text).toContain(expected);
    // The sample mark stands once at the top of every page (the page headers), not again in the text.
    const headers = Object.entries(unzipSync(bytes))
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, data]) => strFromU8(data));
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(header).toContain('UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES');
    expect(text).not.toContain('EKSEMPELDATA');
  });

  it('reaches the Fed/Kursiv/Link toolbar with Tab before the paragraphs', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    await page.getByLabel('Dok.nr.').focus();
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Fed');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Kursiv');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Link');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Indledning');
    // Now a paragraph is chosen, Shift+Tab back to "Link" and Enter opens the link form for it.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Link');
    await page.keyboard.press('Enter');
    await page.getByLabel('Linkadresse').waitFor();
    await page.getByRole('button', { name: 'Annullér' }).click();
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
    await page
      .getByText(
        '«javascript:alert(1)» er ikke en web- eller mailadresse. Linket skal begynde med https://, http:// eller mailto: (fx https://www.kk.dk).',
        { exact: true },
      )
      .waitFor();
    await address.fill('kk.dk/test');
    // The completed address is shown before the link is inserted.
    await page.getByText('Linket bliver: https://kk.dk/test', { exact: true }).waitFor();
    await address.fill('www.kk.dk');
    await page.getByRole('button', { name: 'Indsæt link' }).click();
    await page.locator('.lp-body a[href="https://www.kk.dk"]').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}letters-editor-formatting.png` });

    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.locator('.lp-body a[href="https://www.kk.dk"]').waitFor({ state: 'detached' });
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
  });

  it('does nothing on Ctrl+Shift+Z in a paragraph when there is nothing to redo, and redoes after an undo', async () => {
    const { page } = app;
    const closing = page.getByRole('textbox', { name: 'Afslutning' });
    await closing.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Gentag');
    const typed = await closing.innerText();
    expect(typed).toContain('Gentag');
    // Both ways a browser may report the key (with and without Shift applied to the letter).
    for (const key of ['Control+Shift+Z', 'Control+Shift+z']) {
      await page.keyboard.press(key);
      expect(await closing.innerText(), key).toBe(typed);
    }
    await page.keyboard.press('Control+z');
    expect(await closing.innerText()).not.toContain('Gentag');
    await page.keyboard.press('Control+Shift+Z');
    expect(await closing.innerText()).toBe(typed);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    expect(await closing.innerText()).toBe(typed);
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
  });

  it('lists the draft, deletes it and brings it back exactly with "Fortryd"', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    const row = page.getByRole('row', { name: /Børne- og Ungdomsudvalget/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Kladde');
    expect(await row.innerText()).toContain('2007-114951 / 2008-255779');
    await page.getByText('Viser 1 af 1 brev', { exact: true }).waitFor();
    for (const query of ['BUU', '2007-114951', '2008-255779']) {
      await page.getByLabel('Søg').fill(query);
      expect(await page.getByRole('row', { name: /Børne- og Ungdomsudvalget/ }).count()).toBe(1);
    }
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

  it('tells a copy apart, and disables export with the reason on a letter whose committee is gone', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByRole('button', { name: 'Kopiér brevet til Børne- og Ungdomsudvalget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    const copyUrl = page.url();
    expect(copyUrl).not.toBe(letterUrl);
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByText('Viser 2 af 2 breve', { exact: true }).waitFor();
    const copyRow = page.getByRole('row', { name: /Børne- og Ungdomsudvalget \(kopi\)/ });
    expect(await copyRow.count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}letters-list-copy.png` });

    await editStoredDraft(page, letterIdOf(copyUrl), { recipientCommitteeId: 'nedlagt-udvalg' });
    await page.goto(copyUrl);
    await page.getByRole('heading', { level: 1, name: 'Brev til ukendt udvalg' }).waitFor();
    const reason = 'Eksport er ikke mulig: Det modtagende udvalg findes ikke længere i data.';
    await page.getByText(reason, { exact: true }).waitFor();
    for (const name of ['Eksportér som Word (.docx)', 'Eksportér som PDF']) {
      const button = page.getByRole('button', { name });
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('aria-describedby')).toBe('export-blocked');
    }
    await page.screenshot({ path: `${ARTIFACTS}letters-orphan.png` });
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
    // Sample committees have no chair's name yet: the user is told before creating the drafts.
    await page.getByText(/^Formandens navn mangler for: .*; brevene indledes med titlen\./).waitFor();
    await page.getByRole('button', { name: 'Opret udkast til alle' }).click();
    // Børne- og Ungdomsudvalget already has its letter: it is skipped, not duplicated.
    await page
      .getByText(
        `${expected.length - 1} udkast er oprettet. De ligger under Breve. 1 udvalg har allerede et udkast for målingen og er sprunget over.`,
      )
      .waitFor();
    await page.getByRole('button', { name: 'Opret udkast til alle' }).click();
    await page
      .getByText(
        `Der er ikke oprettet nye udkast. ${expected.length} udvalg har allerede et udkast for målingen og er sprunget over.`,
      )
      .waitFor();
    await page.screenshot({ path: `${ARTIFACTS}letters-batch.png`, fullPage: true });
    // The letters are still drafts ("Kladde"): the export asks first.
    await page.getByRole('button', { name: 'Eksportér alle som Word' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('alertdialog', { name: 'Eksportér kladder?' })
        .getByRole('button', { name: 'Eksportér alligevel' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const files = unzipSync(await downloadBytes(download));
    const names = Object.keys(files).filter((name) => name.endsWith('.docx'));
    const recipients = names
      .map((name) => /Brev til (.+) \d{4}-\d{2}-\d{2} \(EKSEMPELDATA\)\.docx$/.exec(name)?.[1] ?? name)
      .sort();
    expect(recipients).toEqual(expected);
    for (const name of names) expect(documentText(files[name] ?? new Uint8Array())).toContain('Bilag 1');
    expect(await page.getByRole('list', { name: 'Eksporterede udkast' }).getByRole('listitem').count()).toBe(
      expected.length,
    );
    // Only red/yellow or green committees: none is called green for lack of a measurement.
    const withoutLetter = await page.getByRole('list', { name: 'Udvalg uden brev' }).innerText();
    for (const line of withoutLetter.split('\n').filter((text) => text.includes('kun grønne')))
      expect(line).not.toContain('ingen måling');
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

    // Copenhagen's rule turns tryghed from yellow to red (off course): the data behind the letter changed.
    await page.getByRole('navigation').getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('radio', { name: /På rette kurs mod målsætningen/ }).check();
    await page.getByRole('button', { name: 'Gem statusregel' }).click();
    await page.getByText('Statusreglen er gemt.', { exact: false }).waitFor();
    // Under that rule red still reads "tilbagegang eller stilstand", so the progress paragraph would read the same:
    // the draft is made to remember an older computed text, as a draft from older data does.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('barometerbrev');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
      });
      const store = db.transaction('letters', 'readwrite').objectStore('letters');
      await new Promise<void>((resolve, reject) => {
        const get = store.get(id);
        get.onsuccess = () => {
          const draft = get.result as { paragraphs: { role: string; computedRuns?: unknown }[] };
          for (const paragraph of draft.paragraphs)
            if (paragraph.role === 'computed-progress')
              paragraph.computedRuns = [{ text: 'Ældre beregnet tekst.' }];
          const put = store.put(draft);
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error ?? new Error('put'));
        };
        get.onerror = () => reject(get.error ?? new Error('get'));
      });
      db.close();
    }, letterIdOf(letterUrl));

    await page.goto(letterUrl);
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    await banner.waitFor();
    await page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér Word-dokumentet' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      'Data er ændret siden udkastet blev lavet. De beregnede afsnit skal opdateres før eksport',
    );
    // No "export as it is": old sentences above a fresh annex would contradict each other.
    expect(
      await dialog.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent)),
    ).toEqual(['Opdatér og eksportér', 'Annullér']);
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
    expect(text).toContain('er der registreret tilbagegang eller stilstand i udviklingen');
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

  it('locks a letter marked as sent, and unlocks it after a question in the page', async () => {
    const { page } = app;
    await page.goto(letterUrl);
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    await page.getByLabel('Status').selectOption('sendt');
    await page.getByText('Brevet er markeret som sendt og er låst.').waitFor();
    const closing = page.getByRole('textbox', { name: 'Afslutning' });
    expect(await closing.getAttribute('contenteditable')).toBe('false');
    expect(await page.getByLabel('Dok.nr.').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Fed' }).isDisabled()).toBe(true);
    const before = await closing.innerText();
    await closing.click();
    await page.keyboard.type('Må ikke komme med');
    expect(await closing.innerText()).toBe(before);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}letters-sent-lock.png` });

    // Still locked after a reload.
    await page.reload();
    await page.getByText('Brevet er markeret som sendt og er låst.').waitFor();
    await page.getByRole('button', { name: 'Lås op for at rette' }).click();
    await page.getByRole('button', { name: 'Annullér' }).click();
    await page.getByText('Brevet er markeret som sendt og er låst.').waitFor();
    await page.getByRole('button', { name: 'Lås op for at rette' }).click();
    await page.screenshot({ path: `${ARTIFACTS}letters-sent-unlock-question.png` });
    await page.getByRole('button', { name: 'Ja, lås op' }).click();
    await page.getByText('Brevet er markeret som sendt og er låst.').waitFor({ state: 'detached' });
    expect(await page.getByLabel('Status').inputValue()).toBe('klar-til-underskrift');
    expect(await closing.getAttribute('contenteditable')).toBe('true');
    expect(await page.getByLabel('Dok.nr.').isDisabled()).toBe(false);
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
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
