import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/**
 * Review between two laptops (issue 8), in two separate Chromium profiles: the office sends a draft for review, the
 * reviewer's app opens the .docx, comments and suggests, the office takes the answer back, accepts (and undoes),
 * resolves, and exports a signing copy without any review marks. The reviewer's own database stays as it was.
 */

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;

async function downloadBytes(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(await download.path()));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now (rule and where), evaluated over DevTools: the CSP refuses inline scripts. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return found.map(
    (violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Every object store of the app's IndexedDB as JSON: what "the reviewer's data" is. */
async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('barometerbrev');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
    });
    const dump: Record<string, unknown> = { version: db.version };
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(name));
      });
    }
    db.close();
    return JSON.stringify(dump);
  });
}

/** Sample data through the first-run offer, as a new user would. */
async function loadSampleData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
  await page.getByRole('button', { name: 'Indlæs eksempeldata' }).waitFor({ state: 'detached' });
}

/** Selects `passage` inside the element (as a mouse drag would) and lets go of the mouse there. */
async function selectPassage(page: Page, selector: string, passage: string): Promise<void> {
  await page.evaluate(
    ({ selector: css, passage: text }) => {
      const element = document.querySelector(css);
      const node = element?.firstChild;
      if (!element || !node || !node.textContent) throw new Error(`no text in ${css}`);
      const at = node.textContent.indexOf(text);
      if (at < 0) throw new Error(`«${text}» not in ${css}`);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { selector, passage },
  );
}

describe('review between two laptops', () => {
  let server: StaticServer;
  let office: AppSession;
  let reviewer: AppSession;
  const work = join(ARTIFACTS, 'review');
  let reviewCopyPath = '';
  let reviewedPath = '';
  let closingBefore = '';
  let closingSuggested = '';

  beforeAll(async () => {
    mkdirSync(work, { recursive: true });
    server = await startServer();
    office = await openApp(server, { viewport: { width: 1500, height: 950 } });
    reviewer = await openApp(server, { viewport: { width: 1280, height: 900 } });
    for (const session of [office, reviewer]) {
      session.page.on('dialog', (dialog) => void dialog.accept());
      await loadSampleData(session.page);
    }
  });
  afterAll(async () => {
    await office?.close();
    await reviewer?.close();
    await server?.close();
  });

  it('the office sends a draft for review as a .docx and the letter says to whom and which revision', async () => {
    const { page } = office;
    await page.getByRole('navigation').getByRole('link', { name: 'Nyt brev', exact: true }).click();
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    await page.getByRole('button', { name: 'Opret udkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    closingBefore = await page.getByRole('textbox', { name: 'Afslutning' }).innerText();

    await page.getByRole('button', { name: 'Send til gennemsyn …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send til gennemsyn' });
    await dialog.waitFor();
    // Focus starts in the name field (keyboard users type at once).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send-review-name');
    await page.keyboard.type('Pia Allerslev');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(ARTIFACTS, 'review-send-dialog.png'),
      clip: { x: 0, y: 0, width: 1060, height: 640 },
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Gem gennemsynskopi' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/til gennemsyn hos Pia Allerslev\.docx$/);
    const bytes = await downloadBytes(download);
    reviewCopyPath = join(work, 'gennemsynskopi.docx');
    writeFileSync(reviewCopyPath, bytes);
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toContain('customXml/item1.xml');

    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Status').inputValue()).toBe('til-gennemsyn');
    // A copy went out: Fortryd does not take «Til gennemsyn» back (QA: it set the letter to Kladde again).
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).click();
    await page.keyboard.press('Control+z');
    expect(await page.getByLabel('Status').inputValue()).toBe('til-gennemsyn');
    await expect
      .poll(() => page.getByRole('list', { name: 'Sendt til gennemsyn' }).innerText())
      .toMatch(/Revision \d+ sendt til Pia Allerslev/);
  });

  it("the reviewer's app opens the file, comments on two paragraphs, suggests a change and saves, without touching its own data", async () => {
    const { page } = reviewer;
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    const before = await dumpDatabase(page);

    // A file that is no Word document: the review screen says so, naming it.
    const junkPath = join(work, 'noter.docx');
    writeFileSync(junkPath, 'Referat fra mødet');
    const firstChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Åbn gennemsyn …' }).click();
    await (await firstChooser).setFiles(junkPath);
    await page.getByRole('heading', { level: 1, name: 'Gennemsyn' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('«noter.docx»');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Åbn gennemsynsfil …' }).click();
    await (await chooser).setFiles(reviewCopyPath);
    await page.getByRole('button', { name: 'Gem gennemsyn' }).waitFor();

    await page.getByLabel('Dit navn').fill('Pia Allerslev');
    // A comment on a selected passage of the first paragraph, and one on the call as a whole.
    await selectPassage(page, '.reviewer-paragraph .reviewer-text', 'integration');
    await page.getByText('Kommentaren gælder: «integration»').waitFor();
    await page.getByLabel(/^Kommentar til Indledning/).fill('Kan vi nævne beskæftigelsen her?');
    await page.getByLabel(/^Kommentar til Opfordring/).fill('Opfordringen er god, men lidt lang.');
    // A suggested new text for the closing paragraph.
    const closing = page.locator('.reviewer-paragraph', {
      has: page.getByLabel(/^Kommentar til Afslutning/),
    });
    await closing.getByRole('button', { name: 'Foreslå ændring' }).click();
    const suggestion = page.getByLabel(/^Foreslået tekst til Afslutning/);
    closingSuggested = `${(await suggestion.inputValue()).trim()} Vi glæder os til at høre fra jer.`;
    await suggestion.fill(closingSuggested);
    // Bilag 1's areas can be commented on too.
    await page.getByRole('heading', { level: 2, name: 'Bilag 1', exact: true }).scrollIntoViewIfNeeded();
    await page.getByLabel(/^Kommentar til Bilag 1: Uddannelse/).waitFor();
    // The letter around the paragraphs and Bilag 1's figures, read from the file itself (QA: the reviewer saw neither).
    expect(await page.getByRole('region', { name: 'Brevets indledning' }).innerText()).toMatch(/^Kære \S/);
    expect(await page.getByRole('region', { name: 'Brevets hilsen og underskrift' }).innerText()).toContain(
      'Venlig hilsen',
    );
    const annexRow = page
      .getByRole('table', { name: /^Tabel: Bilag 1: Uddannelse/ })
      .getByRole('row')
      .nth(1);
    expect(await annexRow.innerText()).toMatch(/\d[\s\S]*(Grøn|Gul|Rød)/);
    await page.screenshot({ path: join(ARTIFACTS, 'review-reviewer-annex.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'review-reviewer-screen.png') });

    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gem gennemsyn' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/gennemset af Pia Allerslev\.docx$/);
    const bytes = await downloadBytes(download);
    reviewedPath = join(work, 'gennemset.docx');
    writeFileSync(reviewedPath, bytes);
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['word/comments.xml'] ?? new Uint8Array())).toContain(
      'Kan vi nævne beskæftigelsen her?',
    );
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toMatch(/<w:ins\b/);
    await page.getByText(/Gennemsynet er gemt som/).waitFor();

    expect(await dumpDatabase(page)).toBe(before);
    expect(reviewer.consoleErrors).toEqual([]);
  });

  it('the office takes the file back: comments on the right paragraphs, the change accepted (and undone, and redone)', async () => {
    const { page } = office;
    // A file that is no Word document, dropped on a paragraph: a Danish message naming it, and nothing changes.
    await page.evaluate(() => {
      const file = new File([new TextEncoder().encode('Referat fra mødet')], 'noter.docx');
      const data = new DataTransfer();
      data.items.add(file);
      const target = document.querySelector('.paragraph-editor-input');
      if (!target) throw new Error('no paragraph');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    });
    const refusal = page.locator('.review-status-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('«noter.docx»');
    expect(await page.getByRole('textbox', { name: 'Afslutning' }).innerText()).toBe(closingBefore);
    expect(await page.locator('.review-group').count()).toBe(0);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Indlæs gennemsyn …' }).click();
    await (await chooser).setFiles(reviewedPath);
    await page.getByText(/er indlæst: \d+ nye? kommentarer? og \d+ ny[et] ændringsforslag\./).waitFor();

    // Beside the paragraph in the editor: what is open, and a way to it.
    await page
      .locator('.paragraph-block')
      .first()
      .screenshot({ path: join(ARTIFACTS, 'review-paragraph-note.png') });
    await page.getByRole('button', { name: '1 ubehandlet kommentar – vis' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Gennemsyn: Indledning/,
    );
    const intro = page.getByRole('region', { name: /^Gennemsyn: Indledning/ });
    expect(await intro.innerText()).toContain('Kan vi nævne beskæftigelsen her?');
    expect(await intro.locator('.review-quote mark').innerText()).toBe('integration');
    // The words around the quote are whole words (QA: «… ennem det seneste år»).
    const introText = (await page.getByRole('textbox', { name: 'Indledning' }).innerText()).replace(
      /\s+/g,
      ' ',
    );
    const quoted = (await intro.locator('.review-quote').innerText())
      .replace(/\s+/g, ' ')
      .replace(/^… /, '')
      .replace(/ …$/, '');
    const quotedAt = introText.indexOf(quoted);
    expect(quotedAt).toBeGreaterThanOrEqual(0);
    expect(introText.slice(quotedAt - 1, quotedAt)).toMatch(/^\s?$/);
    expect(introText.slice(quotedAt + quoted.length, quotedAt + quoted.length + 1)).toMatch(/^[\s.,;:]?$/);
    expect(await page.getByRole('region', { name: /^Gennemsyn: Opfordring/ }).innerText()).toContain(
      'Opfordringen er god, men lidt lang.',
    );
    const closingGroup = page.getByRole('region', { name: /^Gennemsyn: Afslutning/ });
    expect(await closingGroup.locator('ins').innerText()).toContain('Vi glæder os til at høre fra jer.');
    // Nothing in the draft changes until the user accepts.
    expect(await page.getByRole('textbox', { name: 'Afslutning' }).innerText()).toBe(closingBefore);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('.review-panel').screenshot({ path: join(ARTIFACTS, 'review-office-panel.png') });
    expect(await axeViolations(page)).toEqual([]);

    const summary = page.locator('.review-summary');
    expect(await summary.innerText()).toContain('1 ubehandlet forslag');
    await page.getByRole('button', { name: /^Acceptér forslaget til Afslutning/ }).click();
    const closingBox = page.getByRole('textbox', { name: 'Afslutning' });
    await expect.poll(() => closingBox.innerText()).toContain('Vi glæder os til at høre fra jer.');
    // «Brevet er ikke ændret» is no longer true once a suggestion is accepted.
    await expect.poll(() => page.getByText(/er indlæst: \d+ nye/).count()).toBe(0);
    expect(await page.locator('.letter-preview').innerText()).toContain('Vi glæder os til at høre fra jer.');

    // Fortryd brings the old text back; Gentag puts the accepted one again.
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => closingBox.innerText()).toBe(closingBefore);
    // The panel follows: the suggestion is open again, and could be accepted once more.
    await expect.poll(() => closingGroup.innerText()).toContain('Accepteret, men fortrudt');
    // Undone counts as open: the summary and the bulk buttons say so (QA: they had dropped it).
    expect(await summary.innerText()).toContain('1 ubehandlet forslag');
    expect(await summary.getByRole('button', { name: 'Acceptér alle' }).isVisible()).toBe(true);
    await page
      .locator('.review-panel')
      .screenshot({ path: join(ARTIFACTS, 'review-office-panel-undone.png') });
    await page.keyboard.press('Control+y');
    await expect.poll(() => closingBox.innerText()).toContain('Vi glæder os til at høre fra jer.');
    await expect.poll(() => closingGroup.innerText()).not.toContain('fortrudt');
    expect(await closingGroup.innerText()).toContain('Accepteret');
    // Its text is in the letter: no Genåbn (which led to a dead end), Fortryd is the way back.
    expect(await closingGroup.getByRole('button', { name: /^Genåbn/ }).count()).toBe(0);
    expect(await closingGroup.innerText()).toContain('brug Fortryd');
    expect(await summary.innerText()).not.toContain('forslag');
    await page
      .locator('.review-panel')
      .screenshot({ path: join(ARTIFACTS, 'review-office-panel-accepted.png') });
    await page.getByText(/Gemt kl\. \d\d:\d\d/).waitFor();
  });

  it('the letter list shows the open comments, the signing export asks once, and the signing copy carries no review marks', async () => {
    const { page } = office;
    const letterUrl = page.url();
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByText('2 ubehandlede kommentarer').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'review-letters-list.png') });
    await page.goto(letterUrl);
    // The review panel is stored with the letter: it is all there after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Brev til Børne- og Ungdomsudvalget' }).waitFor();
    expect(await page.getByRole('region', { name: /^Gennemsyn: Indledning/ }).innerText()).toContain(
      'Kan vi nævne beskæftigelsen her?',
    );
    expect(await page.getByRole('region', { name: /^Gennemsyn: Afslutning/ }).innerText()).toContain(
      'Accepteret',
    );

    await page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click();
    const ask = page.getByRole('dialog', { name: 'Ubehandlede kommentarer' });
    await ask.waitFor();
    expect(await ask.innerText()).toContain('2 kommentarer');
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Annullér' }).click();
    await ask.waitFor({ state: 'detached' });

    for (const name of [
      /^Markér som behandlet: kommentaren til Indledning/,
      /^Markér som behandlet: kommentaren til Opfordring/,
    ]) {
      await page.getByRole('button', { name }).click();
    }
    await page.getByText('Alle kommentarer og forslag er behandlet.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click(),
    ]);
    const parts = unzipSync(await downloadBytes(download));
    const names = Object.keys(parts);
    expect(names.filter((name) => /comments|customXml/i.test(name))).toEqual([]);
    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).not.toMatch(/<w:(ins|del|commentRangeStart|commentReference)\b/);
    const allText = names
      .filter((name) => name.endsWith('.xml'))
      .map((name) => strFromU8(parts[name] ?? new Uint8Array()))
      .join('\n');
    expect(allText).not.toMatch(/GENNEMSYN/i);
    expect(documentXml).toContain('Vi glæder os til at høre fra jer.');

    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    expect(await page.locator('.letters-table').innerText()).not.toContain('ubehandlede');

    // A second review copy straight from the list, for another reviewer: the letter then lists both.
    await page
      .getByRole('button', { name: 'Send til gennemsyn: brevet til Børne- og Ungdomsudvalget' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Send til gennemsyn' });
    await dialog.getByLabel('Gennemsynerens navn (valgfrit)').fill('Sekretariatet');
    const [second] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Gem gennemsynskopi' }).click(),
    ]);
    expect(second.suggestedFilename()).toMatch(/til gennemsyn hos Sekretariatet\.docx$/);
    await page.goto(letterUrl);
    await expect
      .poll(() => page.getByRole('list', { name: 'Sendt til gennemsyn' }).innerText())
      .toMatch(/Pia Allerslev.* · svar indlæst\n.*Sekretariatet/);
    expect(office.consoleErrors).toEqual([]);
  });
});
