import { useCallback, useMemo, useRef, useState, type ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import type { ComposedLetter, LetterDraft } from '../../../shared/letter/types';
import { ANNEX_AREA_ROLE, areaNameOfHeading, reviewParagraphsOf } from '../../../shared/review/paragraphs';
import { shownRevision } from '../../../shared/review/revision';
import type { ReviewFeedbackItem, SentParagraph } from '../../../shared/review/types';
import type { BarometerDb } from '../../db/database';
import { describeStorageError } from '../../db/errors';
import { getDraft, revisionOf } from '../../db/letters';
import { DOCX_FILTER } from '../../letters/export';
import { formatDateTime, ROLE_LABEL } from '../../letters/labels';
import { getPlatform } from '../../platform';
import { describeOpen, openCountsByLetter } from '../../review/feedback';
import { letterTitle } from '../../review/letter-title';
import { setResolution } from '../../review/review-db';
import { sendForReview } from '../../review/send';
import {
  applySuggestions,
  effectiveFeedback,
  hasSuggestedText,
  paragraphText,
  suggestionOf,
  type Suggestion,
} from '../../review/suggestion';
import { describeAdded, REVIEW_FILE_MAX_BYTES, takeBackReview } from '../../review/take-back';
import { useDocxDrop } from '../../review/useDocxDrop';
import { useLetterReview } from '../../review/useReview';
import { FeedbackItemView } from './FeedbackItemView';
import { SendForReviewDialog } from './SendForReviewDialog';
import '../../styles/review.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string; notes: string[] }
  | { kind: 'error'; text: string };

interface Group {
  id: string;
  label: string;
  role?: string;
  text: string;
  items: ReviewFeedbackItem[];
}

/** The element id of a paragraph's group in the panel (the editor's paragraph notes scroll to it). */
export function reviewGroupElementId(paragraphId: string): string {
  return `review-group-${paragraphId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * The editor's "Gennemsyn" section: send a review copy, take a reviewed file back, and work through its comments and
 * suggestions per paragraph. Accepting goes through the editor's own edit path (`applyChange`): one undoable step,
 * autosaved and revision-checked like typing. Nothing in the draft changes until the user accepts something.
 */
export function ReviewPanel({
  db,
  draft,
  letter,
  locked,
  dataset,
  applyChange,
  flush,
  onSent,
}: {
  db: BarometerDb;
  draft: LetterDraft;
  /** The composed letter the preview shows; null while it cannot be composed (nothing can be sent then). */
  letter: ComposedLetter | null;
  locked: boolean;
  /** For naming another letter a file belongs to. */
  dataset: BarometerDataset | undefined;
  applyChange: (update: (draft: LetterDraft) => LetterDraft) => void;
  flush: () => Promise<void>;
  /** After a review copy was saved: move the letter to "Til gennemsyn". */
  onSent: () => void;
}): ReactElement {
  const { copies, feedback } = useLetterReview(db, draft.id);
  const [sendOpen, setSendOpen] = useState(false);
  const [sendBusy, setSendBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const busy = useRef(false);
  /** A "done" message («… er indlæst. Brevet er ikke ændret …») stops being true once the user works on the items. */
  const clearDoneStatus = (): void =>
    setStatus((current) => (current.kind === 'done' ? { kind: 'idle' } : current));

  const send = async (reviewer: string): Promise<void> => {
    if (!letter) return;
    setSendBusy(true);
    setSendError(null);
    try {
      await flush();
      const copy = await sendForReview(db, draft, letter, reviewer);
      setSendOpen(false);
      if (copy) {
        onSent();
        setStatus({
          kind: 'done',
          text: `Gennemsynskopien (revision ${shownRevision(copy.revision)}) er gemt${reviewer ? ` til ${reviewer}` : ''}.`,
          notes: [],
        });
      }
    } catch (error) {
      setSendError(
        `Gennemsynskopien kunne ikke laves: ${error instanceof Error ? error.message : describeStorageError(error)}`,
      );
    } finally {
      setSendBusy(false);
    }
  };

  const takeBack = useCallback(
    async (bytes: Uint8Array, name: string): Promise<void> => {
      if (!letter || busy.current) return;
      busy.current = true;
      setStatus({ kind: 'busy', text: `Læser «${name}» …` });
      try {
        await flush();
        const stored = await getDraft(db, draft.id);
        const result = await takeBackReview(bytes, name, {
          db,
          letterId: draft.id,
          currentRevision: revisionOf(stored),
          currentParagraphs: reviewParagraphsOf(letter),
          titleOf: (other) => letterTitle(dataset, other),
        });
        if (result.kind === 'refused') setStatus({ kind: 'error', text: result.message });
        else {
          const total = result.added + result.known;
          const text =
            total === 0
              ? `«${name}» indeholder ingen kommentarer eller ændringer.`
              : result.added === 0
                ? `«${name}» er allerede indlæst; intet nyt.`
                : `«${name}» er indlæst: ${describeAdded(result.addedComments, result.added - result.addedComments)}. Brevet er ikke ændret – acceptér de forslag, du vil bruge.`;
          setStatus({ kind: 'done', text, notes: result.notes });
        }
      } catch (error) {
        setStatus({ kind: 'error', text: `Gennemsynet kunne ikke indlæses: ${describeStorageError(error)}` });
      } finally {
        busy.current = false;
      }
    },
    [db, draft.id, flush, letter, dataset],
  );

  const pickFile = async (): Promise<void> => {
    try {
      const file = await getPlatform().openFile({ filters: [DOCX_FILTER], maxBytes: REVIEW_FILE_MAX_BYTES });
      if (!file.canceled && file.data && file.name) await takeBack(file.data, file.name);
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  useDocxDrop(!locked && Boolean(letter), takeBack, (message) => setStatus({ kind: 'error', text: message }));

  const resolve = (ids: string[], resolution: ReviewFeedbackItem['resolution']): void => {
    // The item's state changes: an error shown beside it no longer applies.
    setItemErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([id]) => !ids.includes(id))));
    clearDoneStatus();
    setResolution(db, ids, resolution).catch((error: unknown) =>
      setStatus({ kind: 'error', text: `Kunne ikke gemmes: ${describeStorageError(error)}` }),
    );
  };

  const accept = (items: readonly ReviewFeedbackItem[]): void => {
    const suggestions = items.map(suggestionOf).filter((s): s is Suggestion => s !== null);
    const trial = applySuggestions(draft, suggestions);
    const errors: Record<string, string> = {};
    for (const failure of trial.failed) errors[failure.id] = failure.reason;
    const done = [...trial.applied, ...trial.already];
    if (done.length > 0) resolve(done, 'accepted');
    setItemErrors(errors);
    if (trial.applied.length === 0) return;
    const chosen = suggestions.filter((suggestion) => trial.applied.includes(suggestion.id));
    // One change: "Acceptér alle" is one step for Fortryd, like a single suggestion.
    applyChange((current) => applySuggestions(current, chosen).draft);
  };

  const groups = useMemo(
    () => groupFeedback(draft, letter, copies ?? [], feedback ?? []),
    [draft, letter, copies, feedback],
  );
  // An accepted suggestion undone with Fortryd counts as open again.
  const effective = useMemo(() => effectiveFeedback(feedback ?? [], draft), [feedback, draft]);
  const open = openCountsByLetter(effective).get(draft.id);
  const pending = effective.filter((item) => item.kind === 'change' && !item.resolution && item.paragraphId);
  const openSummary = describeOpen(open);
  const answered = new Set((feedback ?? []).map((item) => item.reviewCopyId));

  return (
    <section className="review-panel card" aria-labelledby="review-panel-title">
      <h2 id="review-panel-title">Gennemsyn</h2>
      {copies && copies.length > 0 ? (
        <ul className="review-copies" aria-label="Sendt til gennemsyn">
          {copies.map((copy) => (
            <li key={copy.id}>
              Revision {shownRevision(copy.revision)} sendt {copy.reviewer ? `til ${copy.reviewer} ` : ''}
              {formatDateTime(copy.sentAt)}
              {answered.has(copy.id) && <span className="muted"> · svar indlæst</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Brevet er ikke sendt til gennemsyn endnu.</p>
      )}
      <div className="review-buttons">
        <button
          type="button"
          disabled={locked || !letter}
          onClick={() => {
            setSendError(null);
            setSendOpen(true);
          }}
        >
          Send til gennemsyn …
        </button>
        <button
          type="button"
          disabled={locked || !letter || status.kind === 'busy'}
          onClick={() => void pickFile()}
        >
          Indlæs gennemsyn …
        </button>
      </div>
      {!locked && (
        <p className="muted review-hint">Du kan også trække en gennemset .docx-fil ind på brevet.</p>
      )}
      {status.kind !== 'idle' && (
        <div
          className={`review-status review-status-${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{status.text}</p>
          {status.kind === 'done' && status.notes.length > 0 && (
            <ul>
              {status.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {groups.length > 0 && (
        <>
          <div className="review-summary">
            <p role="status">{openSummary || 'Alle kommentarer og forslag er behandlet.'}</p>
            {pending.length > 0 && (
              <div className="review-buttons">
                <button type="button" disabled={locked} onClick={() => accept(pending)}>
                  Acceptér alle
                </button>
                <button
                  type="button"
                  disabled={locked}
                  onClick={() =>
                    resolve(
                      pending.map((item) => item.id),
                      'rejected',
                    )
                  }
                >
                  Afvis alle
                </button>
              </div>
            )}
          </div>
          {groups.map((group) => (
            <section
              key={group.id}
              id={reviewGroupElementId(group.id)}
              tabIndex={-1}
              className="review-group"
              aria-label={`Gennemsyn: ${group.label}`}
            >
              <h3>{group.label}</h3>
              <ul className="review-items">
                {group.items.map((item) => (
                  <FeedbackItemView
                    key={item.id}
                    item={item}
                    where={group.label}
                    {...(group.role ? { role: group.role } : {})}
                    paragraphText={group.text}
                    undone={effective.find((e) => e.id === item.id)?.resolution !== item.resolution}
                    hasText={hasSuggestedText(item, draft)}
                    locked={locked}
                    {...(itemErrors[item.id] ? { error: itemErrors[item.id] } : {})}
                    onAccept={() => accept([item])}
                    onReject={() => resolve([item.id], 'rejected')}
                    onResolve={() => resolve([item.id], 'resolved')}
                    onReopen={() => resolve([item.id], undefined)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {sendOpen && letter && (
        <SendForReviewDialog
          recipient={letter.recipientCommitteeName}
          busy={sendBusy}
          error={sendError}
          onSend={(reviewer) => void send(reviewer)}
          onCancel={() => setSendOpen(false)}
        />
      )}
    </section>
  );
}

/** Feedback per paragraph in the letter's order, then Bilag 1's areas, then what could not be placed. */
function groupFeedback(
  draft: LetterDraft,
  letter: ComposedLetter | null,
  copies: readonly { paragraphs: SentParagraph[] }[],
  items: readonly ReviewFeedbackItem[],
): Group[] {
  const groups = new Map<string, Group>();
  draft.paragraphs.forEach((paragraph, index) => {
    groups.set(paragraph.id, {
      id: paragraph.id,
      label: `${ROLE_LABEL[paragraph.role]} (afsnit ${index + 1})`,
      role: paragraph.role,
      text: paragraphText(paragraph.runs),
      items: [],
    });
  });
  // Bilag 1's areas as the letter shows them now, then any the copies had that are gone since.
  const sentLists = [letter ? reviewParagraphsOf(letter) : [], ...copies.map((copy) => copy.paragraphs)];
  for (const sent of sentLists.flat()) {
    if (groups.has(sent.id) || sent.role !== ANNEX_AREA_ROLE) continue;
    groups.set(sent.id, {
      id: sent.id,
      label: `Bilag 1: ${areaNameOfHeading(sent.text)}`,
      role: sent.role,
      text: sent.text,
      items: [],
    });
  }
  const unplaced: Group = { id: '', label: 'Ikke placeret', text: '', items: [] };
  for (const item of items) {
    const group = item.paragraphId ? groups.get(item.paragraphId) : undefined;
    if (group) group.items.push(item);
    else if (item.paragraphId) {
      groups.set(item.paragraphId, {
        id: item.paragraphId,
        label: item.paragraphId.startsWith('annex-') ? 'Bilag 1' : 'Afsnit, der ikke længere er i brevet',
        ...(item.paragraphId.startsWith('annex-') ? { role: ANNEX_AREA_ROLE } : {}),
        text: '',
        items: [item],
      });
    } else unplaced.items.push(item);
  }
  return [...groups.values(), unplaced].filter((group) => group.items.length > 0);
}
