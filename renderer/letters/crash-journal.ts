import type { LetterDraft } from '../../shared/letter/types';

/**
 * A synchronous copy of the draft being edited, in localStorage. IndexedDB writes are asynchronous and a reload or a
 * closed window cuts them off; localStorage is written before the keystroke's handler returns, so the last few
 * hundred milliseconds of typing survive. The journal is cleared once IndexedDB holds that state.
 * Best effort only: a full or blocked localStorage never stops the editing (the autosave still runs).
 */

/** The part of `Storage` the journal uses (a Map-backed object in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'barometerbrev.kladde.';

export function journalKey(letterId: string): string {
  return `${PREFIX}${letterId}`;
}

/** The browser's localStorage, or null where it is unavailable (private mode, blocked storage). */
export function browserJournalStorage(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Writes the draft's latest state (with its updatedAt) synchronously. */
export function writeJournal(storage: JournalStorage | null, draft: LetterDraft): void {
  try {
    storage?.setItem(journalKey(draft.id), JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage blocked: the autosave still writes to IndexedDB shortly.
  }
}

function isJournalledDraft(value: unknown, letterId: string): value is LetterDraft {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<LetterDraft>;
  return (
    candidate.id === letterId &&
    typeof candidate.updatedAt === 'string' &&
    Array.isArray(candidate.paragraphs) &&
    typeof candidate.header === 'object' &&
    candidate.header !== null
  );
}

/** The journalled draft for the letter, or null when there is none or it cannot be read. */
export function readJournal(storage: JournalStorage | null, letterId: string): LetterDraft | null {
  try {
    const text = storage?.getItem(journalKey(letterId));
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isJournalledDraft(value, letterId) ? value : null;
  } catch {
    return null;
  }
}

/**
 * After IndexedDB stored `saved`: removes the journal when it holds that state or an older one. A newer state (typed
 * while the write ran) stays until its own write.
 */
export function clearJournal(storage: JournalStorage | null, saved: LetterDraft): void {
  try {
    const text = storage?.getItem(journalKey(saved.id));
    if (!text) return;
    const journal = readJournal(storage, saved.id);
    const holdsSaved = text === JSON.stringify(saved);
    if (journal && !holdsSaved && journal.updatedAt >= saved.updatedAt) return;
    storage?.removeItem(journalKey(saved.id));
  } catch {
    // Nothing to do: a stale journal is ignored on the next open (it is not newer than the stored draft).
  }
}

/** Removes the journal whatever it holds (the draft was deleted). */
export function dropJournal(storage: JournalStorage | null, letterId: string): void {
  try {
    storage?.removeItem(journalKey(letterId));
  } catch {
    // See clearJournal.
  }
}

/**
 * When the editor opens a letter: the journalled state if it is newer than the stored draft (the last edits did not
 * reach IndexedDB), else null. A journal for a draft that no longer exists is not restored (it was deleted).
 */
export function journalToRestore(
  storage: JournalStorage | null,
  stored: LetterDraft | undefined,
): LetterDraft | null {
  if (!stored) return null;
  const journal = readJournal(storage, stored.id);
  return journal && journal.updatedAt > stored.updatedAt ? journal : null;
}

/**
 * The updatedAt of a new change: now, but always later than the previous state's, so the journal of a change is
 * newer than the stored draft even when the clock stepped back (NTP) or two changes fall in one millisecond.
 */
export function nextUpdatedAt(previousIso: string, now: Date = new Date()): string {
  const previous = Date.parse(previousIso);
  const time = Number.isNaN(previous) ? now.getTime() : Math.max(now.getTime(), previous + 1);
  return new Date(time).toISOString();
}
