import { useEffect, type MutableRefObject, type ReactElement, type ReactNode } from 'react';
import type { SaveFeedback } from '../../hooks/useSaveFeedback';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import type { SaveUnsaved } from '../../hooks/unsaved-registry';
import { Feedback } from './Feedback';

/**
 * The shape every Data form shares: its fields, one "Gem" button, the save's feedback, and the guard that asks
 * before unsaved edits are left behind.
 */
export function EditForm({
  dirty,
  save,
  submitLabel,
  feedback,
  pendingSaveRef,
  children,
}: {
  dirty: boolean;
  save: SaveUnsaved;
  submitLabel: string;
  feedback: SaveFeedback;
  /** Set to `save` while there are edits, for a record picker that saves before switching (useSaveBeforeSwitch). */
  pendingSaveRef?: MutableRefObject<SaveUnsaved | null>;
  children: ReactNode;
}): ReactElement {
  useUnsavedChanges(dirty, save);
  useEffect(() => {
    if (pendingSaveRef) pendingSaveRef.current = dirty ? save : null;
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      {children}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      <Feedback feedback={feedback} />
    </form>
  );
}
