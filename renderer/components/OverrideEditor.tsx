import { useId, useState, type FormEvent, type ReactElement } from 'react';
import type { Status, StatusOverride } from '../../shared/domain/types';
import { STATUS_WORD } from '../../shared/domain/wording';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { removeOverride, saveOverride, validateOverride } from '../db/overrides';

const STATUSES: Status[] = ['green', 'yellow', 'red', 'none'];

/** Set or remove a manual status for an area or indicator in one round; the reason is required. */
export function OverrideEditor({
  scope,
  targetId,
  targetName,
  roundId,
  roundLabel,
  current,
  computed,
}: {
  scope: StatusOverride['scope'];
  targetId: string;
  targetName: string;
  roundId: string;
  roundLabel: string;
  current: StatusOverride | undefined;
  computed: Status;
}): ReactElement {
  const id = useId();
  const [status, setStatus] = useState<Status>(
    current?.status ?? (computed === 'green' ? 'yellow' : 'green'),
  );
  const [reason, setReason] = useState(current?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSaved(null);
    const input = { scope, targetId, roundId, status, reason };
    const problem = validateOverride(input);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await saveOverride(getDb(), input);
      setError(null);
      setSaved('Status er ændret og gemt.');
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }

  async function remove(): Promise<void> {
    if (!current) return;
    try {
      await removeOverride(getDb(), current.id);
      setReason('');
      setError(null);
      setSaved('Den manuelle status er fjernet; den beregnede status gælder igen.');
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }

  const what = scope === 'area' ? `området ${targetName}` : `indikatoren «${targetName}»`;
  return (
    <details className="override-box" open={current !== undefined}>
      <summary>
        {current ? 'Ændret status' : 'Ændr status manuelt'} for {scope === 'area' ? 'området' : 'indikatoren'}{' '}
        ({roundLabel})
      </summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">
          Den beregnede status for {what} er {STATUS_WORD[computed].toLowerCase()}. En manuel status vises i
          stedet, sammen med begrundelsen.
        </p>
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORD[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field form-field-wide">
            <label htmlFor={`${id}-reason`}>Begrundelse (skal udfyldes)</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              value={reason}
              required
              aria-invalid={error !== null && reason.trim() === ''}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        </div>
        {error && (
          <p id={`${id}-error`} role="alert" className="form-error">
            {error}
          </p>
        )}
        {saved && (
          <p role="status" className="saved-note">
            {saved}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            Gem manuel status
          </button>
          {current && (
            <button type="button" onClick={() => void remove()}>
              Fjern manuel status
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
