import type { Autosaver } from './autosave';

/** The parts of `beforeunload` the guard uses (a plain object in tests). */
export interface UnloadEvent {
  preventDefault(): void;
  returnValue: unknown;
}

/**
 * `beforeunload` while typed text is not yet stored: starts writing it at once and asks the browser to hold the page
 * (the browser shows its "Forlad siden?" question). `pagehide` cannot make the page wait, so without this the last
 * few hundred milliseconds of typing could be lost when the window closes.
 * In Electron the shell then asks whether to stay or close anyway (electron/unload-prompt.ts); the flush started here
 * completes either way, and the crash journal keeps the text should the window close first.
 * After a failed write the close is not held: in Electron the window could otherwise never be closed while the disk
 * is full (the editor already shows "Ikke gemt").
 * Returns true when the unload was held.
 */
export function holdUnloadWhileUnsaved(
  saver: Pick<Autosaver<unknown>, 'hasUnsaved' | 'lastWriteFailed' | 'flush'>,
  event: UnloadEvent,
): boolean {
  if (!saver.hasUnsaved() || saver.lastWriteFailed()) return false;
  void saver.flush();
  event.preventDefault();
  // Older Chromium versions (and Electron) look at returnValue instead of defaultPrevented.
  event.returnValue = '';
  return true;
}
