import type { ReactElement } from 'react';
import type { LetterDraft, LetterHeader } from '../../../shared/letter/types';
import { getDb } from '../../db/connection';
import { getDraft, saveDraft } from '../../db/letters';
import { useSyncedForm } from '../../hooks/useSyncedForm';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { nextUpdatedAt } from '../../letters/crash-journal';
import '../../styles/letter-fields.css';

type NumberKey = keyof Pick<LetterHeader, 'sagsnr' | 'doknr'>;
const LABEL: Record<NumberKey, string> = { sagsnr: 'Sagsnr.', doknr: 'Dok.nr.' };

/**
 * Stores one header number on the stored draft as it is now (the other number may have been saved a moment ago).
 * saveDraft moves the revision on, so an editor open on the letter notices instead of writing its old number back.
 */
async function saveNumber(letterId: string, key: NumberKey, value: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.letters, async () => {
    const stored = await getDraft(db, letterId);
    if (!stored || stored.header[key] === value) return;
    await saveDraft(db, {
      ...stored,
      header: { ...stored.header, [key]: value },
      updatedAt: nextUpdatedAt(stored.updatedAt),
    });
  });
}

function NumberField({
  draft,
  field,
  committeeName,
  disabled,
}: {
  draft: LetterDraft;
  field: NumberKey;
  committeeName: string;
  disabled: boolean;
}): ReactElement {
  // Synced with this number only: saving the other field does not reset what is being typed here.
  const [value, setValue, dirty] = useSyncedForm(draft.header[field], (stored) => stored);
  const save = async (): Promise<boolean> => {
    if (dirty) await saveNumber(draft.id, field, value.trim());
    return true;
  };
  // Registered while typed but not stored: leaving the screen asks, and the export stores it first.
  useUnsavedChanges(dirty, save);
  return (
    <label className="batch-number">
      <span>{LABEL[field]}</span>
      <input
        type="text"
        value={value}
        disabled={disabled}
        aria-label={`${LABEL[field]} for brevet til ${committeeName}`}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => void save()}
      />
    </label>
  );
}

/** One letter's own Sagsnr. and Dok.nr. on "Alle udvalg", stored on the draft when a field is left. */
export function BatchLetterNumbers({
  draft,
  committeeName,
  disabled,
}: {
  draft: LetterDraft;
  committeeName: string;
  disabled: boolean;
}): ReactElement {
  return (
    <span className="batch-numbers">
      <NumberField draft={draft} field="sagsnr" committeeName={committeeName} disabled={disabled} />
      <NumberField draft={draft} field="doknr" committeeName={committeeName} disabled={disabled} />
    </span>
  );
}
