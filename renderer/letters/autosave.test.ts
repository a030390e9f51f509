import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, describeSaveState, type SaveState } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(save: (value: string) => Promise<void>) {
  const states: SaveState[] = [];
  const saver = new Autosaver<string>(save, (state) => states.push(state), {
    delayMs: 400,
    retryMs: 1000,
    describeError: () => 'Disken er fuld.',
  });
  return { saver, states };
}

describe('Autosaver', () => {
  it('writes only the latest value, once, after the user pauses', async () => {
    const saved: string[] = [];
    const { saver, states } = setup(async (value) => {
      saved.push(value);
    });
    saver.schedule('K');
    saver.schedule('Kæ');
    saver.schedule('Kære');
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Kære']);
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('keeps the text after a failed write and retries it', async () => {
    let fail = true;
    const saved: string[] = [];
    const { saver, states } = setup(async (value) => {
      if (fail) throw new Error('QuotaExceededError');
      saved.push(value);
    });
    saver.schedule('Vigtig tekst');
    await vi.advanceTimersByTimeAsync(400);
    expect(states.at(-1)).toEqual({ kind: 'error', message: 'Disken er fuld.' });
    expect(saver.hasUnsaved()).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['Vigtig tekst']);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('writes at once on flush (page hidden) without waiting for the pause', async () => {
    const saved: string[] = [];
    const { saver } = setup(async (value) => {
      saved.push(value);
    });
    saver.schedule('Luk nu');
    await saver.flush();
    expect(saved).toEqual(['Luk nu']);
  });

  it('saves a value typed while the previous write was still running', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const { saver } = setup(
      (value) =>
        new Promise<void>((resolve) => {
          saved.push(value);
          release = resolve;
        }),
    );
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(400);
    saver.schedule('ab');
    release();
    await vi.advanceTimersByTimeAsync(400);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['a', 'ab']);
  });

  it('lets every concurrent flush wait until the newest text is stored', async () => {
    const stored: string[] = [];
    const releases: (() => void)[] = [];
    const { saver } = setup(
      (value) =>
        new Promise<void>((resolve) => {
          releases.push(() => {
            stored.push(value);
            resolve();
          });
        }),
    );
    saver.schedule('a');
    const first = saver.flush(); // starts writing "a"
    saver.schedule('ab');
    const second = saver.flush();
    let thirdDone = false;
    const third = saver.flush().then(() => {
      thirdDone = true;
    });
    releases[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['a']);
    // "ab" is being written: no flush may report "saved" yet.
    expect(thirdDone).toBe(false);
    expect(saver.hasUnsaved()).toBe(true);
    releases[1]?.();
    await Promise.all([first, second, third]);
    expect(stored).toEqual(['a', 'ab']);
    expect(releases).toHaveLength(2);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('stops, keeps the newest text and writes nothing after a refused save until resumed (conflict)', async () => {
    class Conflict extends Error {}
    let refuse = true;
    const saved: string[] = [];
    const states: SaveState[] = [];
    const saver = new Autosaver<string>(
      async (value) => {
        if (refuse) throw new Conflict('Brevet er ændret i et andet vindue.');
        saved.push(value);
      },
      (state) => states.push(state),
      {
        delayMs: 400,
        retryMs: 1000,
        describeError: (error) => String((error as Error).message),
        holdOn: (error) => error instanceof Conflict,
      },
    );
    saver.schedule('mit');
    await vi.advanceTimersByTimeAsync(400);
    expect(states.at(-1)).toEqual({ kind: 'held', message: 'Brevet er ændret i et andet vindue.' });
    expect(saver.isHeld()).toBe(true);
    // Typing goes on; no retry, no write, however long.
    saver.schedule('mit nye');
    await saver.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual([]);
    expect(saver.hasUnsaved()).toBe(true);
    refuse = false;
    saver.resume();
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['mit nye']);
    expect(states.at(-1)?.kind).toBe('saved');
    // Held by hand (a change noticed before saving) and the pending text dropped (the other version taken).
    saver.hold('Brevet er ændret i et andet vindue.');
    saver.schedule('kasseres');
    saver.discardPending();
    saver.resume();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['mit nye']);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('tells the user when it was saved', () => {
    expect(describeSaveState({ kind: 'saved', at: new Date(2008, 4, 16, 14, 32) })).toBe('Gemt kl. 14:32');
    expect(describeSaveState({ kind: 'saving' })).toBe('Gemmer …');
  });
});
