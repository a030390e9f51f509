import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent, type ReactElement } from 'react';
import { computeAreaStatuses } from '../../shared/domain/status';
import type { LetterHeader } from '../../shared/letter/types';
import { StatusBadge } from '../components/StatusBadge';
import { HeaderFieldsForm } from '../components/letter/HeaderFieldsForm';
import { NoDataNotice } from '../components/letter/NoDataNotice';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { useDataset } from '../hooks/useDataset';
import { createStoredDraft, defaultHeader } from '../letters/draft-service';
import { formatDateTime, STATE_LABEL } from '../letters/labels';
import { roundOptionLabel, roundsNewestFirst } from '../letters/round-options';
import { committeeSummaries, noLetterReason, selectionKind } from '../letters/selection';
import { navigate, routeHref } from '../router';
import '../styles/letters.css';

const SELECTION_HINT = {
  empty: 'Vælg mindst ét indsatsområde.',
  urge: 'Brevet opfordrer udvalget til at prioritere målene på de valgte områder med rød eller gul hovedindikator.',
  acknowledge:
    'Kun grønne områder er valgt: der er intet at opfordre til. Brevet skrives derfor i den anerkendende udgave, der kvitterer for fremgangen og opfordrer udvalget til fortsat at prioritere målene.',
  unmeasured: 'De valgte områder er ikke målt i denne måling: brevet får ingen opfordring.',
} as const;

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);

export default function NewLetterScreen(): ReactElement {
  const dataset = useDataset();
  const [roundChoice, setRoundChoice] = useState<string | null>(null);
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const [areaChoice, setAreaChoice] = useState<string[] | null>(null);
  const [header, setHeader] = useState<LetterHeader>(() => defaultHeader());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const db = getDb();

  const rounds = useMemo(() => roundsNewestFirst(dataset?.rounds ?? []), [dataset]);
  const roundId = roundChoice ?? rounds[0]?.id ?? null;
  const statuses = useMemo(
    () => (dataset && roundId ? computeAreaStatuses(dataset, roundId) : []),
    [dataset, roundId],
  );
  const summaries = useMemo(
    () => (dataset ? committeeSummaries(dataset, statuses) : []),
    [dataset, statuses],
  );
  const chosen = summaries.find((summary) => summary.committee.id === committeeId) ?? null;
  // Drafts the chosen committee already has for the round: the writer is told and offered them first.
  const roundDrafts = useLiveQuery(
    () => (roundId ? db.letters.where('roundId').equals(roundId).toArray() : []),
    [db, roundId],
  );
  const existing = (roundDrafts ?? [])
    .filter((draft) => draft.recipientCommitteeId === chosen?.committee.id)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const roundLabel = rounds.find((round) => round.id === roundId)?.label ?? '';
  const areaIds = areaChoice ?? chosen?.attentionAreaIds ?? [];
  const kind = selectionKind(
    (dataset?.areas ?? []).filter((area) => areaIds.includes(area.id)),
    statuses,
  );

  if (!dataset) {
    return (
      <section>
        <h1 tabIndex={-1}>Nyt brev</h1>
        <p className="loading">Indlæser …</p>
      </section>
    );
  }
  if (rounds.length === 0 || summaries.length === 0) {
    return (
      <section>
        <h1 tabIndex={-1}>Nyt brev</h1>
        <NoDataNotice />
      </section>
    );
  }

  const toggleArea = (areaId: string, checked: boolean): void => {
    setAreaChoice(checked ? [...areaIds, areaId] : areaIds.filter((id) => id !== areaId));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!roundId || !chosen || areaIds.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await createStoredDraft(getDb(), {
        roundId,
        recipientCommitteeId: chosen.committee.id,
        areaIds,
        header,
      });
      navigate({ screen: 'editor', letterId: draft.id });
    } catch (failure) {
      setError(`Udkastet blev ikke oprettet. ${describeStorageError(failure)}`);
      setBusy(false);
    }
  };

  return (
    <section className="new-letter">
      <h1 tabIndex={-1}>Nyt brev</h1>
      <form onSubmit={(event) => void submit(event)}>
        <fieldset className="step">
          <legend>1. Måling</legend>
          <label htmlFor="new-letter-round">Målingen brevet handler om</label>
          <select
            id="new-letter-round"
            value={roundId ?? ''}
            onChange={(event) => {
              setRoundChoice(event.target.value);
              setAreaChoice(null);
            }}
          >
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {roundOptionLabel(round)}
              </option>
            ))}
          </select>
        </fieldset>

        <fieldset className="step">
          <legend>2. Modtager</legend>
          <div className="committee-choices">
            {summaries.map(({ committee, areas, attentionAreaIds }) => (
              <label
                key={committee.id}
                className={`committee-choice${committee.id === committeeId ? ' selected' : ''}`}
              >
                <input
                  type="radio"
                  name="recipient"
                  value={committee.id}
                  checked={committee.id === committeeId}
                  onChange={() => {
                    setCommitteeId(committee.id);
                    setAreaChoice(null);
                  }}
                />
                <span className="committee-name">{committee.name}</span>
                <span className="committee-areas">
                  {attentionAreaIds.length > 0 ? (
                    areas
                      .filter((area) => attentionAreaIds.includes(area.areaId))
                      .map((area) => (
                        <span key={area.areaId} className="area-chip">
                          {area.name} <StatusBadge status={area.status} />
                        </span>
                      ))
                  ) : (
                    <span className="muted">{capitalize(noLetterReason({ areas }))}</span>
                  )}
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        {chosen && (
          <fieldset className="step">
            <legend>3. Indsatsområder for {chosen.committee.name}</legend>
            {chosen.areas.length === 0 && <p>Udvalget har ingen indsatsområder. Tilføj dem under Data.</p>}
            <ul className="area-choices">
              {chosen.areas.map((area) => (
                <li key={area.areaId}>
                  <label>
                    <input
                      type="checkbox"
                      checked={areaIds.includes(area.areaId)}
                      onChange={(event) => toggleArea(area.areaId, event.target.checked)}
                    />
                    {area.name}
                  </label>
                  <StatusBadge status={area.status} />
                </li>
              ))}
            </ul>
            <p className={`selection-hint hint-${kind}`} role="status">
              {SELECTION_HINT[kind]}
            </p>
          </fieldset>
        )}

        {chosen && (
          <HeaderFieldsForm
            idPrefix="new-letter"
            legend="4. Brevets felter"
            header={header}
            onChange={(next) => setHeader(next)}
          />
        )}

        {chosen && existing.length > 0 && (
          <div className="banner banner-warning existing-drafts" role="status">
            <p>
              {existing.length === 1
                ? `Der findes allerede et brev til ${chosen.committee.name} om målingen ${roundLabel}.`
                : `Der findes allerede ${existing.length} breve til ${chosen.committee.name} om målingen ${roundLabel}.`}{' '}
              Åbn det i stedet for at lave et nyt, så rettelserne ikke deles på to udkast.
            </p>
            <ul aria-label="Eksisterende breve">
              {existing.map((draft) => (
                <li key={draft.id}>
                  <a href={routeHref({ screen: 'editor', letterId: draft.id })}>
                    Åbn brevet ({STATE_LABEL[draft.state]}, ændret {formatDateTime(draft.updatedAt)})
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <p role="alert" className="banner banner-error">
            {error}
          </p>
        )}
        <button
          type="submit"
          className={existing.length > 0 ? undefined : 'primary'}
          disabled={!chosen || areaIds.length === 0 || busy}
        >
          {busy ? 'Opretter …' : existing.length > 0 ? 'Opret et nyt brev alligevel' : 'Opret udkast'}
        </button>
      </form>
    </section>
  );
}
