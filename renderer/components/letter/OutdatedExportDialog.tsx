import { useEffect, useRef, type ReactElement } from 'react';

/** No "export as it is": old sentences above an annex built from today's data would contradict each other. */
export type OutdatedExportChoice = 'refresh' | 'cancel';

/**
 * Asked before exporting a draft whose data changed: a dialog in the page (Electron has no window.confirm prompt).
 * A modal <dialog> keeps focus inside it; Escape cancels.
 */
export function OutdatedExportDialog({
  what,
  canRefresh,
  onChoose,
}: {
  /** "Word-dokumentet" or "PDF-filen". */
  what: string;
  canRefresh: boolean;
  onChoose: (choice: OutdatedExportChoice) => void;
}): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const refreshButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    refreshButton.current?.focus();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="card"
      aria-labelledby="outdated-export-title"
      aria-describedby="outdated-export-text"
      style={{ maxWidth: '34rem' }}
      onCancel={(event) => {
        event.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id="outdated-export-title" style={{ marginTop: 0 }}>
        Eksportér {what}
      </h2>
      <p id="outdated-export-text">
        Data er ændret siden udkastet blev lavet. De beregnede afsnit skal opdateres før eksport, så brevets
        tekst og bilaget bygger på de samme tal.
      </p>
      <p className="muted">
        Beregnede afsnit, du har rettet, får den nye tekst, hvis data bag dem er ændret. Du kan fortryde
        opdateringen bagefter.
      </p>
      <div style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
        <button
          ref={refreshButton}
          type="button"
          className="primary"
          disabled={!canRefresh}
          onClick={() => onChoose('refresh')}
        >
          Opdatér og eksportér
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          Annullér
        </button>
      </div>
    </dialog>
  );
}
