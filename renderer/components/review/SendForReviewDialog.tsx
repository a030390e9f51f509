import { useEffect, useRef, useState, type ReactElement } from 'react';

/**
 * "Send til gennemsyn": asks for the reviewer's name (optional), then the caller exports the review copy. A modal
 * <dialog> like the export dialog: focus starts in the name field, Tab stays inside, Escape cancels.
 */
export function SendForReviewDialog({
  recipient,
  busy,
  error,
  onSend,
  onCancel,
}: {
  /** "Børne- og Ungdomsudvalget": whose letter is sent. */
  recipient: string;
  busy: boolean;
  error: string | null;
  onSend: (reviewer: string) => void;
  onCancel: () => void;
}): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const [reviewer, setReviewer] = useState('');

  useEffect(() => {
    const element = dialog.current;
    // The element that opened the dialog gets focus back when it closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    nameField.current?.focus();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="card review-dialog"
      aria-labelledby="send-review-title"
      aria-describedby="send-review-text"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSend(reviewer.trim());
        }}
      >
        <h2 id="send-review-title">Send til gennemsyn</h2>
        <p id="send-review-text">
          Brevet til {recipient} gemmes som et Word-dokument mærket «Udkast til gennemsyn». Send filen til
          gennemsyneren, som kan kommentere og rette i Word, LibreOffice eller Barometerbrev. Når filen kommer
          tilbage, indlæser du den her med «Indlæs gennemsyn». Brevet får status «Til gennemsyn».
        </p>
        <div className="field">
          <label htmlFor="send-review-name">Gennemsynerens navn (valgfrit)</label>
          <input
            id="send-review-name"
            ref={nameField}
            type="text"
            autoComplete="off"
            maxLength={120}
            value={reviewer}
            disabled={busy}
            onChange={(event) => setReviewer(event.target.value)}
          />
        </div>
        {error && (
          <p role="alert" className="banner banner-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Gemmer …' : 'Gem gennemsynskopi'}
          </button>
          <button type="button" disabled={busy} onClick={onCancel}>
            Annullér
          </button>
        </div>
      </form>
    </dialog>
  );
}
