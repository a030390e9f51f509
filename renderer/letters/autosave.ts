/**
 * Saves the latest value shortly after the user stops typing, one write at a time. A failed write keeps the value
 * in memory and is retried, so nothing typed is lost while the disk is full or the database is busy.
 */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

export interface AutosaveOptions {
  delayMs?: number;
  retryMs?: number;
  describeError?: (error: unknown) => string;
}

export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<boolean> | null = null;
  private disposed = false;
  private failed = false;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly describeError: (error: unknown) => string;

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    options: AutosaveOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    this.retryMs = options.retryMs ?? 3000;
    this.describeError = options.describeError ?? ((error) => String(error));
  }

  /** A new value to store; earlier unsaved values are replaced (only the latest matters). */
  schedule(value: T): void {
    if (this.disposed) return;
    this.pending = { value };
    this.onState({ kind: 'pending' });
    this.arm(this.delayMs);
  }

  /** True while a value is waiting or being written: closing the window now could lose it. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.running !== null;
  }

  /** True when the latest write failed (the text is kept in memory and retried). */
  lastWriteFailed(): boolean {
    return this.failed;
  }

  /**
   * Writes the pending value now (page hidden, leaving the editor); resolves when nothing is left unsaved or a write
   * failed. Loops: while one write runs, newer text may arrive, and every concurrent caller waits for that too.
   */
  async flush(): Promise<void> {
    this.clearTimer();
    for (;;) {
      // Start a write only when none runs; the check and the start are synchronous, so callers never write twice.
      const write = this.running ?? (this.pending ? this.startWrite(this.pending.value) : null);
      if (!write) return;
      // A failed value is kept and retried later; the caller learns of it through the error state.
      if (!(await write)) return;
    }
  }

  /** One write of `value` (the pending one); resolves false when it failed. */
  private startWrite(value: T): Promise<boolean> {
    this.pending = null;
    this.clearTimer();
    this.onState({ kind: 'saving' });
    const attempt = this.callSave(value).then(
      () => {
        this.failed = false;
        if (!this.pending) this.onState({ kind: 'saved', at: new Date() });
        return true;
      },
      (error: unknown) => {
        // Keep the text: put it back unless a newer value arrived meanwhile, and try again later.
        if (!this.pending) this.pending = { value };
        this.failed = true;
        this.onState({ kind: 'error', message: this.describeError(error) });
        return false;
      },
    );
    const running = attempt.then((ok) => {
      this.running = null;
      if (!ok) this.arm(this.retryMs);
      else if (this.pending && !this.timer) this.arm(this.delayMs);
      return ok;
    });
    this.running = running;
    return running;
  }

  /** A save that throws at once counts as a failed write, like one that rejects. */
  private callSave(value: T): Promise<void> {
    try {
      return this.save(value);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Stops timers; a value not yet saved is written first. */
  async dispose(): Promise<void> {
    await this.flush();
    this.disposed = true;
    this.clearTimer();
  }

  private arm(delay: number): void {
    this.clearTimer();
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** "Gemt kl. 14:32". */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'pending':
    case 'saving':
      return 'Gemmer …';
    case 'saved':
      return `Gemt kl. ${String(state.at.getHours()).padStart(2, '0')}:${String(state.at.getMinutes()).padStart(2, '0')}`;
    case 'error':
      return `Ikke gemt: ${state.message} Teksten er bevaret, og der prøves igen om lidt.`;
  }
}
