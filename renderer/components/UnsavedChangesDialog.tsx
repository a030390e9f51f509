import { useRef, type ReactElement } from 'react';
import { ModalDialog } from './ModalDialog';

/**
 * Asked when the user leaves a screen with unsaved edits. A real modal (see ModalDialog): focus starts on "Bliv her",
 * the choice that loses nothing, Tab stays inside, Escape means "Bliv her", and focus returns to what was clicked.
 */
export function UnsavedChangesDialog({
  busy,
  saveFailed,
  onSave,
  onDiscard,
  onStay,
}: {
  busy: boolean;
  saveFailed: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onStay: () => void;
}): ReactElement {
  const stayButton = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      role="alertdialog"
      className="unsaved-dialog"
      labelledBy="unsaved-title"
      describedBy="unsaved-text"
      initialFocus={stayButton}
      onCancel={() => {
        if (!busy) onStay();
      }}
    >
      <h2 id="unsaved-title">Du har ændringer, der ikke er gemt.</h2>
      <p id="unsaved-text">
        {saveFailed
          ? 'Ændringerne kunne ikke gemmes – se fejlen i formularen. Bliv her og ret den, eller kassér ændringerne.'
          : 'Vil du gemme dem, før du går videre?'}
      </p>
      <div className="modal-actions">
        <button type="button" className="primary" disabled={busy || saveFailed} onClick={onSave}>
          Gem og fortsæt
        </button>
        <button type="button" disabled={busy} onClick={onDiscard}>
          Kassér ændringer
        </button>
        <button type="button" ref={stayButton} disabled={busy} onClick={onStay}>
          Bliv her
        </button>
      </div>
    </ModalDialog>
  );
}
