import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { getDraft, saveDraft } from '../db/letters';
import { clearJournal, journalToRestore, type JournalStorage } from './crash-journal';

export interface OpenedDraft {
  /** undefined when no draft has this id. */
  draft: LetterDraft | undefined;
  /** True when edits that never reached the database were taken from the crash journal (and are now stored). */
  restored: boolean;
}

/**
 * The editor's first read of a draft: when the crash journal holds a newer state (typed just before a reload or a
 * closed window), that state is stored and returned instead, and the journal is cleared.
 */
export async function openDraft(
  db: BarometerDb,
  storage: JournalStorage | null,
  letterId: string,
): Promise<OpenedDraft> {
  const stored = await getDraft(db, letterId);
  const journal = journalToRestore(storage, stored);
  if (!journal) return { draft: stored, restored: false };
  await saveDraft(db, journal);
  clearJournal(storage, journal);
  return { draft: journal, restored: true };
}
