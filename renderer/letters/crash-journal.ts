import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb, JournalRecord } from '../db/database';

/**
 * The crash journal: the editor's latest text, written to IndexedDB (`db.journal`) on every keystroke, before the
 * autosave gets to it, in a transaction with `durability: 'strict'`, so the write is flushed to disk when it
 * completes. (localStorage, used before, reached the disk only about a second later: a browser killed within that
 * time lost the last words.) Electron runs the same Chromium IndexedDB, so this holds in both shells.
 * The journal is cleared in the same transaction as the save that stores its state (see saveAndClearJournal).
 * Best effort: a failing journal write never stops the editing (the autosave still runs and reports its errors).
 */

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

/**
 * One strict-durability put. Dexie sets durability per database only (`chromeTransactionDurability`), and the rest
 * of the app does not need an fsync per write, so the journal uses IndexedDB's own transaction with the option.
 */
function putStrict(db: BarometerDb, record: JournalRecord): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Inside the executor: a closed connection (another window upgraded) rejects instead of throwing.
    const transaction = db.backendDB().transaction('journal', 'readwrite', { durability: 'strict' });
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('Journalen blev ikke skrevet.'));
    transaction.objectStore('journal').put(record);
    // Commit now rather than at the end of the task: a window closed right after the keystroke still commits.
    transaction.commit?.();
  });
}

/**
 * Writes each state of a draft to the journal at once, in its own transaction, started before the keystroke's
 * handler returns: a window closed right after the last key still commits it. IndexedDB runs read-write transactions
 * on one store in the order they were started, so the last state written is the last one kept.
 */
export class DraftJournal {
  private readonly writing = new Set<Promise<void>>();
  private opening: Promise<unknown> | null = null;

  constructor(private readonly db: BarometerDb) {}

  write(draft: LetterDraft): void {
    const record = { letterId: draft.id, draft, writtenAt: new Date().toISOString() };
    // Started now when the database is open (it is once the editor shows the draft); before that, in order.
    const started = this.db.isOpen()
      ? putStrict(this.db, record)
      : (this.opening ??= this.db.open()).then(() => putStrict(this.db, record));
    const write = started.catch(() => {
      // Disk full or storage blocked: the autosave writes the same text and reports the error if it fails too.
    });
    this.writing.add(write);
    void write.finally(() => this.writing.delete(write));
  }

  /** Resolves when every state handed to `write` so far is on disk (or its write failed). */
  async settled(): Promise<void> {
    await Promise.all([...this.writing]);
  }
}

/** The journalled draft for the letter, or null when there is none or it cannot be read. */
export async function readJournal(db: BarometerDb, letterId: string): Promise<LetterDraft | null> {
  try {
    const record = await db.journal.get(letterId);
    return record && isJournalledDraft(record.draft, letterId) ? record.draft : null;
  } catch {
    return null;
  }
}

/**
 * Inside a transaction that also stored `saved`: removes the journal when it holds that state or an older one. A
 * newer state (typed while the write ran) stays until its own save.
 */
export async function clearJournalUpTo(db: BarometerDb, saved: LetterDraft): Promise<void> {
  const record = await db.journal.get(saved.id);
  if (!record) return;
  if (isJournalledDraft(record.draft, saved.id) && record.draft.updatedAt > saved.updatedAt) return;
  await db.journal.delete(saved.id);
}

/** Removes the journal whatever it holds (the writer chose another version, or the draft is gone). */
export async function dropJournal(db: BarometerDb, letterId: string): Promise<void> {
  try {
    await db.journal.delete(letterId);
  } catch {
    // A stale journal is not newer than the stored draft, so it is never restored.
  }
}

/**
 * When the editor opens a letter: the journalled state if it is newer than the stored draft (the last edits did not
 * reach the letter), else null. A journal for a draft that no longer exists is not restored (it was deleted).
 */
export function journalToRestore(
  journal: LetterDraft | null,
  stored: LetterDraft | undefined,
): LetterDraft | null {
  if (!stored || !journal) return null;
  return journal.updatedAt > stored.updatedAt ? journal : null;
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
