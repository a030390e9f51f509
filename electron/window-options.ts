// Creates the one BrowserWindow. The constructor comes in as a parameter so a test can pin every
// security-relevant preference, and the options stay a literal at the `new BrowserWindow` call so that
// Electronegativity (scripts/security-check.mjs) can read them too.
import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_SIZE, type Rect } from './window-state';

export type BrowserWindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export function createMainWindow<W>(
  BrowserWindow: BrowserWindowConstructor<W>,
  preloadPath: string,
  bounds: Rect,
): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Barometerbrev',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would ask for a new window; the window-open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
}

/** Spell-check languages: Danish first, English for the occasional term; only those the system offers. */
export function spellCheckerLanguages(available: readonly string[]): string[] {
  const wanted = ['da', 'da-DK', 'en-GB', 'en-US'];
  return wanted.filter((language) => available.includes(language));
}
