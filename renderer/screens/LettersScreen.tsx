import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import type { LetterDraft, LetterState } from '../../shared/letter/types';
import { NoDataNotice } from '../components/letter/NoDataNotice';
import { UndoToast } from '../components/letter/UndoToast';
import { OpenReviewButton } from '../components/review/OpenReviewButton';
import { SendFromListButton } from '../components/review/SendFromListButton';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { deleteDraft, duplicateDraft, listDrafts, restoreDraft } from '../db/letters';
import { useDataset } from '../hooks/useDataset';
import { newLetterId } from '../letters/draft-service';
import {
  describeShown,
  draftRows,
  filterDraftRows,
  isUneditedCopy,
  type DraftFilter,
} from '../letters/filter';
import { formatDateTime, LETTER_STATES, STATE_LABEL } from '../letters/labels';
import { roundsNewestFirst } from '../letters/round-options';
import { describeOpen } from '../review/feedback';
import { useOpenCounts } from '../review/useReview';
import { navigate, routeHref } from '../router';
import '../styles/letters.css';

export default function LettersScreen(): ReactElement {
  const db = getDb();
  const dataset = useDataset();
  const drafts = useLiveQuery(() => listDrafts(db), [db]);
  const openReview = useOpenCounts(db);
  const [filter, setFilter] = useState<DraftFilter>({ state: 'alle', roundId: 'alle', query: '' });
  const [deleted, setDeleted] = useState<LetterDraft | null>(null);
  const [error, setError] = useState<string | null>(null);

  const rows = useMemo(() => (drafts && dataset ? draftRows(drafts, dataset) : []), [drafts, dataset]);
  const shown = useMemo(() => filterDraftRows(rows, filter), [rows, filter]);
  const rounds = useMemo(() => roundsNewestFirst(dataset?.rounds ?? []), [dataset]);
  const dismiss = useCallback(() => setDeleted(null), []);

  const act = async (what: string, action: () => Promise<void>): Promise<void> => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(`${what} mislykkedes. ${describeStorageError(failure)}`);
    }
  };

  const remove = (draft: LetterDraft): Promise<void> =>
    act('Sletningen', async () => {
      const removed = await deleteDraft(db, draft.id);
      if (removed) setDeleted(removed);
    });
  const undoDelete = (): Promise<void> =>
    act('Fortrydelsen', async () => {
      if (deleted) await restoreDraft(db, deleted);
      setDeleted(null);
    });
  const duplicate = (draft: LetterDraft): Promise<void> =>
    act('Kopieringen', async () => {
      const copy = await duplicateDraft(db, draft.id, newLetterId());
      navigate({ screen: 'editor', letterId: copy.id });
    });

  return (
    <section>
      <h1 tabIndex={-1}>Breve</h1>
      <OpenReviewButton />
      {!drafts || !dataset ? (
        <p className="loading">Indlæser …</p>
      ) : drafts.length === 0 ? (
        dataset.rounds.length === 0 ? (
          <NoDataNotice />
        ) : (
          <div className="card">
            <p>Der er ingen breve endnu.</p>
            <p>
              <a className="button primary" href={routeHref({ screen: 'new-letter' })}>
                Skriv et nyt brev
              </a>{' '}
              eller lav udkast til alle udvalg på én gang under{' '}
              <a href={routeHref({ screen: 'batch' })}>Alle udvalg</a>.
            </p>
          </div>
        )
      ) : (
        <>
          <div className="letters-filters">
            <div className="field">
              <label htmlFor="letters-search">Søg</label>
              <input
                id="letters-search"
                type="search"
                placeholder="Udvalg (fx BUU), område, sagsnr. eller tekst"
                value={filter.query}
                onChange={(event) => setFilter({ ...filter, query: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="letters-state">Status</label>
              <select
                id="letters-state"
                value={filter.state}
                onChange={(event) =>
                  setFilter({ ...filter, state: event.target.value as LetterState | 'alle' })
                }
              >
                <option value="alle">Alle</option>
                {LETTER_STATES.map((state) => (
                  <option key={state} value={state}>
                    {STATE_LABEL[state]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="letters-round">Måling</label>
              <select
                id="letters-round"
                value={filter.roundId}
                onChange={(event) => setFilter({ ...filter, roundId: event.target.value })}
              >
                <option value="alle">Alle</option>
                {rounds.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.label}
                  </option>
                ))}
              </select>
            </div>
            <p className="muted" role="status">
              {describeShown(shown.length, rows.length)}
            </p>
          </div>
          {error && (
            <p role="alert" className="banner banner-error">
              {error}
            </p>
          )}
          <table className="data-table letters-table">
            <caption className="visually-hidden">Brevudkast, senest ændrede først</caption>
            <thead>
              <tr>
                <th scope="col">Modtager</th>
                <th scope="col">Indsatsområder</th>
                <th scope="col">Måling</th>
                <th scope="col">Sagsnr. / Dok.nr.</th>
                <th scope="col">Status</th>
                <th scope="col">Senest ændret</th>
                <th scope="col">Handlinger</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ draft, recipient, areas, round }) => (
                <tr key={draft.id}>
                  <td>
                    <a href={routeHref({ screen: 'editor', letterId: draft.id })}>{recipient}</a>
                    {isUneditedCopy(draft) && <span className="copy-note"> (kopi)</span>}
                  </td>
                  <td>{areas}</td>
                  <td>{round}</td>
                  <td>
                    {[draft.header.sagsnr, draft.header.doknr]
                      .filter((value) => value.trim() !== '')
                      .join(' / ') || <span className="muted">–</span>}
                  </td>
                  <td>
                    <span className={`state-pill state-${draft.state}`}>{STATE_LABEL[draft.state]}</span>
                    {openReview?.has(draft.id) && (
                      <span className="open-review-count">{describeOpen(openReview.get(draft.id))}</span>
                    )}
                  </td>
                  <td>{formatDateTime(draft.updatedAt)}</td>
                  <td className="actions">
                    <SendFromListButton
                      db={db}
                      dataset={dataset}
                      draft={draft}
                      recipient={recipient}
                      onError={setError}
                    />
                    <button
                      type="button"
                      onClick={() => void duplicate(draft)}
                      aria-label={`Kopiér brevet til ${recipient}`}
                    >
                      Kopiér
                    </button>
                    <button
                      type="button"
                      onClick={() => void remove(draft)}
                      aria-label={`Slet brevet til ${recipient}`}
                    >
                      Slet
                    </button>
                  </td>
                </tr>
              ))}
              {shown.length === 0 && (
                <tr>
                  <td colSpan={7}>Ingen breve passer til filtrene.</td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      )}
      {deleted && (
        <UndoToast message="Brevet er slettet." onUndo={() => void undoDelete()} onDismiss={dismiss} />
      )}
    </section>
  );
}
