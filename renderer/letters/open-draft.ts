import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { getDraft, revisionOf, saveDraftIfUnchanged } from '../db/letters';
import { clearJournalUpTo, dropJournal, journalToRestore, readJournal } from './crash-journal';

export interface OpenedDraft {
  /** undefined when no draft has this id. */
  draft: LetterDraft | undefined;
  /** True when edits that never reached the database were taken from the crash journal (and are now stored). */
  restored: boolean;
  /**
   * Edits from the crash journal that were made on an older revision than the stored one (another window saved
   * since): not stored over it; the editor shows both and lets the writer choose.
   */
  conflict?: LetterDraft;
}

/** What the writer sees and changes; timestamps and revision aside. */
export function sameContent(a: LetterDraft, b: LetterDraft): boolean {
  const content = (draft: LetterDraft): string =>
    JSON.stringify([draft.header, draft.paragraphs, draft.state, draft.areaIds, draft.variant]);
  return content(a) === content(b);
}

/**
 * Saves `draft` only if the stored draft still has `baseRevision`, and clears the crash journal up to it in the same
 * transaction (a journal is never cleared without its text being stored, and never left behind a stored state).
 * Throws DraftConflictError like saveDraftIfUnchanged.
 */
export async function saveAndClearJournal(
  db: BarometerDb,
  draft: LetterDraft,
  baseRevision: number,
): Promise<LetterDraft> {
  return db.transaction('rw', db.letters, db.journal, async () => {
    const saved = await saveDraftIfUnchanged(db, draft, baseRevision);
    await clearJournalUpTo(db, saved);
    return saved;
  });
}

/**
 * The editor's first read of a draft: when the crash journal holds a newer state of the same revision (typed just
 * before a reload, a closed window or a crash), that state is stored and returned instead, and the journal is
 * cleared. A journal begun on an older revision is returned as `conflict` and stored nowhere.
 */
export async function openDraft(db: BarometerDb, letterId: string): Promise<OpenedDraft> {
  const [stored, journal] = await Promise.all([getDraft(db, letterId), readJournal(db, letterId)]);
  if (!journal) return { draft: stored, restored: false };
  if (!stored || sameContent(journal, stored)) {
    await dropJournal(db, letterId);
    return { draft: stored, restored: false };
  }
  // Typed on the stored revision, or on an earlier one that this same editor window then saved (typing went on
  // while its save ran): the journal continues the stored text. Anything else is another window's change.
  const continues =
    revisionOf(journal) === revisionOf(stored) ||
    (journal.editorSession !== undefined && journal.editorSession === stored.editorSession);
  if (!continues) return { draft: stored, restored: false, conflict: journal };
  const newer = journalToRestore(journal, stored);
  if (!newer) {
    await dropJournal(db, letterId);
    return { draft: stored, restored: false };
  }
  const saved = await saveAndClearJournal(db, newer, revisionOf(stored));
  return { draft: saved, restored: true };
}
