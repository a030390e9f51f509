import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup, type BackupData } from '../../shared/import/backup';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/**
 * Issue 11 item 5 as a user meets it: a backup with planted settings keys and a letter stored by the first
 * version restores; the restore screen says what is left out and filled in before anything is replaced.
 */
async function settingKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('barometerbrev');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('settings').objectStore('settings').getAllKeys();
          keys.onsuccess = () => resolve((keys.result as string[]).sort());
        };
      }),
  );
}

describe('restoring a backup with planted settings and a first-version letter', () => {
  let server: StaticServer;
  let app: AppSession;
  let dir = '';
  let backupPath = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'barometerbrev-backup-e2e-'));
    const data = sampleDataset();
    const committee = data.committees[0];
    const round = data.rounds.at(-1);
    if (!committee || !round) throw new Error('eksempeldata uden udvalg eller målinger');
    const backup = {
      ...data,
      letters: [
        {
          id: 'gammelt-brev',
          roundId: round.id,
          recipientCommitteeId: committee.id,
          updatedAt: '2008-05-16T09:00:00.000Z',
        },
      ],
      settings: {
        datasetLabel: 'Gammel kopi',
        evilKey: '<img src=x onerror=alert(1)>',
        constructor: { prototype: {} },
      },
    } as unknown as BackupData;
    backupPath = join(dir, 'gammel-kopi.json');
    writeFileSync(backupPath, serializeBackup(backup, '2008-06-01T12:00:00.000Z'));
    server = await startServer();
    app = await openApp(server, { hash: '#/data' });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows what is left out and filled in, restores, and plants nothing in the settings', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await page.getByLabel('Vælg sikkerhedskopi').setInputFiles(backupPath);
    const notes = page.getByRole('list', { name: 'Bemærk før gendannelsen' });
    await notes.waitFor();
    expect(await notes.locator('li').allInnerTexts()).toEqual([
      'Indstillingerne «evilKey» og «constructor» i sikkerhedskopien kendes ikke af Barometerbrev og gendannes ikke.',
      'Brevet «gammelt-brev» er gemt af en ældre version og mangler felter; de udfyldes med standardværdier (kladde, modtagerens områder, tomt sagsnr.).',
    ]);
    await page.locator('.restore-confirm').screenshot({ path: 'tests/.artifacts/backup-restore-notes.png' });
    await page.getByRole('button', { name: 'Gendan og erstat alle data' }).click();
    await page.getByText('Data er gendannet').waitFor();
    expect(await settingKeys(page)).toEqual(['datasetLabel', 'sender', 'statusSettings']);
    await page.getByRole('navigation').getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Breve' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Kladde');
    expect(app.consoleErrors).toEqual([]);
  });
});
