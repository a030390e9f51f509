import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { parseInlineMarkup, runsToMarkup } from '../../shared/letter/inline-markup';
import { PLACEHOLDERS, validateTemplate } from '../../shared/letter/placeholders';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { LetterTemplate } from '../../shared/letter/types';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { resetTemplate, saveTemplate } from '../db/templates';
import { useUnsavedChanges } from '../hooks/useUnsavedChanges';
import { EditorToolbar } from './letter/EditorToolbar';
import { ParagraphEditor } from './letter/ParagraphEditor';
import '../styles/templates.css';

/** How long "Fortryd" is offered after "Gendan standardtekst". */
const UNDO_SECONDS = 60;

type Status =
  | { kind: 'idle' }
  | { kind: 'saved'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'restored'; ownText: string };

/**
 * The standard texts on the settings screen, edited in the letter's own rich paragraph editor (bold, italic,
 * links) with one formatting toolbar for all, like the letter editor: it acts on the text last clicked.
 * Each text is still stored in its markup (**fed**, *kursiv*, [tekst](https://…)), so letters read it unchanged.
 */
export function TemplateTexts({ templates }: { templates: readonly LetterTemplate[] }): ReactElement {
  const [active, setActive] = useState<Editor | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  // The toolbar's pressed and undo states follow the cursor: re-render when the active editor's selection moves.
  const [, setTick] = useState(0);
  const onKeyDown = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && active) {
      event.preventDefault();
      setLinkOpen(true);
    }
  };
  return (
    <div className="template-texts" onKeyDown={onKeyDown}>
      <EditorToolbar
        editor={active}
        linkOpen={linkOpen}
        onLinkOpenChange={setLinkOpen}
        canUndo={active ? active.can().undo() : false}
        canRedo={active ? active.can().redo() : false}
        onUndo={() => active?.chain().focus().undo().run()}
        onRedo={() => active?.chain().focus().redo().run()}
      />
      {templates.map((template) => (
        <TemplateTextEditor
          key={template.id}
          template={template}
          onFocusEditor={(editor) => {
            if (editor !== active) setLinkOpen(false);
            setActive(editor);
          }}
          onSelectionChange={() => setTick((tick) => tick + 1)}
        />
      ))}
    </div>
  );
}

/**
 * One boilerplate text: edit it rich, insert placeholders, check them, save (refused while it has problems) or
 * restore the default — with "Fortryd" for a minute, since the user's own text is gone otherwise.
 * Unsaved edits are registered, so leaving the screen asks first.
 */
export function TemplateTextEditor({
  template,
  onFocusEditor,
  onSelectionChange,
}: {
  template: LetterTemplate;
  onFocusEditor: (editor: Editor) => void;
  onSelectionChange: () => void;
}): ReactElement {
  const [text, setText] = useState(template.text);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The stored text changed (saved, restored, another window): show it (React's "adjust state on prop change").
  const [storedText, setStoredText] = useState(template.text);
  if (storedText !== template.text) {
    setStoredText(template.text);
    setText(template.text);
  }

  const runs = useMemo(() => parseInlineMarkup(text), [text]);
  const editorRef = useRef<Editor | null>(null);
  const problems = validateTemplate(text);
  const fallback = DEFAULT_TEMPLATES.find((candidate) => candidate.id === template.id);
  const changed = text !== template.text;
  const isDefault = fallback?.text === template.text && !changed;
  const id = `template-${template.id}`;

  /** Puts "{udvalg}" where the cursor is (at the end when this text was not clicked yet). */
  const insertPlaceholder = (name: string): void => {
    if (!editorRef.current) document.getElementById(id)?.focus();
    const editor = editorRef.current;
    if (!editor) return;
    editor.chain().focus().insertContent(`{${name}}`).run();
  };

  const run = async (action: () => Promise<void>, next: Status): Promise<boolean> => {
    try {
      await action();
      setStatus(next);
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: describeStorageError(error) });
      return false;
    }
  };
  const save = async (): Promise<boolean> =>
    problems.length === 0 &&
    run(() => saveTemplate(getDb(), template.id, text), {
      kind: 'saved',
      text: 'Gemt. Nye breve bruger teksten.',
    });
  useUnsavedChanges(changed, save);

  useEffect(() => {
    if (status.kind !== 'restored') return;
    const timer = window.setTimeout(() => setStatus({ kind: 'idle' }), UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [status.kind]);

  return (
    <div className="card template-card">
      <span className="template-label" id={`${id}-label`}>
        {template.label}
      </span>
      <ParagraphEditor
        id={id}
        label={template.label}
        runs={runs}
        onChange={(next) => {
          setText(runsToMarkup(next));
          setStatus({ kind: 'idle' });
        }}
        onFocus={(editor) => {
          editorRef.current = editor;
          onFocusEditor(editor);
        }}
        onSelectionChange={onSelectionChange}
      />
      <div className="template-insert">
        <label htmlFor={`${id}-placeholder`}>Indsæt pladsholder</label>
        <select
          id={`${id}-placeholder`}
          value=""
          onChange={(event) => {
            if (event.target.value) insertPlaceholder(event.target.value);
          }}
        >
          <option value="">Vælg …</option>
          {PLACEHOLDERS.filter((placeholder) => !placeholder.aliasOf).map((placeholder) => (
            <option key={placeholder.name} value={placeholder.name}>
              {`{${placeholder.name}}`} – {placeholder.description}
            </option>
          ))}
        </select>
      </div>
      {problems.length > 0 && (
        <ul
          id={`${id}-problems`}
          className="problems"
          role="alert"
          aria-label={`Fejl i skabelonen ${template.label}`}
        >
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="template-actions">
        <button
          type="button"
          className="primary"
          disabled={!changed || problems.length > 0}
          onClick={() => void save()}
        >
          Gem
        </button>
        <button
          type="button"
          disabled={isDefault}
          onClick={() => {
            // Keep the stored own text (not unsaved edits in the box) so "Fortryd" can put it back.
            const ownText = template.text;
            const hadOwnText = fallback?.text !== ownText;
            void run(
              () => resetTemplate(getDb(), template.id),
              hadOwnText
                ? { kind: 'restored', ownText }
                : { kind: 'saved', text: 'Standardteksten er gendannet.' },
            );
          }}
        >
          Gendan standardtekst
        </button>
        {changed && problems.length > 0 && <span className="muted">Ret fejlene for at gemme.</span>}
        {status.kind === 'restored' && (
          <span role="status" className="muted">
            Standardteksten er gendannet.{' '}
            <button
              type="button"
              onClick={() =>
                void run(() => saveTemplate(getDb(), template.id, status.ownText), {
                  kind: 'saved',
                  text: 'Jeres egen tekst er lagt tilbage.',
                })
              }
            >
              Fortryd
            </button>
          </span>
        )}
        {(status.kind === 'saved' || status.kind === 'error') && (
          <span role="status" className={status.kind === 'error' ? 'link-error' : 'muted'}>
            {status.text}
          </span>
        )}
      </div>
    </div>
  );
}
