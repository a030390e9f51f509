import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/static-server';
import { CONTACT_COLUMN } from '../../shared/docx/layout';
import { pngSize } from '../../shared/letter/logo-check';
import { withPdfInfo } from '../../shared/pdf/info';
import { openApp, startServer, type AppSession } from './harness';

/*
 * Settings › Brevhoved: a logo uploaded through the file chooser appears in the preview, in the exported .docx
 * (word/media) and in the printed PDF, and survives a backup restored into an empty profile.
 */

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

const LOGO_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80" viewBox="0 0 400 80">
  <rect x="4" y="8" width="64" height="64" rx="10" fill="#1d5c8c"/>
  <path d="M16 56 L36 20 L56 56 Z" fill="#ffffff"/>
  <text x="80" y="50" font-family="Liberation Sans, Arial, sans-serif" font-size="26" font-weight="700"
    fill="#1d5c8c">Eksempel Kommune</text>
</svg>`;

/** The RGB of pixel (x, y) of a binary PPM (P6) image. */
function pixel(ppm: Buffer, x: number, y: number): [number, number, number] {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('ikke et PPM-billede');
  const offset = header[0].length + (y * Number(header[1]) + x) * 3;
  return [ppm[offset] ?? 0, ppm[offset + 1] ?? 0, ppm[offset + 2] ?? 0];
}

/** Near the logo's #1d5c8c. */
const isLogoBlue = ([r, g, b]: [number, number, number]): boolean =>
  Math.abs(r - 0x1d) < 40 && Math.abs(g - 0x5c) < 40 && Math.abs(b - 0x8c) < 40;

async function uploadLogo(page: Page, name: string, bytes: Buffer, mimeType: string): Promise<void> {
  const button = page.getByRole('button', { name: /^(Vælg|Skift) logo …$/ });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name, mimeType, buffer: bytes });
}

async function exportDocxMedia(page: Page): Promise<Record<string, Uint8Array>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksportér som Word (.docx)' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.startsWith('word/media/')));
}

describe('the sender’s own letterhead logo', () => {
  let server: StaticServer;
  let app: AppSession;
  let second: AppSession | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'barometerbrev-logo-'));
  let backupPath = '';

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { viewport: { width: 1500, height: 950 } });
    app.page.on('dialog', (dialog) => void dialog.accept());
    await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).waitFor({ state: 'detached' });
  });
  afterAll(async () => {
    await second?.close();
    await app?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts neutral: no logo in Settings, in the preview or in the .docx', async () => {
    const { page } = app;
    await page.goto(`${server.url}#/indstillinger`);
    await page.getByRole('heading', { name: 'Brevhoved' }).waitFor();
    await page.getByText('Intet logo valgt.').waitFor();
    await page.goto(`${server.url}#/breve/ny`);
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    await page.getByRole('button', { name: /^Opret (udkast|et nyt brev alligevel)$/ }).click();
    await page.locator('.lp-page').first().waitFor();
    expect(await page.locator('.lp-logo').count()).toBe(0);
    expect(Object.keys(await exportDocxMedia(page))).toEqual([]);
  });

  it('refuses a JPEG named .png and an SVG with a script with Danish messages, storing nothing', async () => {
    const { page } = app;
    await page.goto(`${server.url}#/indstillinger`);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    await uploadLogo(page, 'logo.png', jpeg, 'image/png');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe('«logo.png» er et JPEG-billede, ikke PNG eller SVG. Gem logoet som PNG eller SVG og prøv igen.');
    const hostile = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><script>1</script></svg>',
    );
    await uploadLogo(page, 'ond.svg', hostile, 'image/svg+xml');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('«ond.svg» indeholder et script');
    expect(await page.getByText('Intet logo valgt.').count()).toBe(1);
  });

  it('uploads an SVG logo: shown in Settings’ page 1 and in the letter’s preview at the right', async () => {
    const { page } = app;
    await uploadLogo(page, 'kommune.svg', Buffer.from(LOGO_SVG), 'image/svg+xml');
    await page.getByText('Logoet «kommune.svg» er gemt.').waitFor();
    await page.locator('.letterhead-preview .lp-logo').waitFor();
    await page.locator('.letterhead-settings').screenshot({ path: `${ARTIFACTS}letterhead-settings.png` });
    await page.goto(`${server.url}#/breve/ny`);
    await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check();
    await page.getByRole('button', { name: /^Opret (udkast|et nyt brev alligevel)$/ }).click();
    const logo = page.locator('.lp-page').first().locator('.lp-contact .lp-logo');
    await logo.waitFor();
    expect(await logo.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('puts the logo into the .docx as a PNG (the SVG rasterised) and into the printed PDF', async () => {
    const { page } = app;
    const media = await exportDocxMedia(page);
    const pngs = Object.values(media).filter((bytes) => pngSize(bytes) !== null);
    expect(pngs).toHaveLength(1);
    // 3 × the letterhead's 220 × 70 px box, in the SVG's 5:1 proportions.
    expect(pngSize(pngs[0] ?? new Uint8Array())).toEqual({ width: 660, height: 132 });

    // The PDF as the shell prints it: Chromium's print of the preview pages (print stylesheet), tagged with an outline.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const previewPages = await page.locator('.lp-page').count();
    const pdfPath = join(ARTIFACTS, 'letterhead-brev.pdf');
    const printed = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
    });
    writeFileSync(
      pdfPath,
      withPdfInfo(new Uint8Array(printed), {
        title: 'Brev til Børne- og Ungdomsudvalget',
        author: 'Beskæftigelses- og Integrationsudvalget',
      }),
    );
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Pages:\\s+${previewPages}$`, 'm'));
    expect(info).toMatch(/^Author:\s+Beskæftigelses- og Integrationsudvalget$/m);
    expect(info).toMatch(/^Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)$/m);
    // Chromium draws the SVG as vectors: look for the logo's blue at its place on page 1 (contact column, top).
    const ppm = execFileSync('pdftoppm', ['-r', '96', '-f', '1', '-l', '1', pdfPath], {
      maxBuffer: 16 << 20,
    });
    expect(
      isLogoBlue(pixel(ppm, Math.round(CONTACT_COLUMN.x / 15) + 6, Math.round(CONTACT_COLUMN.y / 15) + 25)),
    ).toBe(true);
    const raw = readFileSync(pdfPath).toString('latin1');
    expect(raw).toContain('/Lang (da)');
    expect(raw).toContain('/Title (Bilag 1)');
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' });
    expect(page1).toContain('Venlig hilsen');
    expect(page1).toContain('Side 1 af');
  });

  it('survives a backup restored into an empty profile', async () => {
    const { page } = app;
    await page.goto(`${server.url}#/data`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksportér sikkerhedskopi (JSON)' }).click(),
    ]);
    backupPath = join(dir, 'backup.json');
    await download.saveAs(backupPath);
    expect(JSON.parse(readFileSync(backupPath, 'utf8')).data.settings.letterhead.logo.fileName).toBe(
      'kommune.svg',
    );

    second = await openApp(server, { viewport: { width: 1500, height: 950 } });
    const fresh = second.page;
    await fresh.goto(`${server.url}#/indstillinger`);
    await fresh.getByText('Intet logo valgt.').waitFor();
    await fresh.goto(`${server.url}#/data`);
    const [chooser] = await Promise.all([
      fresh.waitForEvent('filechooser'),
      fresh.getByRole('button', { name: 'Gendan fra sikkerhedskopi …' }).click(),
    ]);
    await chooser.setFiles(backupPath);
    await fresh.getByRole('button', { name: 'Gendan og erstat alle data' }).click();
    await fresh.getByRole('button', { name: 'Gendan og erstat alle data' }).waitFor({ state: 'detached' });
    await fresh.goto(`${server.url}#/indstillinger`);
    await fresh.getByText(/kommune\.svg \(SVG, 400 × 80\)/).waitFor();
    await fresh.locator('.letterhead-preview .lp-logo').waitFor();
    const restored = await fresh.locator('.letterhead-current img').getAttribute('src');
    expect(restored).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(existsSync(backupPath)).toBe(true);
    expect(second.consoleErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    // The restored letter exports with the logo too.
    await fresh.goto(`${server.url}#/breve`);
    await fresh
      .getByRole('link', { name: /Børne- og Ungdomsudvalget/ })
      .first()
      .click();
    await fresh.locator('.lp-contact .lp-logo').waitFor();
    const media = await exportDocxMedia(fresh);
    expect(Object.values(media).filter((bytes) => pngSize(bytes) !== null)).toHaveLength(1);
  });
});
