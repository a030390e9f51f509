import { useEffect, useRef, type ReactElement } from 'react';

/**
 * Asked once before the signing copy is exported while review comments are still open. The export itself never
 * carries them (it is built fresh from the draft); the question is whether the letter is really finished.
 */
export function UnresolvedCommentsDialog({
  count,
  what,
  onChoose,
}: {
  count: number;
  /** "Word-dokumentet" or "PDF-filen". */
  what: string;
  onChoose: (exportAnyway: boolean) => void;
}): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    cancelButton.current?.focus();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  const comments = count === 1 ? '1 kommentar' : `${count} kommentarer`;
  return (
    <dialog
      ref={dialog}
      className="card review-dialog"
      aria-labelledby="unresolved-title"
      aria-describedby="unresolved-text"
      onCancel={(event) => {
        event.preventDefault();
        onChoose(false);
      }}
    >
      <h2 id="unresolved-title">Ubehandlede kommentarer</h2>
      <p id="unresolved-text">
        Brevet har {comments} fra gennemsyn, som ikke er markeret som behandlet. Vil du eksportere {what} til
        underskrift alligevel? Kommentarerne kommer ikke med i filen.
      </p>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={() => onChoose(true)}>
          Eksportér alligevel
        </button>
        <button type="button" ref={cancelButton} onClick={() => onChoose(false)}>
          Annullér
        </button>
      </div>
    </dialog>
  );
}
