import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { describeStorageError } from '../db/errors';
import { saveDraft } from '../db/letters';
import { Autosaver, type SaveState } from './autosave';
import { browserJournalStorage, clearJournal, nextUpdatedAt, writeJournal } from './crash-journal';
import { openDraft } from './open-draft';
import { emptyHistory, recordChange, redo, undo, type History } from './history';
import { holdUnloadWhileUnsaved } from './unload-guard';

export interface DraftEditing {
  /** undefined while loading; null when no draft has this id. */
  draft: LetterDraft | null | undefined;
  change: (update: (draft: LetterDraft) => LetterDraft, group?: boolean) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  /** Writes now, e.g. before an export reads the stored draft. */
  flush: () => Promise<void>;
  /** True when edits lost by a reload or a closed window were brought back from the crash journal. */
  restored: boolean;
  dismissRestored: () => void;
}

/**
 * The editor's working copy of a draft: every change goes into the letter-level undo history and is saved
 * automatically (within a second), and at once when the window is hidden or closed. Every change is also written
 * synchronously to the crash journal (localStorage), so a reload before the save finishes loses nothing.
 */
export function useDraftEditing(db: BarometerDb, letterId: string): DraftEditing {
  const [draft, setDraft] = useState<LetterDraft | null | undefined>(undefined);
  const [history, setHistory] = useState<History<LetterDraft>>(emptyHistory);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [restored, setRestored] = useState(false);
  const journal = useMemo(() => browserJournalStorage(), []);
  const current = useRef<LetterDraft | null | undefined>(undefined);
  // The ref is the source of truth (read by callbacks); the state re-renders the buttons.
  const historyRef = useRef(history);
  const setBoth = useCallback((next: History<LetterDraft>) => {
    historyRef.current = next;
    setHistory(next);
  }, []);

  const saver = useMemo(
    () =>
      new Autosaver<LetterDraft>(
        async (value) => {
          await saveDraft(db, value);
          clearJournal(journal, value);
        },
        setSaveState,
        { describeError: describeStorageError },
      ),
    [db, journal],
  );

  useEffect(() => {
    let active = true;
    openDraft(db, journal, letterId).then(
      ({ draft: found, restored: fromJournal }) => {
        if (!active) return;
        current.current = found ?? null;
        setDraft(found ?? null);
        setRestored(fromJournal);
      },
      (error: unknown) => active && setSaveState({ kind: 'error', message: describeStorageError(error) }),
    );
    return () => {
      active = false;
    };
  }, [db, journal, letterId]);

  useEffect(() => {
    const flushNow = (): void => void saver.flush();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    // pagehide cannot make the page wait; beforeunload can hold the close until the write is done (see unload-guard).
    const onBeforeUnload = (event: BeforeUnloadEvent): void => void holdUnloadWhileUnsaved(saver, event);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the editor writes what is pending (flush, not dispose: StrictMode mounts effects twice).
      void saver.flush();
    };
  }, [saver]);

  const show = useCallback(
    (next: LetterDraft) => {
      current.current = next;
      // Synchronously, before the keystroke's handler returns: survives a reload the autosave cannot finish.
      writeJournal(journal, next);
      setDraft(next);
      saver.schedule(next);
    },
    [saver, journal],
  );

  const change = useCallback(
    (update: (draft: LetterDraft) => LetterDraft, group = false) => {
      const previous = current.current;
      if (!previous) return;
      const next = { ...update(previous), updatedAt: nextUpdatedAt(previous.updatedAt) };
      setBoth(recordChange(historyRef.current, previous, Date.now(), group));
      show(next);
    },
    [show, setBoth],
  );

  const step = useCallback(
    (direction: typeof undo) => {
      const present = current.current;
      if (!present) return;
      const result = direction(historyRef.current, present);
      if (!result) return;
      setBoth(result.history);
      show({ ...result.value, updatedAt: nextUpdatedAt(present.updatedAt) });
    },
    [show, setBoth],
  );

  return {
    draft,
    change,
    undo: useCallback(() => step(undo), [step]),
    redo: useCallback(() => step(redo), [step]),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveState,
    flush: useCallback(() => saver.flush(), [saver]),
    restored,
    dismissRestored: useCallback(() => setRestored(false), []),
  };
}
