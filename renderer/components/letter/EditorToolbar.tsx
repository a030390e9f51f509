import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { normalizeLinkUrl } from '../../letters/link-url';

export interface EditorToolbarProps {
  editor: Editor | null;
  linkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** The letter is locked (sent): nothing can be formatted. */
  readOnly?: boolean;
}

/** Keeps the paragraph's selection: a mouse press on a toolbar button must not move focus out of the text. */
const keepSelection = (event: React.MouseEvent): void => event.preventDefault();

function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }): ReactElement {
  const current = editor.getAttributes('link').href;
  const [value, setValue] = useState(typeof current === 'string' ? current : '');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = normalizeLinkUrl(value);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({
          type: 'text',
          text: result.url.replace(/^mailto:/, ''),
          marks: [{ type: 'link', attrs: { href: result.url } }],
        })
        .run();
    } else {
      chain.extendMarkRange('link').setLink({ href: result.url }).run();
    }
    onClose();
  };

  return (
    <form
      className="link-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && (onClose(), editor.commands.focus())}
    >
      <label htmlFor="link-url">Linkadresse</label>
      <input
        id="link-url"
        ref={input}
        type="text"
        inputMode="url"
        value={value}
        placeholder="https://www.kk.dk"
        aria-describedby={error ? 'link-error' : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="primary">
        Indsæt link
      </button>
      {editor.isActive('link') && (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          Fjern link
        </button>
      )}
      <button type="button" onClick={() => (onClose(), editor.commands.focus())}>
        Annullér
      </button>
      {error && (
        <p id="link-error" role="alert" className="link-error">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * Fed, Kursiv, Link, Fortryd, Gentag: acts on the paragraph last edited. Before a paragraph is chosen the buttons are
 * aria-disabled, not disabled: they stay in the Tab order (before the paragraphs), and the hint says what to do.
 */
export function EditorToolbar(props: EditorToolbarProps): ReactElement {
  const { editor: activeEditor, readOnly = false } = props;
  const editor = readOnly ? null : activeEditor;
  const waiting = !editor && !readOnly;
  const hint = waiting ? 'editor-toolbar-hint' : undefined;
  const mark = (
    name: 'bold' | 'italic',
    label: string,
    shortcut: string,
    run: (e: Editor) => void,
  ): ReactElement => (
    <button
      type="button"
      onMouseDown={keepSelection}
      disabled={readOnly}
      aria-disabled={waiting || undefined}
      aria-describedby={hint}
      aria-pressed={editor?.isActive(name) ?? false}
      aria-keyshortcuts={shortcut}
      title={`${label} (${shortcut.replace('Control', 'Ctrl')})`}
      onClick={() => editor && run(editor)}
      className={`tool tool-${name}`}
    >
      {label}
    </button>
  );
  return (
    <div className="editor-toolbar-wrap">
      <div role="toolbar" aria-label="Formatering" className="editor-toolbar">
        {mark('bold', 'Fed', 'Control+B', (e) => e.chain().focus().toggleBold().run())}
        {mark('italic', 'Kursiv', 'Control+I', (e) => e.chain().focus().toggleItalic().run())}
        <button
          type="button"
          onMouseDown={keepSelection}
          disabled={readOnly}
          aria-disabled={waiting || undefined}
          aria-describedby={hint}
          aria-pressed={editor?.isActive('link') ?? false}
          aria-keyshortcuts="Control+K"
          title="Link (Ctrl+K)"
          onClick={() => editor && props.onLinkOpenChange(!props.linkOpen)}
          className="tool tool-link"
        >
          Link
        </button>
        <span className="toolbar-gap" />
        <button
          type="button"
          onMouseDown={keepSelection}
          disabled={readOnly || !props.canUndo}
          onClick={props.onUndo}
          aria-keyshortcuts="Control+Z"
          title="Fortryd den seneste ændring i brevet (Ctrl+Z)"
        >
          Fortryd
        </button>
        <button
          type="button"
          onMouseDown={keepSelection}
          disabled={readOnly || !props.canRedo}
          onClick={props.onRedo}
          aria-keyshortcuts="Control+Y"
          title="Gentag (Ctrl+Y)"
        >
          Gentag
        </button>
      </div>
      {props.linkOpen && editor && <LinkForm editor={editor} onClose={() => props.onLinkOpenChange(false)} />}
      {waiting && (
        <p id="editor-toolbar-hint" className="toolbar-hint">
          Klik i et afsnit (eller gå til det med Tab) for at formatere det.
        </p>
      )}
    </div>
  );
}
