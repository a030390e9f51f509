import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, spellCheckerLanguages } from './window-options';

class FakeBrowserWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('createMainWindow', () => {
  const { options } = createMainWindow(FakeBrowserWindow, '/app/dist-electron/preload.cjs', {
    x: 1,
    y: 2,
    width: 1000,
    height: 700,
  });

  it('locks the renderer down', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('stays hidden until the first paint and uses the remembered bounds', () => {
    expect(options).toMatchObject({
      show: false,
      x: 1,
      y: 2,
      width: 1000,
      height: 700,
      title: 'Barometerbrev',
    });
  });
});

describe('spellCheckerLanguages', () => {
  it('prefers Danish and keeps only languages the system has', () => {
    expect(spellCheckerLanguages(['en-US', 'da', 'de'])).toEqual(['da', 'en-US']);
    expect(spellCheckerLanguages(['fr'])).toEqual([]);
  });
});
