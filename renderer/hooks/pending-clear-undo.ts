import type { ClearedData } from '../db/clear';

/**
 * The "Fortryd" offered after "Ryd data", kept outside the Data screen so it is still offered when the user
 * comes back within the minute (undoClear itself refuses if data was stored since).
 */
export const CLEAR_UNDO_SECONDS = 60;

interface PendingClear {
  removed: ClearedData;
  expiresAt: number;
}

let pending: PendingClear | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function offerClearUndo(removed: ClearedData, now = Date.now()): void {
  pending = { removed, expiresAt: now + CLEAR_UNDO_SECONDS * 1000 };
  notify();
}

/** What can still be undone, or null once the minute is over (or after undo / newer data). */
export function pendingClearUndo(now = Date.now()): PendingClear | null {
  if (pending && now >= pending.expiresAt) pending = null;
  return pending;
}

export function dropClearUndo(): void {
  if (pending === null) return;
  pending = null;
  notify();
}

export function subscribeClearUndo(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
