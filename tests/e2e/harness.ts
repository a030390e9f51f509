import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

/** Drives the production build (browser mode) in Debian's Chromium, as a user would see it. */

const projectRoot = resolve(import.meta.dirname, '..', '..');

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) {
    throw new Error(
      'Chromium blev ikke fundet. Installér Debians chromium (apt-get install chromium) eller sæt CHROMIUM_PATH.',
    );
  }
  return path;
}

export interface AppSession {
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far; a test asserts this stays empty. */
  consoleErrors: string[];
  profileDir: string;
  downloadsDir: string;
  /** Closes the browser but keeps the profile, to test what survives a restart. */
  closeBrowser: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  return startStaticServer(join(projectRoot, 'dist', 'renderer'));
}

/** Opens the app in a fresh (or the given) profile, so IndexedDB starts empty unless a test reuses it. */
export async function openApp(
  server: StaticServer,
  options: { profileDir?: string; hash?: string; viewport?: { width: number; height: number } } = {},
): Promise<AppSession> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'barometerbrev-e2e-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'barometerbrev-downloads-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    locale: 'da-DK',
    viewport: options.viewport ?? { width: 1366, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(server.url + (options.hash ?? '#/oversigt'));
  const closeBrowser = async (): Promise<void> => {
    await context.close();
  };
  return {
    server,
    context,
    page,
    consoleErrors,
    profileDir,
    downloadsDir,
    closeBrowser,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

export type { Browser };
