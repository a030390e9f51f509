import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { describeStorageError } from '../db/errors';
import { DraftConflictError, draftCopy, revisionOf, saveDraft } from '../db/letters';
import { Autosaver, type SaveState } from './autosave';
import { DraftJournal, dropJournal, nextUpdatedAt } from './crash-journal';
import { newLetterId } from './draft-service';
import { openDraft, saveAndClearJournal, sameContent } from './open-draft';
import { applyToAll, emptyHistory, recordChange, redo, undo, type History } from './history';
import { holdUnloadWhileUnsaved } from './unload-guard';

/**
 * The stored draft moved on under the editor (another window saved it, a restore replaced or removed it): the
 * editor's own version is not saved over it until the writer chooses.
 */
export interface DraftConflict {
  /** The editor's version, not stored. */
  mine: LetterDraft;
  /** The stored version now; undefined when the draft was deleted. */
  theirs: LetterDraft | undefined;
}

/** 'discard': only when the draft was deleted (mine is dropped, the editor shows that the letter is gone). */
export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'copy-mine' | 'discard';

export interface DraftEditing {
  /** undefined while loading; null when no draft has this id. */
  draft: LetterDraft | null | undefined;
  /**
   * THE way to change the draft: applies `update` to the current draft as one undoable step, journals it and saves
   * it (revision-checked) shortly after. `group`: merge with the previous step when it came within a moment (typing).
   */
  change: (update: (draft: LetterDraft) => LetterDraft, group?: boolean) => void;
  /**
   * Records something that happened and cannot be taken back (a review copy went out): applies `update` to the draft
   * and to every Fortryd/Gentag snapshot, so undoing an edit keeps it. Journaled and saved like `change`.
   */
  recordFact: (update: (draft: LetterDraft) => LetterDraft) => void;
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
  /** Set while the stored draft changed under the editor; saving is held until `resolveConflict`. */
  conflict: DraftConflict | null;
  /** Resolves the conflict; 'copy-mine' resolves to the new letter's id (the caller opens it). */
  resolveConflict: (choice: ConflictChoice) => Promise<string | null>;
  /** Set when another window's saved version replaced what this (idle) editor showed. */
  replacedByOther: boolean;
  dismissReplaced: () => void;
}

/** The editor's bookkeeping, read by the save and the live query outside React's render. */
class EditorBook {
  private shownDraft: LetterDraft | null | undefined = undefined;
  /** The stored revision the editor's text is based on (loaded or last saved by this editor). */
  private baseRevision = 0;
  private openConflict: DraftConflict | null = null;
  /** updatedAt of that stored version: a restore can put back another text under the same revision. */
  private baseStamp = '';

  shown(): LetterDraft | null | undefined {
    return this.shownDraft;
  }
  setShown(draft: LetterDraft | null | undefined): void {
    this.shownDraft = draft;
  }
  base(): number {
    return this.baseRevision;
  }
  /** The stored version the editor's text is now based on. */
  basedOn(stored: LetterDraft | undefined): void {
    this.baseRevision = revisionOf(stored);
    this.baseStamp = stored?.updatedAt ?? '';
  }
  /** True when `stored` is the version the editor is based on (same revision and the same save). */
  isBase(stored: LetterDraft): boolean {
    return revisionOf(stored) === this.baseRevision && stored.updatedAt === this.baseStamp;
  }
  conflict(): DraftConflict | null {
    return this.openConflict;
  }
  setConflict(conflict: DraftConflict | null): void {
    this.openConflict = conflict;
  }
}

function describeSaveError(error: unknown): string {
  return error instanceof DraftConflictError ? error.message : describeStorageError(error);
}

/**
 * The editor's working copy of a draft: every change goes into the letter-level undo history, into the crash journal
 * (IndexedDB, strict durability) at once, and is saved automatically (within a second, at once when the window is
 * hidden or closed). Saves name the revision the editor loaded or last saved, so a draft changed in another window
 * is never overwritten silently: the editor stops saving and asks (`conflict`). An editor without unsaved edits
 * takes another window's saved version as soon as it is stored.
 */
export function useDraftEditing(db: BarometerDb, letterId: string): DraftEditing {
  const [draft, setDraft] = useState<LetterDraft | null | undefined>(undefined);
  const [history, setHistory] = useState<History<LetterDraft>>(emptyHistory);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [restored, setRestored] = useState(false);
  const [conflict, setConflictState] = useState<DraftConflict | null>(null);
  const [replacedByOther, setReplacedByOther] = useState(false);
  const journal = useMemo(() => new DraftJournal(db), [db]);
  /** This editor window's id, saved with each revision it writes (see LetterDraft.editorSession). */
  const session = useMemo(() => crypto.randomUUID(), []);
  const book = useMemo(() => new EditorBook(), []);
  const setConflict = useCallback(
    (next: DraftConflict | null) => {
      book.setConflict(next);
      setConflictState(next);
    },
    [book],
  );
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
          try {
            const saved = await saveAndClearJournal(db, value, book.base());
            book.basedOn(saved);
          } catch (error) {
            if (error instanceof DraftConflictError) {
              // The newest text, not the value of this write (typing may have gone on meanwhile).
              const mine = book.shown() ?? value;
              setConflict({ mine, theirs: error.current });
            }
            throw error;
          }
        },
        setSaveState,
        { describeError: describeSaveError, holdOn: (error) => error instanceof DraftConflictError },
      ),
    [db, book, setConflict],
  );

  /** Shows a stored version as the editor's text (no save: it is stored already). */
  const adopt = useCallback(
    (stored: LetterDraft) => {
      saver.discardPending();
      book.basedOn(stored);
      book.setShown(stored);
      // The undo history was written on the other version: undoing into it would silently overwrite this one.
      setBoth(emptyHistory());
      setDraft(stored);
    },
    [book, saver, setBoth],
  );

  useEffect(() => {
    let active = true;
    openDraft(db, letterId).then(
      ({ draft: found, restored: fromJournal, conflict: journalled }) => {
        if (!active) return;
        book.basedOn(found);
        if (journalled && found) {
          // Text from the crash journal, begun on a version another window has since replaced: ask.
          book.setShown(journalled);
          setDraft(journalled);
          saver.hold(new DraftConflictError(found, book.base()).message);
          saver.schedule(journalled);
          setConflict({ mine: journalled, theirs: found });
          return;
        }
        book.setShown(found ?? null);
        setDraft(found ?? null);
        setRestored(fromJournal);
      },
      (error: unknown) => active && setSaveState({ kind: 'error', message: describeStorageError(error) }),
    );
    return () => {
      active = false;
    };
  }, [book, db, letterId, saver, setConflict]);

  // Another window (or a restore, a state change in the list) stored this draft: notice it while idle, not only on
  // the next save. Dexie's liveQuery also sees other tabs' writes (it broadcasts them between windows).
  useEffect(() => {
    const subscription = liveQuery(() => db.letters.get(letterId)).subscribe({
      next: (stored) => {
        const shown = book.shown();
        if (!shown || book.conflict() || saver.isWriting()) return;
        if (stored && book.isBase(stored)) return;
        if (stored && !saver.hasUnsaved()) {
          if (!sameContent(stored, shown)) setReplacedByOther(true);
          adopt(stored);
          return;
        }
        // Unsaved edits on an outdated version, or the draft is gone: hold the autosave and ask.
        saver.hold(new DraftConflictError(stored, book.base()).message);
        saver.schedule(shown);
        setConflict({ mine: shown, theirs: stored });
      },
      error: () => {
        // Only an early notice: the revision check on saving still guards the draft.
      },
    });
    return () => subscription.unsubscribe();
  }, [book, db, letterId, saver, adopt, setConflict]);

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
      // The revision the text is based on travels in the journal: a crash journal begun on an older one is a conflict.
      const based = { ...next, revision: book.base(), editorSession: session };
      book.setShown(based);
      // Started before the keystroke's handler returns, with strict durability (see crash-journal.ts).
      journal.write(based);
      setDraft(based);
      saver.schedule(based);
      const open = book.conflict();
      if (open) setConflict({ ...open, mine: based });
    },
    [book, saver, journal, session, setConflict],
  );

  const change = useCallback(
    (update: (draft: LetterDraft) => LetterDraft, group = false) => {
      const previous = book.shown();
      if (!previous) return;
      const next = { ...update(previous), updatedAt: nextUpdatedAt(previous.updatedAt) };
      setBoth(recordChange(historyRef.current, previous, Date.now(), group));
      show(next);
    },
    [book, show, setBoth],
  );

  const recordFact = useCallback(
    (update: (draft: LetterDraft) => LetterDraft) => {
      const previous = book.shown();
      if (!previous) return;
      setBoth(applyToAll(historyRef.current, update));
      show({ ...update(previous), updatedAt: nextUpdatedAt(previous.updatedAt) });
    },
    [book, show, setBoth],
  );

  const step = useCallback(
    (direction: typeof undo) => {
      const present = book.shown();
      if (!present) return;
      const result = direction(historyRef.current, present);
      if (!result) return;
      setBoth(result.history);
      show({ ...result.value, updatedAt: nextUpdatedAt(present.updatedAt) });
    },
    [book, show, setBoth],
  );

  const resolveConflict = useCallback(
    async (choice: ConflictChoice): Promise<string | null> => {
      const open = book.conflict();
      if (!open) return null;
      const { mine, theirs } = open;
      if (choice === 'take-theirs') {
        if (!theirs) return null;
        setConflict(null);
        adopt(theirs);
        saver.resume();
        await dropJournal(db, mine.id);
        return null;
      }
      if (choice === 'keep-mine') {
        if (!theirs) return null;
        // Mine becomes the next revision after theirs: saved by the normal (still checked) path.
        book.basedOn(theirs);
        setConflict(null);
        const latest = theirs.updatedAt > mine.updatedAt ? theirs.updatedAt : mine.updatedAt;
        show({ ...mine, updatedAt: nextUpdatedAt(latest) });
        saver.resume();
        await saver.flush();
        return null;
      }
      // 'copy-mine' and 'discard': this editor goes back to the stored version (or to nothing, if deleted).
      const copy = choice === 'copy-mine' ? await saveDraft(db, draftCopy(mine, newLetterId())) : null;
      setConflict(null);
      saver.discardPending();
      await dropJournal(db, mine.id);
      if (theirs) adopt(theirs);
      else {
        book.setShown(null);
        setDraft(null);
      }
      saver.resume();
      return copy?.id ?? null;
    },
    [book, db, saver, adopt, show, setConflict],
  );

  return {
    draft,
    change,
    recordFact,
    undo: useCallback(() => step(undo), [step]),
    redo: useCallback(() => step(redo), [step]),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveState,
    flush: useCallback(() => saver.flush(), [saver]),
    restored,
    dismissRestored: useCallback(() => setRestored(false), []),
    conflict,
    resolveConflict,
    replacedByOther,
    dismissReplaced: useCallback(() => setReplacedByOther(false), []),
  };
}
