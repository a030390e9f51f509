import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/**
 * Issue 11, item 1: forms on the Data screen start over when the data under them is replaced, so no leftover value
 * of the sample data counts as an unsaved change (and the default «Gem og fortsæt» cannot save it into real data).
 */

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';
// The sample's round labels on purpose: the same round ids, without publication dates.
const ROWS = [
  'Uddannelse;udd-1;Andel unge med en ungdomsuddannelse;ja;%;op;Maj 2007;59,0;2006;60,0;2010;70,0',
  'Uddannelse;udd-1;Andel unge med en ungdomsuddannelse;ja;%;op;Maj 2008;58,0;2006;60,0;2010;70,0',
];

interface StoredRound {
  id: string;
  label: string;
  publishedOn?: string;
}

async function storedRounds(page: Page): Promise<StoredRound[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('barometerbrev');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB kunne ikke åbnes'));
    });
    const rounds = await new Promise<StoredRound[]>((resolve, reject) => {
      const request = db.transaction('rounds').objectStore('rounds').getAll();
      request.onsuccess = () => resolve(request.result as StoredRound[]);
      request.onerror = () => reject(request.error ?? new Error('getAll'));
    });
    db.close();
    return rounds;
  });
}

async function gotoScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

describe('replacing the sample data', () => {
  let server: StaticServer;
  let app: AppSession;
  let files = '';

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server);
    files = mkdtempSync(join(tmpdir(), 'barometerbrev-replace-'));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('«Fjern eksempeldata og importér», then Oversigt: no unsaved-changes question, no sample dates in the real rounds', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await page.locator('.area-card').first().waitFor();
    await gotoScreen(page, 'Data');
    // The round forms show the sample's publication dates.
    await page.getByRole('textbox', { name: 'Offentliggjort (ÅÅÅÅ-MM-DD)' }).first().waitFor();
    const csv = join(files, 'egne-data.csv');
    writeFileSync(csv, `\ufeff${[HEADER, ...ROWS].join('\r\n')}\r\n`);
    await page.getByLabel('Vælg fil til import').setInputFiles(csv);
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByRole('button', { name: 'Fjern eksempeldata og importér' }).click();
    await page.getByText('Eksempeldataene er fjernet.').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor({ timeout: 5000 });
    expect(await page.getByRole('alertdialog', { name: 'Du har ændringer, der ikke er gemt.' }).count()).toBe(
      0,
    );
    const rounds = await storedRounds(page);
    expect(rounds.map((round) => round.label).sort()).toEqual(['Maj 2007', 'Maj 2008']);
    expect(rounds.filter((round) => round.publishedOn !== undefined)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
