import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { describeStorageError } from '../db/errors';
import { getDraft, saveDraft } from '../db/letters';
import { Autosaver, type SaveState } from './autosave';
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
}

/**
 * The editor's working copy of a draft: every change goes into the letter-level undo history and is saved
 * automatically (within a second), and at once when the window is hidden or closed.
 */
export function useDraftEditing(db: BarometerDb, letterId: string): DraftEditing {
  const [draft, setDraft] = useState<LetterDraft | null | undefined>(undefined);
  const [history, setHistory] = useState<History<LetterDraft>>(emptyHistory);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const current = useRef<LetterDraft | null | undefined>(undefined);
  // The ref is the source of truth (read by callbacks); the state re-renders the buttons.
  const historyRef = useRef(history);
  const setBoth = useCallback((next: History<LetterDraft>) => {
    historyRef.current = next;
    setHistory(next);
  }, []);

  const saver = useMemo(
    () =>
      new Autosaver<LetterDraft>((value) => saveDraft(db, value), setSaveState, {
        describeError: describeStorageError,
      }),
    [db],
  );

  useEffect(() => {
    let active = true;
    getDraft(db, letterId).then(
      (found) => {
        if (!active) return;
        current.current = found ?? null;
        setDraft(found ?? null);
      },
      (error: unknown) => active && setSaveState({ kind: 'error', message: describeStorageError(error) }),
    );
    return () => {
      active = false;
    };
  }, [db, letterId]);

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
      setDraft(next);
      saver.schedule(next);
    },
    [saver],
  );

  const change = useCallback(
    (update: (draft: LetterDraft) => LetterDraft, group = false) => {
      const previous = current.current;
      if (!previous) return;
      const next = { ...update(previous), updatedAt: new Date().toISOString() };
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
      show({ ...result.value, updatedAt: new Date().toISOString() });
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
  };
}
