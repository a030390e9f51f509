import { useMemo, useRef, type ReactElement } from 'react';
import { compareVersions } from '../../letters/conflict-diff';
import type { ConflictChoice, DraftConflict } from '../../letters/useDraftEditing';
import { ModalDialog } from '../ModalDialog';
import '../../styles/conflict.css';

/**
 * The draft changed in another window (or was deleted) while this one had unsaved edits: nothing is saved until the
 * writer has seen both versions and chosen. Every choice keeps both texts somewhere except an explicit "Kassér".
 */
export function ConflictDialog({
  conflict,
  busy,
  error,
  onChoose,
}: {
  conflict: DraftConflict;
  busy: boolean;
  error: string | null;
  onChoose: (choice: ConflictChoice) => void;
}): ReactElement {
  const firstChoice = useRef<HTMLButtonElement>(null);
  const { mine, theirs } = conflict;
  const comparison = useMemo(() => (theirs ? compareVersions(theirs, mine) : null), [theirs, mine]);

  return (
    <ModalDialog
      role="alertdialog"
      className="conflict-dialog"
      labelledBy="conflict-title"
      describedBy="conflict-text"
      initialFocus={firstChoice}
    >
      {theirs && comparison ? (
        <>
          <h2 id="conflict-title">Brevet er ændret i et andet vindue</h2>
          <p id="conflict-text">
            Brevet er gemt fra et andet vindue, mens du skrev her. Dine ændringer er ikke gemt oven i det. Se
            forskellen, og vælg hvilken udgave der skal gælde. Intet gemmes, før du har valgt.
          </p>
          {comparison.differences.length > 0 ? (
            <table className="conflict-table">
              <caption className="visually-hidden">Forskelle mellem de to udgaver</caption>
              <thead>
                <tr>
                  <th scope="col">Del af brevet</th>
                  <th scope="col">Den anden udgave (gemt)</th>
                  <th scope="col">Min udgave (ikke gemt)</th>
                </tr>
              </thead>
              <tbody>
                {comparison.differences.map((difference, index) => (
                  <tr key={`${difference.what}-${index}`}>
                    <th scope="row">{difference.what}</th>
                    <td>{difference.theirs || '(tom)'}</td>
                    <td>{difference.mine || '(tom)'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>De to udgaver har samme tekst.</p>
          )}
          {comparison.sameParagraphs > 0 && (
            <p className="muted">
              {comparison.sameParagraphs === 1
                ? '1 afsnit er ens i begge udgaver.'
                : `${comparison.sameParagraphs} afsnit er ens i begge udgaver.`}
            </p>
          )}
        </>
      ) : (
        <>
          <h2 id="conflict-title">Brevet er slettet i et andet vindue</h2>
          <p id="conflict-text">
            Brevet findes ikke længere (det er slettet, eller data er gendannet fra en sikkerhedskopi uden
            det). Din udgave er ikke gemt. Gem den som et nyt brev, eller kassér den.
          </p>
        </>
      )}
      {error && (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        {theirs ? (
          <>
            <button
              ref={firstChoice}
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => onChoose('keep-mine')}
            >
              Behold min udgave
            </button>
            <button type="button" disabled={busy} onClick={() => onChoose('take-theirs')}>
              Brug den anden udgave
            </button>
            <button type="button" disabled={busy} onClick={() => onChoose('copy-mine')}>
              Gem min som nyt brev
            </button>
          </>
        ) : (
          <>
            <button
              ref={firstChoice}
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => onChoose('copy-mine')}
            >
              Gem min som nyt brev
            </button>
            <button type="button" disabled={busy} onClick={() => onChoose('discard')}>
              Kassér min udgave
            </button>
          </>
        )}
      </div>
      <p className="muted">
        «Behold min udgave» gemmer din tekst som den nyeste udgave. «Brug den anden udgave» viser den gemte
        tekst her i stedet for din. «Gem min som nyt brev» gemmer din tekst som et nyt brev (kladde) og lader
        det andet være.
      </p>
    </ModalDialog>
  );
}
