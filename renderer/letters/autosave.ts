/**
 * Saves the latest value shortly after the user stops typing, one write at a time. A failed write keeps the value
 * in memory and is retried, so nothing typed is lost while the disk is full or the database is busy.
 */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }
  /** A write was refused for a reason retrying cannot fix (the draft changed in another window): no more autosave until resumed. */
  | { kind: 'held'; message: string };

export interface AutosaveOptions {
  delayMs?: number;
  retryMs?: number;
  describeError?: (error: unknown) => string;
  /**
   * Errors that stop the autosave instead of a retry (a revision conflict: retrying would fail the same way, and the
   * writer must choose). The value stays pending until `resume` or `discardPending`.
   */
  holdOn?: (error: unknown) => boolean;
}

export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<boolean> | null = null;
  private disposed = false;
  private failed = false;
  private held = false;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly describeError: (error: unknown) => string;
  private readonly holdOn: (error: unknown) => boolean;

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    options: AutosaveOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    this.retryMs = options.retryMs ?? 3000;
    this.describeError = options.describeError ?? ((error) => String(error));
    this.holdOn = options.holdOn ?? (() => false);
  }

  /** A new value to store; earlier unsaved values are replaced (only the latest matters). */
  schedule(value: T): void {
    if (this.disposed) return;
    this.pending = { value };
    // Held: the newest text is kept for when the writer has chosen, but nothing is written before.
    if (this.held) return;
    this.onState({ kind: 'pending' });
    this.arm(this.delayMs);
  }

  /** True while stopped by an error in `holdOn` (see resume). */
  isHeld(): boolean {
    return this.held;
  }

  /** True while a write runs (its result is not known yet). */
  isWriting(): boolean {
    return this.running !== null;
  }

  /** Stops saving (as an error in `holdOn` does), e.g. when another window's change is noticed before a save. */
  hold(message: string): void {
    this.held = true;
    this.clearTimer();
    this.onState({ kind: 'held', message });
  }

  /** Starts saving again after a hold; the pending value (if any) is written soon. */
  resume(): void {
    if (!this.held) return;
    this.held = false;
    if (this.pending) {
      this.onState({ kind: 'pending' });
      this.arm(this.delayMs);
    } else this.onState({ kind: 'idle' });
  }

  /** Forgets the value waiting to be written (the writer took another version instead). */
  discardPending(): void {
    this.pending = null;
    this.clearTimer();
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
      if (this.held) {
        // A write already running finishes; a held value is not written.
        if (this.running) await this.running;
        return;
      }
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
        if (this.holdOn(error)) {
          this.held = true;
          this.onState({ kind: 'held', message: this.describeError(error) });
        } else this.onState({ kind: 'error', message: this.describeError(error) });
        return false;
      },
    );
    const running = attempt.then((ok) => {
      this.running = null;
      if (!ok) {
        if (!this.held) this.arm(this.retryMs);
      } else if (this.pending && !this.timer) this.arm(this.delayMs);
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
    if (this.disposed || this.held) return;
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
    case 'held':
      return `Ikke gemt: ${state.message}`;
  }
}
