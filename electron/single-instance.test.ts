import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type RestorableWindow, type SingleInstanceApp } from './single-instance';

function fakeApp(gotLock: boolean) {
  let secondInstance: (() => void) | null = null;
  const quit = vi.fn<() => void>();
  const app: SingleInstanceApp & { quit: typeof quit } = {
    requestSingleInstanceLock: () => gotLock,
    quit,
    on: (_event, listener) => (secondInstance = listener),
  };
  return { app, launchAgain: () => secondInstance?.() };
}

function fakeWindow(minimized: boolean): RestorableWindow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
}

describe('claimSingleInstance', () => {
  it('quits a second launch', () => {
    const { app } = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('brings the first window back, restored and focused, when launched again', () => {
    const { app, launchAgain } = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    launchAgain();
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('does nothing if the window is already gone', () => {
    const { app, launchAgain } = fakeApp(true);
    claimSingleInstance(app, () => null);
    expect(() => launchAgain()).not.toThrow();
  });
});
