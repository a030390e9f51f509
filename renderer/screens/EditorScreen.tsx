import type { Editor } from '@tiptap/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import type { LetterDraft, LetterState } from '../../shared/letter/types';
import { EditorToolbar } from '../components/letter/EditorToolbar';
import { ConflictDialog } from '../components/letter/ConflictDialog';
import { HeaderFieldsForm } from '../components/letter/HeaderFieldsForm';
import { LetterPreview } from '../components/letter/LetterPreview';
import { OutdatedExportDialog, type OutdatedExportChoice } from '../components/letter/OutdatedExportDialog';
import { ParagraphEditor } from '../components/letter/ParagraphEditor';
import { SentLockBanner } from '../components/letter/SentLockBanner';
import { ParagraphReviewNote } from '../components/review/ParagraphReviewNote';
import { ReviewPanel } from '../components/review/ReviewPanel';
import { UnresolvedCommentsDialog } from '../components/review/UnresolvedCommentsDialog';
import { containsSampleData } from '../db/dataset-label';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { loadTemplates } from '../db/templates';
import { useDataset } from '../hooks/useDataset';
import { useDatasetLabel } from '../hooks/useDatasetLabel';
import { describeSaveState } from '../letters/autosave';
import { changeDraftState, composeDraft, missingReference, refreshDraft } from '../letters/draft-service';
import { exportDraftAsDocx, exportDraftAsPdf } from '../letters/export';
import { useMenuCommand } from '../menu-commands';
import { LETTER_STATES, ROLE_LABEL, STATE_LABEL, draftLabels } from '../letters/labels';
import { createOutdatedCheck } from '../letters/outdated-check';
import { useOpenByParagraph, useOpenCommentCount } from '../review/useReview';
import { useDraftEditing, type ConflictChoice } from '../letters/useDraftEditing';
import { navigate, routeHref } from '../router';
import '../styles/letters.css';

type ExportKind = 'docx' | 'pdf';
const EXPORT_WHAT: Record<ExportKind, string> = { docx: 'Word-dokumentet', pdf: 'PDF-filen' };

/** The preview's letter, or why there is none: a missing round/committee/area, or a real error (never hidden). */
type Preview =
  | { kind: 'ok'; letter: NonNullable<ReturnType<typeof composeDraft>> }
  | { kind: 'missing'; what: string }
  | { kind: 'error'; message: string }
  | { kind: 'loading' };

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

function isInsideTextField(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    Boolean(target.closest('input, textarea, select, [contenteditable="true"]'))
  );
}

export default function EditorScreen({ letterId }: { letterId: string }): ReactElement {
  const db = getDb();
  const dataset = useDataset();
  const templates = useLiveQuery(() => loadTemplates(db), [db]);
  const editing = useDraftEditing(db, letterId);
  // Also when the user's own data lies over the sample: the annex may still show invented numbers.
  const sampleLoaded = containsSampleData(useDatasetLabel());
  const { draft, change } = editing;
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [, setToolbarTick] = useState(0);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  // «Word-dokumentet er gemt.» stops being true of the letter once it changes (an edit, Fortryd, a review copy sent).
  const [exportSeenAt, setExportSeenAt] = useState(draft?.updatedAt);
  if (draft?.updatedAt !== exportSeenAt) {
    setExportSeenAt(draft?.updatedAt);
    if (exportState.kind === 'done') setExportState({ kind: 'idle' });
  }

  const [pendingExport, setPendingExport] = useState<ExportKind | null>(null);
  const [refreshNotices, setRefreshNotices] = useState<string[]>([]);
  const [conflictBusy, setConflictBusy] = useState(false);
  const [conflictError, setConflictError] = useState<string | null>(null);

  /** The writer's choice after another window changed or deleted the draft (see useDraftEditing). */
  const onConflictChoice = (choice: ConflictChoice): void => {
    setConflictBusy(true);
    setConflictError(null);
    editing.resolveConflict(choice).then(
      (copyId) => {
        setConflictBusy(false);
        if (copyId) navigate({ screen: 'editor', letterId: copyId });
      },
      (error: unknown) => {
        setConflictBusy(false);
        setConflictError(error instanceof Error ? error.message : describeStorageError(error));
      },
    );
  };
  // Review comments still open: the signing export asks once (per visit to the letter) before it goes ahead.
  const openComments = useOpenCommentCount(db, letterId);
  const openByParagraph = useOpenByParagraph(db, letterId);
  const [unresolvedAsk, setUnresolvedAsk] = useState<ExportKind | null>(null);
  const [unresolvedConfirmed, setUnresolvedConfirmed] = useState(false);

  const preview = useMemo((): Preview => {
    if (!dataset || !draft) return { kind: 'loading' };
    // A sent letter's frozen copy needs nothing from today's data.
    const missing = draft.state === 'sendt' && draft.sentSnapshot ? null : missingReference(dataset, draft);
    if (missing) return { kind: 'missing', what: missing };
    try {
      const letter = composeDraft(dataset, draft, sampleLoaded, templates);
      return letter ? { kind: 'ok', letter } : { kind: 'missing', what: 'Brevets måling eller udvalg' };
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }, [dataset, draft, sampleLoaded, templates]);
  const composed = preview.kind === 'ok' ? preview.letter : null;
  // Hashing the round is slow: recomputed only when the data or the draft's fingerprint changes, not per keystroke.
  const outdatedCheck = useMemo(() => createOutdatedCheck(), []);
  const outdated = Boolean(dataset && draft && outdatedCheck(dataset, draft));
  // The data's names, else those the letter was written with (after "Ryd alle data"), else the ids.
  const labels = draft ? draftLabels(dataset, draft) : null;
  const recipientName = labels?.recipientKnown ? labels.recipient : undefined;

  useEffect(() => {
    if (recipientName) document.title = `Brev til ${recipientName} – Barometerbrev`;
  }, [recipientName]);

  const onParagraphFocus = useCallback((editor: Editor) => setActiveEditor(editor), []);
  const refreshToolbar = useCallback(() => setToolbarTick((tick) => tick + 1), []);

  // Ctrl+Z / Ctrl+Y outside a text field undo the last change of the letter (inside a paragraph TipTap's own history acts).
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey)) return;
    if (draft?.state === 'sendt') return;
    if (
      event.key.toLowerCase() === 'k' &&
      event.target instanceof HTMLElement &&
      event.target.closest('.ProseMirror')
    ) {
      event.preventDefault();
      setLinkOpen(true);
      return;
    }
    if (isInsideTextField(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) editing.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) editing.redo();
    else return;
    event.preventDefault();
  };

  const runExport = async (kind: ExportKind, letter: LetterDraft): Promise<void> => {
    if (!dataset) return;
    const what = EXPORT_WHAT[kind];
    setExportState({ kind: 'busy', what });
    try {
      await editing.flush();
      const saved =
        kind === 'docx'
          ? await exportDraftAsDocx(dataset, letter, sampleLoaded)
          : await exportDraftAsPdf(dataset, letter, sampleLoaded);
      setExportState(saved ? { kind: 'done', message: `${what} er gemt.` } : { kind: 'idle' });
    } catch (error) {
      const message = error instanceof Error ? error.message : describeStorageError(error);
      setExportState({ kind: 'error', message: `${what} mislykkedes: ${message}` });
    }
  };

  /** Marking the letter "Sendt" freezes it as it reads now; unlocking goes back to the live data. */
  const setState = (state: LetterState): void => {
    if (!dataset) return;
    const next = draft ? changeDraftState(dataset, draft, state, sampleLoaded, templates) : null;
    if (!next) {
      setExportState({
        kind: 'error',
        message: 'Brevet kan ikke markeres som sendt, fordi det ikke kan vises (se fejlen ovenfor).',
      });
      return;
    }
    change(() => next);
  };

  /** "Opdatér de beregnede afsnit": one undoable change; the notices say which of the user's edits were replaced. */
  const refreshNow = (): LetterDraft | null => {
    if (!dataset || !draft || !templates || draft.state === 'sendt') return null;
    const result = refreshDraft(dataset, templates, draft);
    // Synchronously, so the preview (which the PDF export prints) already shows the refreshed letter.
    flushSync(() => {
      change(() => result.draft);
      setRefreshNotices(result.notices);
    });
    return result.draft;
  };

  // A stale draft would put old sentences above an annex built from today's data: ask first.
  const requestExport = (kind: ExportKind, unresolvedOk = unresolvedConfirmed): void => {
    if (!draft || !composed || exportState.kind === 'busy') return;
    if (openComments > 0 && !unresolvedOk) {
      setUnresolvedAsk(kind);
      return;
    }
    // A sent letter is exported as it was sent: it is locked, so it is never refreshed.
    if (outdated && draft.state !== 'sendt') setPendingExport(kind);
    else void runExport(kind, draft);
  };

  const onOutdatedChoice = (choice: OutdatedExportChoice): void => {
    const kind = pendingExport;
    setPendingExport(null);
    if (!kind || !draft || choice === 'cancel') return;
    // Never old sentences above a fresh annex: a stale draft is exported only after its update.
    const letter = refreshNow();
    if (letter) void runExport(kind, letter);
  };

  // Fil > Gem (Ctrl/Cmd+S) saves at once instead of waiting for autosave; Fil > Eksportér som Word (Ctrl/Cmd+E).
  useMenuCommand('save', () => void editing.flush());
  useMenuCommand('export-docx', () => requestExport('docx'));

  if (draft === undefined || !dataset) {
    return (
      <section>
        <h1 tabIndex={-1}>Brev</h1>
        {editing.saveState.kind === 'error' ? (
          <p role="alert" className="banner banner-error">
            Brevet kunne ikke indlæses. {editing.saveState.message}
          </p>
        ) : (
          <p className="loading">Indlæser brevet …</p>
        )}
      </section>
    );
  }
  if (draft === null) {
    return (
      <section>
        <h1 tabIndex={-1}>Brevet findes ikke</h1>
        <p>
          Brevet kan være slettet. <a href={routeHref({ screen: 'letters' })}>Gå til listen over breve</a>.
        </p>
      </section>
    );
  }

  const saveText = describeSaveState(editing.saveState);
  const locked = draft.state === 'sendt';
  const exportBlocked =
    preview.kind === 'missing'
      ? `Eksport er ikke mulig: ${preview.what} findes ikke længere i data.`
      : preview.kind === 'error'
        ? 'Eksport er ikke mulig, fordi brevet ikke kan vises (se fejlen ovenfor).'
        : null;
  const exportDisabled = !composed || exportState.kind === 'busy';
  const isSample = Boolean(draft.sampleData) || sampleLoaded;

  return (
    <section className="editor-screen" onKeyDown={onKeyDown}>
      <div className="editor-head">
        <h1 tabIndex={-1}>Brev til {recipientName ?? 'ukendt udvalg'}</h1>
        <p className="editor-meta">
          Måling: {labels?.round} · <a href={routeHref({ screen: 'letters' })}>Alle breve</a>
        </p>
        <p className={`save-state save-${editing.saveState.kind}`} role="status" aria-live="polite">
          {saveText}
        </p>
      </div>

      {editing.conflict && (
        <ConflictDialog
          conflict={editing.conflict}
          busy={conflictBusy}
          error={conflictError}
          onChoose={onConflictChoice}
        />
      )}
      {editing.replacedByOther && (
        <div className="banner banner-info letter-banner" role="status">
          Brevet er ændret i et andet vindue. Du ser nu den gemte udgave.{' '}
          <button type="button" onClick={editing.dismissReplaced}>
            Luk besked
          </button>
        </div>
      )}
      {editing.restored && (
        <div className="banner banner-info letter-banner" role="status">
          Ændringer, der ikke nåede at blive gemt, er gendannet.{' '}
          <button type="button" onClick={editing.dismissRestored}>
            Luk besked
          </button>
        </div>
      )}
      {isSample && (
        <div className="banner banner-error letter-banner sample-letter-banner" role="note">
          <strong>Eksempeldata – må ikke sendes.</strong>{' '}
          {draft.sampleData
            ? 'Brevet er lavet, mens eksempeldata var indlæst: tallene er opdigtede.'
            : 'Eksempeldata er indlæst nu, så bilaget viser opdigtede tal.'}{' '}
          Det eksporterede brev bærer samme mærkning.
        </div>
      )}
      {locked && <SentLockBanner onUnlock={() => setState('klar-til-underskrift')} />}
      {outdated && !locked && (
        <div className="banner banner-warning letter-banner" role="status">
          <strong>Data er ændret siden udkastet blev lavet.</strong> De beregnede afsnit kan være forældede.
          Ved opdatering får de den nye tekst – også et beregnet afsnit, du har rettet, hvis data bag det er
          ændret (du kan fortryde bagefter). Dine egne afsnit ændres ikke.{' '}
          <button type="button" disabled={!templates} onClick={() => void refreshNow()}>
            Opdatér de beregnede afsnit
          </button>
        </div>
      )}
      {refreshNotices.length > 0 && (
        <div className="banner banner-info letter-banner" role="status">
          <ul aria-label="Ændringer ved opdateringen">
            {refreshNotices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          Vil du have din tekst tilbage, så vælg Fortryd (Ctrl+Z).{' '}
          <button type="button" onClick={() => setRefreshNotices([])}>
            Luk besked
          </button>
        </div>
      )}
      {preview.kind === 'missing' && (
        <div className="banner banner-error letter-banner" role="alert">
          {preview.what} findes ikke længere i data. Teksten er bevaret, men brevet kan ikke vises eller
          eksporteres.
        </div>
      )}
      {preview.kind === 'error' && (
        <div className="banner banner-error letter-banner" role="alert">
          Brevet kan ikke vises eller eksporteres på grund af en fejl: {preview.message} Teksten er bevaret.
        </div>
      )}
      {unresolvedAsk && (
        <UnresolvedCommentsDialog
          count={openComments}
          what={EXPORT_WHAT[unresolvedAsk]}
          onChoose={(exportAnyway) => {
            const kind = unresolvedAsk;
            setUnresolvedAsk(null);
            if (!exportAnyway) return;
            setUnresolvedConfirmed(true);
            requestExport(kind, true);
          }}
        />
      )}
      {pendingExport && (
        <OutdatedExportDialog
          what={EXPORT_WHAT[pendingExport]}
          canRefresh={Boolean(templates) && !locked}
          onChoose={onOutdatedChoice}
        />
      )}

      <div className="editor-layout">
        <div className="editor-column">
          <div className="editor-actions">
            <div className="field">
              <label htmlFor="letter-state">Status</label>
              <select
                id="letter-state"
                value={draft.state}
                disabled={locked}
                onChange={(event) => setState(event.target.value as LetterState)}
              >
                {LETTER_STATES.map((state) => (
                  <option key={state} value={state}>
                    {STATE_LABEL[state]}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="primary"
              disabled={exportDisabled}
              aria-describedby={exportBlocked ? 'export-blocked' : undefined}
              onClick={() => requestExport('docx')}
            >
              Eksportér som Word (.docx)
            </button>
            <button
              type="button"
              disabled={exportDisabled}
              aria-describedby={exportBlocked ? 'export-blocked' : undefined}
              onClick={() => requestExport('pdf')}
            >
              Eksportér som PDF
            </button>
          </div>
          {exportBlocked && (
            <p id="export-blocked" className="export-blocked">
              {exportBlocked}
            </p>
          )}
          {exportState.kind !== 'idle' && (
            <p
              className={`export-state export-${exportState.kind}`}
              role={exportState.kind === 'error' ? 'alert' : 'status'}
            >
              {exportState.kind === 'busy' ? `Laver ${exportState.what} …` : exportState.message}
            </p>
          )}

          <ReviewPanel
            db={db}
            draft={draft}
            letter={composed}
            locked={locked}
            dataset={dataset}
            applyChange={(update) => change(update)}
            flush={editing.flush}
            // Sending is a fact (a file went out): Fortryd does not take «Til gennemsyn» back.
            onSent={() =>
              editing.recordFact((d) => (d.state === 'til-gennemsyn' ? d : { ...d, state: 'til-gennemsyn' }))
            }
          />

          <HeaderFieldsForm
            idPrefix="editor"
            header={draft.header}
            disabled={locked}
            onChange={(header, group) => change((d) => ({ ...d, header }), group)}
          />

          {composed && composed.notices.length > 0 && (
            <ul className="letter-notices" aria-label="Bemærkninger til brevet">
              {composed.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          )}

          <EditorToolbar
            editor={activeEditor}
            linkOpen={linkOpen}
            onLinkOpenChange={setLinkOpen}
            canUndo={editing.canUndo}
            canRedo={editing.canRedo}
            onUndo={editing.undo}
            onRedo={editing.redo}
            readOnly={locked}
          />

          <p className="salutation-line">{composed?.salutation ?? 'Kære …'}</p>
          {draft.paragraphs.map((paragraph) => (
            <div key={paragraph.id} className={`paragraph-block role-${paragraph.role}`}>
              <label className="paragraph-label" htmlFor={`paragraph-${paragraph.id}`}>
                {ROLE_LABEL[paragraph.role]}
                {paragraph.role.startsWith('computed-') && paragraph.editedByUser && (
                  <span className="edited-mark"> · rettet af dig</span>
                )}
              </label>
              <ParagraphReviewNote paragraphId={paragraph.id} counts={openByParagraph.get(paragraph.id)} />
              <ParagraphEditor
                id={`paragraph-${paragraph.id}`}
                label={ROLE_LABEL[paragraph.role]}
                runs={paragraph.runs}
                editable={!locked}
                onFocus={onParagraphFocus}
                onSelectionChange={refreshToolbar}
                onChange={(runs) =>
                  change(
                    (d) => ({
                      ...d,
                      paragraphs: d.paragraphs.map((p) =>
                        p.id === paragraph.id ? { ...p, runs, editedByUser: true } : p,
                      ),
                    }),
                    true,
                  )
                }
              />
            </div>
          ))}
        </div>
        <div className="preview-column">{composed && <LetterPreview letter={composed} />}</div>
      </div>
    </section>
  );
}
