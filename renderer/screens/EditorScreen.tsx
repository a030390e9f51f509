import type { Editor } from '@tiptap/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { LetterState } from '../../shared/letter/types';
import { EditorToolbar } from '../components/letter/EditorToolbar';
import { HeaderFieldsForm } from '../components/letter/HeaderFieldsForm';
import { LetterPreview } from '../components/letter/LetterPreview';
import { ParagraphEditor } from '../components/letter/ParagraphEditor';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { loadTemplates } from '../db/templates';
import { useDataset } from '../hooks/useDataset';
import { describeSaveState } from '../letters/autosave';
import { composeDraft, isDraftOutdated, refreshDraft } from '../letters/draft-service';
import { exportDraftAsDocx, exportDraftAsPdf } from '../letters/export';
import { useMenuCommand } from '../menu-commands';
import { LETTER_STATES, ROLE_LABEL, STATE_LABEL } from '../letters/labels';
import { LOGO_URL } from '../letters/logo';
import { useDraftEditing } from '../letters/useDraftEditing';
import { routeHref } from '../router';
import '../styles/letters.css';

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
  const { draft, change } = editing;
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [, setToolbarTick] = useState(0);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });

  const composed = useMemo(() => (dataset && draft ? composeDraft(dataset, draft) : null), [dataset, draft]);
  const outdated = Boolean(dataset && draft && isDraftOutdated(dataset, draft));
  const recipient = dataset?.committees.find((committee) => committee.id === draft?.recipientCommitteeId);

  useEffect(() => {
    if (recipient) document.title = `Brev til ${recipient.name} – Barometerbrev`;
  }, [recipient]);

  const onParagraphFocus = useCallback((editor: Editor) => setActiveEditor(editor), []);
  const refreshToolbar = useCallback(() => setToolbarTick((tick) => tick + 1), []);

  // Ctrl+Z / Ctrl+Y outside a text field undo the last change of the letter (inside a paragraph TipTap's own history acts).
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey)) return;
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

  const runExport = async (what: string, run: () => Promise<boolean>): Promise<void> => {
    setExportState({ kind: 'busy', what });
    try {
      await editing.flush();
      const saved = await run();
      setExportState(saved ? { kind: 'done', message: `${what} er gemt.` } : { kind: 'idle' });
    } catch (error) {
      const message = error instanceof Error ? error.message : describeStorageError(error);
      setExportState({ kind: 'error', message: `${what} mislykkedes: ${message}` });
    }
  };

  // Fil > Gem (Ctrl/Cmd+S) saves at once instead of waiting for autosave; Fil > Eksportér som Word (Ctrl/Cmd+E).
  useMenuCommand('save', () => void editing.flush());
  useMenuCommand('export-docx', () => {
    if (dataset && draft) void runExport('Word-dokumentet', () => exportDraftAsDocx(dataset, draft));
  });

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

  const round = dataset.rounds.find((candidate) => candidate.id === draft.roundId);
  const saveText = describeSaveState(editing.saveState);

  return (
    <section className="editor-screen" onKeyDown={onKeyDown}>
      <div className="editor-head">
        <h1 tabIndex={-1}>Brev til {recipient?.name ?? 'ukendt udvalg'}</h1>
        <p className="editor-meta">
          Måling: {round?.label ?? 'ukendt'} · <a href={routeHref({ screen: 'letters' })}>Alle breve</a>
        </p>
        <p className={`save-state save-${editing.saveState.kind}`} role="status" aria-live="polite">
          {saveText}
        </p>
      </div>

      {outdated && (
        <div className="banner banner-warning letter-banner" role="status">
          <strong>Data er ændret siden udkastet blev lavet.</strong> De beregnede afsnit kan være forældede;
          afsnit, du selv har rettet, bliver ikke ændret.{' '}
          <button
            type="button"
            disabled={!templates}
            onClick={() => templates && change((d) => refreshDraft(dataset, templates, d))}
          >
            Opdatér de beregnede afsnit
          </button>
        </div>
      )}
      {!composed && (
        <div className="banner banner-error letter-banner" role="alert">
          Brevets måling eller udvalg findes ikke længere i data. Teksten er bevaret, men brevet kan ikke
          vises eller eksporteres.
        </div>
      )}

      <div className="editor-layout">
        <div className="editor-column">
          <div className="editor-actions">
            <div className="field">
              <label htmlFor="letter-state">Status</label>
              <select
                id="letter-state"
                value={draft.state}
                onChange={(event) => change((d) => ({ ...d, state: event.target.value as LetterState }))}
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
              disabled={!composed || exportState.kind === 'busy'}
              onClick={() => void runExport('Word-dokumentet', () => exportDraftAsDocx(dataset, draft))}
            >
              Eksportér som Word (.docx)
            </button>
            <button
              type="button"
              disabled={!composed || exportState.kind === 'busy'}
              onClick={() => void runExport('PDF-filen', () => exportDraftAsPdf(dataset, draft))}
            >
              Eksportér som PDF
            </button>
          </div>
          {exportState.kind !== 'idle' && (
            <p
              className={`export-state export-${exportState.kind}`}
              role={exportState.kind === 'error' ? 'alert' : 'status'}
            >
              {exportState.kind === 'busy' ? `Laver ${exportState.what} …` : exportState.message}
            </p>
          )}

          <HeaderFieldsForm
            idPrefix="editor"
            header={draft.header}
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
              <ParagraphEditor
                id={`paragraph-${paragraph.id}`}
                label={ROLE_LABEL[paragraph.role]}
                runs={paragraph.runs}
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
        <div className="preview-column">
          {composed && <LetterPreview letter={composed} logoUrl={LOGO_URL} />}
        </div>
      </div>
    </section>
  );
}
