import { useEffect, useState, type ReactElement } from 'react';
import { validateTemplate } from '../../shared/letter/placeholders';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { LetterTemplate } from '../../shared/letter/types';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { resetTemplate, saveTemplate } from '../db/templates';
import { useUnsavedChanges } from '../hooks/useUnsavedChanges';

/** How long "Fortryd" is offered after "Gendan standardtekst". */
const UNDO_SECONDS = 60;

type Status =
  | { kind: 'idle' }
  | { kind: 'saved'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'restored'; ownText: string };

/**
 * One boilerplate text on the settings screen: edit, check the placeholders, save (refused while it has
 * problems) or restore the default — with "Fortryd" for a minute, since the user's own text is gone otherwise.
 * Unsaved edits are registered, so leaving the screen asks first.
 */
export function TemplateTextEditor({ template }: { template: LetterTemplate }): ReactElement {
  const [text, setText] = useState(template.text);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The stored text changed (saved, restored, another window): show it (React's "adjust state on prop change").
  const [storedText, setStoredText] = useState(template.text);
  if (storedText !== template.text) {
    setStoredText(template.text);
    setText(template.text);
  }

  const problems = validateTemplate(text);
  const fallback = DEFAULT_TEMPLATES.find((candidate) => candidate.id === template.id);
  const changed = text !== template.text;
  const isDefault = fallback?.text === template.text && !changed;
  const id = `template-${template.id}`;

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
      <label htmlFor={id}>{template.label}</label>
      <textarea
        id={id}
        value={text}
        spellCheck
        lang="da"
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setStatus({ kind: 'idle' });
        }}
      />
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
