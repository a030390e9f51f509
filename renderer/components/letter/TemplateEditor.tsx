import { useState, type ReactElement } from 'react';
import { validateTemplate } from '../../../shared/letter/placeholders';
import { DEFAULT_TEMPLATES } from '../../../shared/letter/templates';
import type { LetterTemplate } from '../../../shared/letter/types';
import { getDb } from '../../db/connection';
import { describeStorageError } from '../../db/errors';
import { resetTemplate, saveTemplate } from '../../db/templates';

type Status = { kind: 'idle' } | { kind: 'saved'; text: string } | { kind: 'error'; text: string };

/** One boilerplate text: edit, check the placeholders, save (refused while it has problems) or restore the default. */
export function TemplateEditor({ template }: { template: LetterTemplate }): ReactElement {
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

  const run = async (action: () => Promise<void>, done: string): Promise<void> => {
    try {
      await action();
      setStatus({ kind: 'saved', text: done });
    } catch (error) {
      setStatus({ kind: 'error', text: describeStorageError(error) });
    }
  };

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
          onClick={() =>
            void run(() => saveTemplate(getDb(), template.id, text), 'Gemt. Nye breve bruger teksten.')
          }
        >
          Gem
        </button>
        <button
          type="button"
          disabled={isDefault}
          onClick={() => void run(() => resetTemplate(getDb(), template.id), 'Standardteksten er gendannet.')}
        >
          Gendan standardtekst
        </button>
        {changed && problems.length > 0 && <span className="muted">Ret fejlene for at gemme.</span>}
        {status.kind !== 'idle' && (
          <span role="status" className={status.kind === 'error' ? 'link-error' : 'muted'}>
            {status.text}
          </span>
        )}
      </div>
    </div>
  );
}
