/**
 * The letter-level undo stack behind "Fortryd" and "Gentag": snapshots of the whole draft, so the buttons undo a
 * header change, a state change or a paragraph edit alike. Typing in quick succession counts as one step.
 */
export interface History<T> {
  past: T[];
  future: T[];
  /** When the last snapshot was taken (ms), to group keystrokes into one step. */
  lastRecordedAt: number;
}

const LIMIT = 100;
const GROUP_MS = 1000;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastRecordedAt: 0 };
}

/** Records the state BEFORE a change. A change within a second of the previous one joins that step. */
export function recordChange<T>(history: History<T>, before: T, now: number, group = true): History<T> {
  if (group && history.past.length > 0 && now - history.lastRecordedAt < GROUP_MS) {
    return { ...history, future: [], lastRecordedAt: now };
  }
  return { past: [...history.past, before].slice(-LIMIT), future: [], lastRecordedAt: now };
}

export function undo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = history.past[history.past.length - 1];
  if (value === undefined) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastRecordedAt: 0 },
    value,
  };
}

export function redo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const [value, ...rest] = history.future;
  if (value === undefined) return null;
  return { history: { past: [...history.past, current], future: rest, lastRecordedAt: 0 }, value };
}

/**
 * Something that happened and cannot be undone (a review copy went out): made in every snapshot too, so Fortryd and
 * Gentag step through the edits around it without taking it back.
 */
export function applyToAll<T>(history: History<T>, update: (value: T) => T): History<T> {
  return { ...history, past: history.past.map(update), future: history.future.map(update) };
}
