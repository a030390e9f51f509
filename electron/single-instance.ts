// One Barometerbrev at a time: two instances would share (and fight over) the same IndexedDB files.
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface RestorableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Claims the lock. Returns false (and quits) in a second launch; in the first, a later launch brings the
 * existing window back: restored if minimised, shown and focused.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => RestorableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
