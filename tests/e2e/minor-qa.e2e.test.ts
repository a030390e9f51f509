import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureLetter } from '../../shared/letter/test-fixtures';
import { buildReviewDocx } from '../../shared/review/build-review-docx';
import { reviewParagraphsOf } from '../../shared/review/paragraphs';
import type { StaticServer } from '../../scripts/static-server';
import { violations } from './axe';
import { openApp, startServer, type AppSession } from './harness';

/**
 * The low QA leftovers of issue 11 in one profile, as a user meets them: a first-run reviewer finds «Åbn gennemsyn»
 * on the empty overview and sees the copy as «revision 1»; the area screen does not lead with the indicator's raw id;
 * the mapping step will not use a mapping with one field chosen for two columns, and says why.
 */

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;

describe('low QA leftovers in browser mode', () => {
  let server: StaticServer;
  let app: AppSession;
  let files: string;

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1280, height: 900 } });
    files = mkdtempSync(join(tmpdir(), 'barometerbrev-minor-e2e-'));
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('a first-run reviewer is pointed to «Åbn gennemsyn» and sees a never-saved draft as revision 1', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Der er endnu ingen data' }).waitFor();
    const open = page.getByRole('button', { name: 'Åbn gennemsyn …' });
    await open.waitFor();
    const offer = page.locator('.first-run-review');
    expect(await offer.innerText()).toContain('Har du fået et brev til gennemsyn? Det kræver ingen data');
    expect(await offer.getByRole('link', { name: 'Breve' }).getAttribute('href')).toBe('#/breve');
    expect(await violations(page)).toEqual([]);
    await page.locator('.first-run').screenshot({ path: join(ARTIFACTS, 'first-run-review.png') });

    // A review copy of a draft never saved after it was created: stored revision 0.
    const letter = fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp-e2e' });
    const copy = await buildReviewDocx(letter, {
      letterId: 'brev-ny',
      revision: 0,
      copyId: 'kopi-ny',
      sentAt: '2026-11-30T09:15:00.000Z',
      reviewer: 'Pia Allerslev',
      paragraphs: reviewParagraphsOf(letter),
    });
    const path = join(files, 'til gennemsyn.docx');
    writeFileSync(path, copy);
    const chooser = page.waitForEvent('filechooser');
    await open.click();
    await (await chooser).setFiles(path);
    await page.getByRole('heading', { level: 1, name: 'Gennemsyn' }).waitFor();
    const fileLine = page.locator('.reviewer-summary p', { hasText: 'til gennemsyn.docx' });
    await fileLine.waitFor();
    expect(await fileLine.innerText()).toContain('revision 1');
    expect(await fileLine.innerText()).not.toContain('revision 0');
    await page.locator('.reviewer-summary').screenshot({ path: join(ARTIFACTS, 'reviewer-revision.png') });
    expect(app.consoleErrors).toEqual([]);
  });

  it('the area screen keeps the indicator id small and to the side, not in the description', async () => {
    const { page } = app;
    await page.goto(`${server.url}#/oversigt`);
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await page.locator('.area-card-link').first().waitFor();
    await page.goto(`${server.url}#/omraade/uddannelse`);
    const card = page.locator('.area-indicator').first();
    await card.waitFor();
    const meta = card.locator('.indicator-meta');
    const id = meta.locator('.indicator-id');
    expect(await id.innerText()).toBe('indikator_id udd-1');
    expect(await id.getAttribute('title')).toContain('Indikatorens id i datafilen');
    // The description reads unit and direction; the id is not one of its labelled facts («Id: udd-1»).
    expect(await meta.innerText()).not.toContain('Id:');
    const size = (selector: string) =>
      card.locator(selector).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(await size('.indicator-id')).toBeLessThan(await size('.indicator-meta'));
    await card.screenshot({ path: join(ARTIFACTS, 'area-indicator-id.png') });
  });

  it('«Brug tilknytningen» waits while one field is chosen for two columns, and says which', async () => {
    const { page } = app;
    await page.goto(`${server.url}#/data`);
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    const csv = [
      'Politikområde;Nr.;Indikator;Hovedindikator (ja/nej);Måles i;Retning;Basisår;Basis;Målår;Mål;Maj 2008;Noter',
      'Bolig;bol-1;Blandede boligområder;ja;%;op;2006;30,0;2010;40,0;33,0;foreløbigt tal',
    ].join('\r\n');
    const path = join(files, 'eget.csv');
    writeFileSync(path, `\ufeff${csv}\r\n`);
    await page.getByLabel('Vælg fil til import').setInputFiles(path);
    await page.getByRole('heading', { name: 'Tilknyt kolonner' }).waitFor();
    const apply = page.getByRole('button', { name: 'Brug tilknytningen' });
    await page.getByLabel('Kolonne E «Måles i» indeholder').selectOption('unit');
    expect(await apply.isDisabled()).toBe(false);

    // «Noter» is a column of notes; choosing «enhed» for it too leaves nothing missing, only doubled.
    const notes = page.getByLabel('Kolonne L «Noter» indeholder');
    expect(await notes.inputValue()).toBe('ignore');
    await notes.selectOption('unit');
    expect(await apply.isDisabled()).toBe(true);
    expect(await page.locator('#mapping-still-missing').count()).toBe(0);
    const reason = page.locator('#mapping-duplicates');
    expect(await reason.isVisible()).toBe(true);
    expect(await reason.innerText()).toContain('«enhed» er valgt for kolonne E og L.');
    expect((await apply.getAttribute('aria-describedby'))?.split(' ')).toContain('mapping-duplicates');
    expect(await violations(page)).toEqual([]);
    await page.locator('.import-mapping').screenshot({ path: join(ARTIFACTS, 'mapping-duplicate.png') });

    await notes.selectOption('ignore');
    expect(await apply.isDisabled()).toBe(false);
    expect(await reason.count()).toBe(0);
  });
});
