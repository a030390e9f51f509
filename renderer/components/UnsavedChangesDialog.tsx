import { useEffect, useRef, type ReactElement } from 'react';

/**
 * Asked when the user leaves a screen with unsaved edits. An in-page dialog (Electron has no window.confirm);
 * focus starts on "Bliv her", the choice that loses nothing, and Escape means the same.
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
  useEffect(() => stayButton.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        className="modal unsaved-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-text"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onStay();
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
      </div>
    </div>
  );
}
