import type { Editor } from '@tiptap/react';
import {
  useEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type FormEvent,
  type ReactElement,
} from 'react';
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
  // The address the link gets when the app completes it ("kk.dk/test" → "https://kk.dk/test"): shown before inserting.
  const normalized = normalizeLinkUrl(value);
  const finalUrl = normalized.ok && normalized.url !== value.trim() ? normalized.url : null;

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
        aria-describedby={error ? 'link-error' : finalUrl ? 'link-final' : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
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
      {!error && finalUrl && (
        <p id="link-final" className="link-final">
          Linket bliver: <span className="link-final-url">{finalUrl}</span>
        </p>
      )}
    </form>
  );
}

type ToolButtonProps = {
  label: string;
  /** As aria-keyshortcuts spells it: "Control+B". */
  shortcut: string;
  /** The tooltip's text before the shortcut, when the label alone says too little. */
  description?: string;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'title' | 'children' | 'onMouseDown'>;

/** A toolbar button that keeps the paragraph's selection and names its shortcut in the tooltip. */
function ToolButton({ label, shortcut, description = label, ...button }: ToolButtonProps): ReactElement {
  return (
    <button
      type="button"
      onMouseDown={keepSelection}
      aria-keyshortcuts={shortcut}
      title={`${description} (${shortcut.replace('Control', 'Ctrl')})`}
      {...button}
    >
      {label}
    </button>
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
  /** Bold, italic and link: pressed while the cursor stands in such text, inert until a paragraph is chosen. */
  const format = (
    name: 'bold' | 'italic' | 'link',
    label: string,
    shortcut: string,
    run: (e: Editor) => void,
  ): ReactElement => (
    <ToolButton
      label={label}
      shortcut={shortcut}
      disabled={readOnly}
      aria-disabled={waiting || undefined}
      aria-describedby={hint}
      aria-pressed={editor?.isActive(name) ?? false}
      onClick={() => editor && run(editor)}
      className={`tool tool-${name}`}
    />
  );
  return (
    <div className="editor-toolbar-wrap">
      <div role="toolbar" aria-label="Formatering" className="editor-toolbar">
        {format('bold', 'Fed', 'Control+B', (e) => e.chain().focus().toggleBold().run())}
        {format('italic', 'Kursiv', 'Control+I', (e) => e.chain().focus().toggleItalic().run())}
        {format('link', 'Link', 'Control+K', () => props.onLinkOpenChange(!props.linkOpen))}
        <span className="toolbar-gap" />
        <ToolButton
          label="Fortryd"
          description="Fortryd den seneste ændring i brevet"
          shortcut="Control+Z"
          disabled={readOnly || !props.canUndo}
          onClick={props.onUndo}
        />
        <ToolButton
          label="Gentag"
          shortcut="Control+Y"
          disabled={readOnly || !props.canRedo}
          onClick={props.onRedo}
        />
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
