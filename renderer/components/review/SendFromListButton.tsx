import { useState, type ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import type { ComposedLetter, LetterDraft } from '../../../shared/letter/types';
import type { BarometerDb } from '../../db/database';
import { describeStorageError } from '../../db/errors';
import { getDraft, saveDraft } from '../../db/letters';
import { composeDraft, isSampleDataLoaded } from '../../letters/draft-service';
import { sendForReview } from '../../review/send';
import { SendForReviewDialog } from './SendForReviewDialog';
import '../../styles/review.css';

/** "Send til gennemsyn" in the letter list: the same review copy as the editor's, and the letter moves to "Til gennemsyn". */
export function SendFromListButton({
  db,
  dataset,
  draft,
  recipient,
  onError,
}: {
  db: BarometerDb;
  dataset: BarometerDataset;
  draft: LetterDraft;
  recipient: string;
  onError: (message: string) => void;
}): ReactElement {
  const [letter, setLetter] = useState<ComposedLetter | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (): Promise<void> => {
    try {
      const composed = composeDraft(dataset, draft, await isSampleDataLoaded(db));
      if (!composed) {
        onError(
          `Brevet til ${recipient} kan ikke sendes til gennemsyn: dets måling eller udvalg findes ikke længere i data.`,
        );
        return;
      }
      setError(null);
      setLetter(composed);
    } catch (failure) {
      onError(
        `Brevet til ${recipient} kan ikke vises: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  };

  const send = async (reviewer: string): Promise<void> => {
    if (!letter) return;
    setBusy(true);
    try {
      const copy = await sendForReview(db, draft, letter, reviewer);
      if (copy) {
        // Read fresh: the state change must not put back an older text than the one stored.
        const stored = await getDraft(db, draft.id);
        if (stored && stored.state !== 'til-gennemsyn')
          await saveDraft(db, { ...stored, state: 'til-gennemsyn' });
      }
      setLetter(null);
    } catch (failure) {
      setError(
        `Gennemsynskopien kunne ikke laves: ${failure instanceof Error ? failure.message : describeStorageError(failure)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        disabled={draft.state === 'sendt'}
        onClick={() => void open()}
        aria-label={`Send til gennemsyn: brevet til ${recipient}`}
      >
        Send til gennemsyn
      </button>
      {letter && (
        <SendForReviewDialog
          recipient={recipient}
          busy={busy}
          error={error}
          onSend={(reviewer) => void send(reviewer)}
          onCancel={() => setLetter(null)}
        />
      )}
    </>
  );
}
