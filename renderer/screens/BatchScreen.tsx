import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type ReactElement } from 'react';
import type { LetterDraft, LetterHeader } from '../../shared/letter/types';
import { joinDanish } from '../../shared/domain/wording';
import { StatusBadge } from '../components/StatusBadge';
import { ModalDialog } from '../components/ModalDialog';
import { BatchLetterNumbers } from '../components/letter/BatchLetterNumbers';
import { HeaderFieldsForm } from '../components/letter/HeaderFieldsForm';
import { NoDataNotice } from '../components/letter/NoDataNotice';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import { listDrafts } from '../db/letters';
import { useDataset } from '../hooks/useDataset';
import { saveAllUnsaved } from '../hooks/useUnsavedChanges';
import {
  batchPlan,
  createBatch,
  describeBatchCreation,
  describePreferredDraft,
  preferredDraftPerCommittee,
  prepareBatchExport,
} from '../letters/batch';
import { defaultHeader } from '../letters/draft-service';
import { buildDraftDocx } from '../letters/export';
import { formatDateTime, STATE_LABEL } from '../letters/labels';
import { loadLogoOptions } from '../letters/logo';
import { roundOptionLabel, roundsNewestFirst } from '../letters/round-options';
import { committeesWithoutChairName, noLetterReason } from '../letters/selection';
import { getPlatform } from '../platform';
import { openCountsByLetter } from '../review/feedback';
import { listOpenFeedback } from '../review/review-db';
import { routeHref } from '../router';
import '../styles/letters.css';

type Work =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; done: number; total: number }
  | { kind: 'done'; message: string; details?: string[]; exported?: string[] }
  | { kind: 'error'; message: string };

export default function BatchScreen(): ReactElement {
  const db = getDb();
  const dataset = useDataset();
  const drafts = useLiveQuery(() => listDrafts(db), [db]);
  const [roundChoice, setRoundChoice] = useState<string | null>(null);
  const [header, setHeader] = useState<LetterHeader>(() => defaultHeader());
  const [work, setWork] = useState<Work>({ kind: 'idle' });
  /**
   * Asked about once before an export: the committees whose letters are still in "Kladde", and those whose letters
   * have review comments nobody has dealt with yet.
   */
  const [exportQuestion, setExportQuestion] = useState<{ kladder: string[]; openComments: string[] } | null>(
    null,
  );
  const cancelExport = useRef<HTMLButtonElement>(null);

  const rounds = useMemo(() => roundsNewestFirst(dataset?.rounds ?? []), [dataset]);
  const roundId = roundChoice ?? rounds[0]?.id ?? null;
  const plan = useMemo(() => (dataset && roundId ? batchPlan(dataset, roundId) : null), [dataset, roundId]);
  const existing = useMemo(
    () =>
      drafts && plan && roundId
        ? preferredDraftPerCommittee(
            drafts,
            roundId,
            plan.withLetter.map((s) => s.committee.id),
          )
        : [],
    [drafts, plan, roundId],
  );

  if (!dataset || !drafts) {
    return (
      <section>
        <h1 tabIndex={-1}>Alle udvalg</h1>
        <p className="loading">Indlæser …</p>
      </section>
    );
  }
  if (!plan || !roundId) {
    return (
      <section>
        <h1 tabIndex={-1}>Alle udvalg</h1>
        <NoDataNotice />
      </section>
    );
  }
  const busy = work.kind === 'busy';

  const createAll = async (): Promise<void> => {
    setWork({ kind: 'busy', what: 'Opretter udkast', done: 0, total: plan.withLetter.length });
    try {
      const result = await createBatch(db, roundId, header, (done, total) =>
        setWork({ kind: 'busy', what: 'Opretter udkast', done, total }),
      );
      setWork({ kind: 'done', message: describeBatchCreation(result) });
    } catch (error) {
      setWork({
        kind: 'error',
        message: `Udkastene blev ikke oprettet (intet er gemt). ${describeStorageError(error)}`,
      });
    }
  };

  /** "Eksportér alle som Word": the letters' own numbers are stored first; letters still in "Kladde" are asked about. */
  const requestExportAll = async (): Promise<void> => {
    if (!(await saveAllUnsaved())) return;
    const stored = await db.letters.bulkGet(existing.map((draft) => draft.id));
    const letters = stored.filter((draft): draft is LetterDraft => draft !== undefined);
    const open = openCountsByLetter(await listOpenFeedback(db));
    const kladder = letters.filter((draft) => draft.state === 'kladde');
    const withOpenComments = letters.filter((draft) => (open.get(draft.id)?.comments ?? 0) > 0);
    if (kladder.length > 0 || withOpenComments.length > 0)
      setExportQuestion({
        kladder: kladder.map((draft) => nameOf(draft.recipientCommitteeId)),
        openComments: withOpenComments.map((draft) => nameOf(draft.recipientCommitteeId)),
      });
    else await exportAll();
  };

  const exportAll = async (): Promise<void> => {
    // Read again: the numbers typed in the list were stored a moment ago.
    const current = (await db.letters.bulkGet(existing.map((draft) => draft.id))).filter(
      (draft): draft is NonNullable<typeof draft> => draft !== undefined,
    );
    const total = current.length;
    setWork({ kind: 'busy', what: 'Laver Word-dokumenter', done: 0, total });
    try {
      // Outdated drafts get the newest data first (and are stored), so no letter contradicts its annex.
      const prepared = await prepareBatchExport(db, dataset, current);
      const logo = await loadLogoOptions();
      const files: { name: string; data: Uint8Array<ArrayBuffer> }[] = [];
      for (const draft of prepared.drafts) {
        files.push(await buildDraftDocx(dataset, draft, logo));
        setWork({ kind: 'busy', what: 'Laver Word-dokumenter', done: files.length, total });
      }
      const result = await getPlatform().saveFiles({ files });
      // Which draft went out for each committee: with several drafts for the round, the one furthest along.
      const exported = prepared.drafts.map((draft) => {
        const name = nameOf(draft.recipientCommitteeId);
        const which = describePreferredDraft(draft, drafts, (state) => STATE_LABEL[state]);
        return `${name}: ${STATE_LABEL[draft.state]}, ændret ${formatDateTime(draft.updatedAt)}${which}`;
      });
      const refreshedText =
        prepared.refreshedCount > 0
          ? ` ${prepared.refreshedCount} udkast blev opdateret med de nyeste data før eksport.`
          : '';
      setWork(
        result.saved > 0
          ? {
              kind: 'done',
              message: `${result.saved} Word-dokumenter er gemt${result.folder ? ` i ${result.folder}` : ''}.${refreshedText}`,
              details: prepared.notices,
              exported,
            }
          : prepared.refreshedCount > 0
            ? {
                kind: 'done',
                message: `Eksporten blev annulleret.${refreshedText}`,
                details: prepared.notices,
              }
            : { kind: 'idle' },
      );
    } catch (error) {
      setWork({
        kind: 'error',
        message: `Eksporten mislykkedes: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const draftFor = (committeeId: string) =>
    existing.find((draft) => draft.recipientCommitteeId === committeeId);
  const nameOf = (committeeId: string): string =>
    dataset.committees.find((committee) => committee.id === committeeId)?.name ?? committeeId;
  const withoutChair = committeesWithoutChairName(
    plan.withLetter.filter((summary) => !draftFor(summary.committee.id)),
  );
  const severalDrafts = existing.some(
    (draft) => describePreferredDraft(draft, drafts, (state) => STATE_LABEL[state]) !== '',
  );

  return (
    <section className="batch">
      <h1 tabIndex={-1}>Alle udvalg</h1>
      <p>
        Lav på én gang et udkast til hvert udvalg, der har en rød eller gul hovedindikator på et af sine
        indsatsområder.
      </p>
      <div className="field">
        <label htmlFor="batch-round">Måling</label>
        <select
          id="batch-round"
          value={roundId}
          onChange={(event) => setRoundChoice(event.target.value)}
          disabled={busy}
        >
          {rounds.map((round) => (
            <option key={round.id} value={round.id}>
              {roundOptionLabel(round)}
            </option>
          ))}
        </select>
      </div>

      <h2>Udvalg, der får brev ({plan.withLetter.length})</h2>
      <ul className="batch-list" aria-label="Udvalg, der får brev">
        {plan.withLetter.map(({ committee, areas, attentionAreaIds }) => {
          const draft = draftFor(committee.id);
          return (
            <li key={committee.id}>
              <strong>{committee.name}</strong>
              {areas
                .filter((area) => attentionAreaIds.includes(area.areaId))
                .map((area) => (
                  <span key={area.areaId} className="area-chip">
                    {area.name} <StatusBadge status={area.status} />
                  </span>
                ))}
              <span className="muted">
                {draft ? (
                  <>
                    · <a href={routeHref({ screen: 'editor', letterId: draft.id })}>Udkast</a> (
                    {STATE_LABEL[draft.state]}, {formatDateTime(draft.updatedAt)})
                    {describePreferredDraft(draft, drafts, (state) => STATE_LABEL[state]) &&
                      `${describePreferredDraft(draft, drafts, (state) => STATE_LABEL[state])} eksporteres`}
                    <BatchLetterNumbers
                      draft={draft}
                      committeeName={committee.name}
                      disabled={busy || draft.state === 'sendt'}
                    />
                  </>
                ) : (
                  '· intet udkast endnu'
                )}
              </span>
            </li>
          );
        })}
        {plan.withLetter.length === 0 && (
          <li>Ingen udvalg har en rød eller gul hovedindikator i denne måling.</li>
        )}
      </ul>

      {plan.withoutLetter.length > 0 && (
        <>
          <h2>Uden brev ({plan.withoutLetter.length})</h2>
          <ul className="batch-list" aria-label="Udvalg uden brev">
            {plan.withoutLetter.map(({ committee, areas }) => (
              <li key={committee.id} className="no-letter">
                <strong>{committee.name}</strong>
                <span>{noLetterReason({ areas })} – intet brev</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {/* Only what new drafts start with: each letter's own Sagsnr. and Dok.nr. are set in the list above. */}
      <HeaderFieldsForm
        idPrefix="batch"
        legend="Felter for de nye udkast (hvert brevs Sagsnr. og Dok.nr. rettes i listen)"
        header={header}
        onChange={(next) => setHeader(next)}
      />

      {withoutChair.length > 0 && (
        <p className="banner banner-warning batch-warning" role="note">
          Formandens navn mangler for: {joinDanish(withoutChair)}; brevene indledes med titlen. Navnene kan
          tilføjes under <a href={routeHref({ screen: 'data' })}>Data</a>.
        </p>
      )}
      <div className="batch-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || plan.withLetter.length === 0}
          onClick={() => void createAll()}
        >
          Opret udkast til alle
        </button>
        <button
          type="button"
          disabled={busy || existing.length === 0}
          onClick={() => void requestExportAll()}
        >
          Eksportér alle som Word
        </button>
        {existing.length > 0 && existing.length < plan.withLetter.length && (
          <span className="muted">
            {existing.length} af {plan.withLetter.length} udvalg har et udkast; eksporten tager dem, der
            findes.
          </span>
        )}
        {existing.length > 0 && (
          <span className="muted">
            «Opret udkast til alle» springer udvalg over, der allerede har et udkast for målingen.
            {severalDrafts &&
              ' Har et udvalg flere udkast, eksporteres det, der er længst fremme (Klar til underskrift før Til gennemsyn før Kladde; et sendt brev kun, hvis der ikke er andre), og blandt dem det nyeste.'}
          </span>
        )}
      </div>
      {exportQuestion && (
        <ModalDialog
          role="alertdialog"
          labelledBy="batch-kladde-title"
          describedBy="batch-kladde-text"
          initialFocus={cancelExport}
          onCancel={() => setExportQuestion(null)}
        >
          <h2 id="batch-kladde-title">
            {exportQuestion.kladder.length > 0
              ? 'Eksportér kladder?'
              : 'Eksportér med ubehandlede kommentarer?'}
          </h2>
          <div id="batch-kladde-text">
            {exportQuestion.kladder.length > 0 && (
              <p>
                {exportQuestion.kladder.length === 1
                  ? 'Brevet til '
                  : `${exportQuestion.kladder.length} af brevene har stadig status «Kladde»: brevene til `}
                {joinDanish(exportQuestion.kladder)}
                {exportQuestion.kladder.length === 1 ? ' har stadig status «Kladde».' : '.'} Kladder er ikke
                gennemset.
              </p>
            )}
            {exportQuestion.openComments.length > 0 && (
              <p>
                {exportQuestion.openComments.length === 1 ? 'Brevet til ' : 'Brevene til '}
                {joinDanish(exportQuestion.openComments)} har kommentarer fra gennemsyn, der ikke er markeret
                som behandlet.
              </p>
            )}
            <p>Vil du eksportere alligevel?</p>
          </div>
          <div className="modal-actions">
            <button
              type="button"
              onClick={() => {
                setExportQuestion(null);
                void exportAll();
              }}
            >
              Eksportér alligevel
            </button>
            <button
              ref={cancelExport}
              type="button"
              className="primary"
              onClick={() => setExportQuestion(null)}
            >
              Annullér
            </button>
          </div>
        </ModalDialog>
      )}
      {work.kind === 'busy' && (
        <div role="status">
          <label htmlFor="batch-progress">
            {work.what}: {work.done} af {work.total}
          </label>
          <br />
          <progress
            id="batch-progress"
            className="batch-progress"
            max={Math.max(1, work.total)}
            value={work.done}
          />
        </div>
      )}
      {work.kind === 'done' && (
        <div role="status" className="banner banner-info">
          <p>{work.message}</p>
          {work.exported && work.exported.length > 0 && (
            <ul aria-label="Eksporterede udkast">
              {work.exported.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {work.details && work.details.length > 0 && (
            <ul aria-label="Rettelser, der blev erstattet">
              {work.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {work.kind === 'error' && (
        <p role="alert" className="banner banner-error">
          {work.message}
        </p>
      )}
    </section>
  );
}
