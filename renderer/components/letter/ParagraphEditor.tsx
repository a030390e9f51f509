import { EditorContent, Extension, Node, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useLayoutEffect, useRef, type ReactElement } from 'react';
import { isSafeLinkUrl } from '../../../shared/letter/inline-markup';
import type { InlineRun } from '../../../shared/letter/types';
import { editorDocToRuns, runsToEditorDoc, sameRuns } from '../../letters/runs';

/** A letter paragraph is exactly one paragraph: the document holds one, so Enter cannot split it. */
const SingleParagraphDocument = Node.create({ name: 'doc', topNode: true, content: 'paragraph' });

/** Ctrl+K (link) is handled by the editor screen, which owns the link form. */
const letterKeys = Extension.create({
  name: 'letterKeys',
  // Before StarterKit's history keys, so the redo bindings below win.
  priority: 1000,
  addKeyboardShortcuts() {
    // Redo and report the key as handled even when there is nothing to redo. Otherwise ProseMirror's keymap retries
    // Ctrl+Shift+Z without Shift ("Mod-z" = undo) when the browser reports the key as "z": redo would undo instead.
    const redo = (): boolean => {
      this.editor.commands.redo();
      return true;
    };
    return {
      // Swallow Enter: a new paragraph would have no place in the letter's structure.
      Enter: () => true,
      'Shift-Enter': () => true,
      'Shift-Mod-z': redo,
      'Shift-Mod-Z': redo,
      'Mod-y': redo,
    };
  },
});

export interface ParagraphEditorProps {
  id: string;
  label: string;
  runs: readonly InlineRun[];
  onChange: (runs: InlineRun[]) => void;
  onFocus: (editor: Editor) => void;
  onSelectionChange?: () => void;
  /** false while the letter is locked (marked as sent). */
  editable?: boolean;
}

/** One paragraph of the letter, editable with bold, italic and links (TipTap; undo with Ctrl+Z inside it). */
export function ParagraphEditor(props: ParagraphEditorProps): ReactElement {
  const { id, label, runs, editable = true } = props;
  // Callbacks change every render; the editor is created once, so it reads them through a ref.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const editor = useEditor({
    extensions: [
      SingleParagraphDocument,
      StarterKit.configure({
        document: false,
        heading: false,
        blockquote: false,
        bulletList: false,
        orderedList: false,
        listItem: false,
        listKeymap: false,
        codeBlock: false,
        code: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        hardBreak: false,
        dropcursor: false,
        gapcursor: false,
        trailingNode: false,
        link: {
          openOnClick: false,
          autolink: false,
          linkOnPaste: true,
          defaultProtocol: 'https',
          isAllowedUri: (url) => isSafeLinkUrl(url),
          HTMLAttributes: { rel: 'noopener noreferrer', target: null },
        },
      }),
      letterKeys,
    ],
    content: runsToEditorDoc(runs),
    editable,
    editorProps: {
      attributes: {
        id,
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'paragraph-editor-input',
        spellcheck: 'true',
        lang: 'da',
      },
    },
    onUpdate: ({ editor: changed }) => {
      const next = editorDocToRuns(changed.getJSON());
      if (!sameRuns(next, latest.current.runs)) latest.current.onChange(next);
    },
    onFocus: ({ editor: focused }) => latest.current.onFocus(focused),
    onSelectionUpdate: () => latest.current.onSelectionChange?.(),
    onTransaction: () => latest.current.onSelectionChange?.(),
  });

  // The letter-level undo or a data refresh can change the runs from outside: show them.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (!sameRuns(editorDocToRuns(editor.getJSON()), runs)) {
      editor.commands.setContent(runsToEditorDoc(runs), { emitUpdate: false });
    }
  }, [editor, runs]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return <EditorContent editor={editor} className="paragraph-editor" />;
}
