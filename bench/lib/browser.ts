import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium';

/** Headless Debian Chromium with a fresh profile, closed on `signal` (a timed-out scenario must not linger). */

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(signal: AbortSignal): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium blev ikke fundet (/usr/bin/chromium eller CHROMIUM_PATH)');
  const profileDir = mkdtempSync(join(tmpdir(), 'barometerbrev-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    locale: 'da-DK',
    viewport: { width: 1366, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    rmSync(profileDir, { recursive: true, force: true });
  };
  signal.addEventListener('abort', () => void close(), { once: true });
  return { context, page, pageErrors, close };
}
