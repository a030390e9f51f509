import { describe, expect, it } from 'vitest';
import { Autosaver } from './autosave';
import { holdUnloadWhileUnsaved, type UnloadEvent } from './unload-guard';

function unloadEvent(): UnloadEvent & { prevented: boolean } {
  return {
    prevented: false,
    returnValue: undefined,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('closing the window with unsaved text', () => {
  it('holds the close and writes the text at once; closing again after the write is not held', async () => {
    const stored: string[] = [];
    const saver = new Autosaver<string>(
      async (value) => {
        stored.push(value);
      },
      () => undefined,
      { delayMs: 60_000 },
    );
    saver.schedule('Sidste ord');
    const first = unloadEvent();
    expect(holdUnloadWhileUnsaved(saver, first)).toBe(true);
    expect(first.prevented).toBe(true);
    expect(first.returnValue).toBe('');
    await saver.flush();
    expect(stored).toEqual(['Sidste ord']);

    const second = unloadEvent();
    expect(holdUnloadWhileUnsaved(saver, second)).toBe(false);
    expect(second.prevented).toBe(false);
  });

  it('holds the close while a write is still running', () => {
    const saver = new Autosaver<string>(
      () => new Promise<void>(() => undefined),
      () => undefined,
    );
    saver.schedule('Skrives nu');
    void saver.flush();
    const event = unloadEvent();
    expect(holdUnloadWhileUnsaved(saver, event)).toBe(true);
  });

  it('does not hold the close after a failed write, so the window can always be closed', async () => {
    const saver = new Autosaver<string>(
      () => Promise.reject(new Error('QuotaExceededError')),
      () => undefined,
      { retryMs: 60_000 },
    );
    saver.schedule('Kan ikke gemmes');
    await saver.flush();
    expect(saver.hasUnsaved()).toBe(true);
    expect(holdUnloadWhileUnsaved(saver, unloadEvent())).toBe(false);
    await saver.dispose();
  });
});
