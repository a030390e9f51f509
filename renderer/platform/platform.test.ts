import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { BarometerbrevApi } from '../../shared/platform-api';
import { acceptAttribute, buildZip, createBrowserPlatform, uniqueNames } from './browser';
import { detectPlatform } from './index';

describe('detectPlatform', () => {
  it('uses the preload API when the desktop shell provides it', async () => {
    const api: BarometerbrevApi = {
      saveFile: vi.fn(async () => ({ saved: true, path: 'C:\\Brev.docx' })),
      openFile: vi.fn(async () => ({ canceled: true as const })),
      saveFiles: vi.fn(async () => ({ saved: 2, folder: 'C:\\Breve' })),
      printToPdf: vi.fn(async () => ({ saved: false })),
      getAppInfo: vi.fn(async () => ({
        version: '1',
        platform: 'win32',
        userDataPath: 'C:\\x',
        dataLocationDescription: 'x',
      })),
      onMenuCommand: vi.fn(() => () => {}),
    };
    const platform = detectPlatform({ barometerbrev: api });
    expect(platform.isDesktop).toBe(true);
    const request = { suggestedName: 'Brev.docx', filters: [], data: new Uint8Array([1]) };
    await expect(platform.saveFile(request)).resolves.toEqual({ saved: true, path: 'C:\\Brev.docx' });
    expect(api.saveFile).toHaveBeenCalledWith(request);
  });

  it('falls back to the browser without it', async () => {
    const platform = detectPlatform({ barometerbrev: undefined });
    expect(platform.isDesktop).toBe(false);
    await expect(platform.getAppInfo()).resolves.toMatchObject({
      platform: 'browser',
      dataLocationDescription: expect.stringContaining('i browserens IndexedDB for 127.0.0.1'),
    });
  });
});

describe('browser fallbacks', () => {
  it('zips several letters into one archive, renaming duplicates', () => {
    const zip = buildZip({
      files: [
        { name: 'Brev BUU.docx', data: new Uint8Array([1, 2]) },
        { name: 'Brev BUU.docx', data: new Uint8Array([3]) },
        { name: 'Brev KFU.docx', data: new Uint8Array([4]) },
      ],
    });
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['Brev BUU (2).docx', 'Brev BUU.docx', 'Brev KFU.docx']);
    expect([...(entries['Brev BUU (2).docx'] ?? [])]).toEqual([3]);
  });

  it('treats names differing only in case as duplicates (Windows would)', () => {
    expect(uniqueNames(['a.docx', 'A.docx', 'a.docx'])).toEqual(['a.docx', 'A (2).docx', 'a (3).docx']);
  });

  it('builds the file input accept list from the dialog filters', () => {
    expect(
      acceptAttribute([
        { name: 'Data', extensions: ['csv', 'xlsx'] },
        { name: 'Alle', extensions: ['*'] },
      ]),
    ).toBe('.csv,.xlsx');
  });

  it('turns the desktop menu shortcuts into menu commands, until unsubscribed', () => {
    const fakeWindow = new EventTarget();
    vi.stubGlobal('window', fakeWindow);
    const keydown = (key: string): Event =>
      Object.assign(new Event('keydown', { cancelable: true }), {
        key,
        ctrlKey: true,
        metaKey: false,
        shiftKey: false,
        altKey: false,
      });
    try {
      const seen: string[] = [];
      const unsubscribe = createBrowserPlatform().onMenuCommand((command) => seen.push(command));
      const save = keydown('s');
      fakeWindow.dispatchEvent(save);
      fakeWindow.dispatchEvent(keydown('z'));
      expect(seen).toEqual(['save']);
      expect(save.defaultPrevented).toBe(true);
      unsubscribe();
      fakeWindow.dispatchEvent(keydown('s'));
      expect(seen).toEqual(['save']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
