import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { openBrowser, type BenchBrowser } from './browser';

/** The built app (dist/renderer) in browser mode, seeded with the sample data through the first-run offer. */

export const DIST_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
export const OVERVIEW_MARK = 'barometerbrev:overview-drawn';

export function missingBuild(): string | null {
  return existsSync(join(DIST_DIR, 'index.html'))
    ? null
    : 'dist/renderer mangler: kør `npm run build` (npm run bench gør det)';
}

export interface AppUnderTest {
  server: StaticServer;
  browser: BenchBrowser;
  page: Page;
  close: () => Promise<void>;
}

export async function openSeededApp(signal: AbortSignal): Promise<AppUnderTest> {
  const server = await startStaticServer(DIST_DIR);
  const browser = await openBrowser(signal);
  const close = async (): Promise<void> => {
    await browser.close();
    await server.close();
  };
  try {
    const { page } = browser;
    await page.goto(`${server.url}#/oversigt`);
    const offer = page.getByRole('button', { name: 'Indlæs eksempeldata' });
    await offer.waitFor({ timeout: 20_000 }).catch(() => {
      throw new Error('knappen «Indlæs eksempeldata» kom ikke frem på Oversigt');
    });
    await offer.click();
    await waitForOverviewMark(page);
    return { server, browser, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits for the data-UI's mark that the overview's area cards are drawn; returns its time since navigation start. */
export async function waitForOverviewMark(page: Page, timeout = 20_000): Promise<number> {
  const handle = await page
    .waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime ?? false, OVERVIEW_MARK, {
      timeout,
    })
    .catch(() => {
      throw new Error(`performance.mark('${OVERVIEW_MARK}') blev ikke sat inden for ${timeout / 1000} s`);
    });
  return (await handle.jsonValue()) as number;
}
