import { useEffect, useRef, useState, type ReactElement } from 'react';
import {
  canUndoClear,
  clearDatasetWithUndo,
  undoClear,
  UndoExpiredError,
  type ClearedData,
} from '../../db/clear';
import { getDb } from '../../db/connection';
import { describeStorageError } from '../../db/errors';
import { dataOrigin, type DataOrigin } from '../../db/dataset-label';
import { dropClearUndo, offerClearUndo } from '../../hooks/pending-clear-undo';
import { usePendingClearUndo } from '../../hooks/usePendingClearUndo';

type Step = { step: 'idle' } | { step: 'confirm' } | { step: 'message'; text: string; error?: boolean };

/** What is removed, and what is kept (letters are never removed by clearing data). */
const KEPT =
  'Breve (kladder), skabeloner, afsender og statusregel bevares – breve fjernes aldrig, når data ryddes.';

/** The button and confirmation name what goes: the sample alone, or the user's own data too. */
export const CLEAR_WORDING: Readonly<
  Record<DataOrigin, { button: string; question: string; confirm: string }>
> = {
  sample: {
    button: 'Ryd eksempeldata',
    question: `Ryd eksempeldata? De opdigtede områder, indikatorer, målinger, værdier, udvalg og manuelle statusser fjernes. ${KEPT}`,
    confirm: 'Ja, ryd eksempeldata',
  },
  mixed: {
    button: 'Ryd alle data (også jeres egne)',
    question: `Ryd alle data? Både eksempeldata og de data, I selv har importeret, fjernes: områder, indikatorer, målinger, værdier, udvalg og manuelle statusser. ${KEPT}`,
    confirm: 'Ja, ryd alle data',
  },
  own: {
    button: 'Ryd alle data',
    question: `Ryd alle data? Områder, indikatorer, målinger, værdier, udvalg og manuelle statusser fjernes. ${KEPT}`,
    confirm: 'Ja, ryd alle data',
  },
};

/** Clears the barometer data (not letters) after confirmation, and offers to undo for a minute. */
export function ClearData({ label, hasData }: { label: string | undefined; hasData: boolean }): ReactElement {
  const [state, setState] = useState<Step>({ step: 'idle' });
  // Kept outside this component for a minute: the offer survives leaving the Data screen and coming back.
  const pending = usePendingClearUndo();
  const wording = CLEAR_WORDING[dataOrigin(label)];

  // New data arrived (an import, the sample data): "Fortryd" would overwrite it, so it is no longer offered.
  // undoClear checks the same inside its transaction; this only keeps the button from promising it.
  // (Only after the screen has seen the data gone: right after clearing, `hasData` may still be stale.)
  // Opened again with an undo pending: new data may have been stored meanwhile (sample data on the overview).
  const pendingOnOpen = useRef(pending);
  useEffect(() => {
    const offered = pendingOnOpen.current;
    if (offered === null) return;
    canUndoClear(getDb(), offered).then(
      (possible) => {
        if (!possible) dropClearUndo();
      },
      () => undefined,
    );
  }, []);
  const sawEmpty = useRef(false);
  useEffect(() => {
    if (pending === null) sawEmpty.current = false;
    else if (!hasData) sawEmpty.current = true;
    else if (sawEmpty.current) dropClearUndo();
  }, [pending, hasData]);

  async function clear(): Promise<void> {
    try {
      offerClearUndo(await clearDatasetWithUndo(getDb()));
      setState({ step: 'idle' });
    } catch (failure) {
      setState({ step: 'message', text: describeStorageError(failure), error: true });
    }
  }

  async function undo(removed: ClearedData): Promise<void> {
    dropClearUndo();
    try {
      await undoClear(getDb(), removed);
      setState({ step: 'message', text: 'Data er lagt tilbage.' });
    } catch (failure) {
      const text = failure instanceof UndoExpiredError ? failure.message : describeStorageError(failure);
      setState({ step: 'message', text, error: true });
    }
  }

  if (pending !== null) {
    return (
      <div className="undo-bar" role="status">
        <span>Data er ryddet.</span>
        <button type="button" className="primary" onClick={() => void undo(pending)}>
          Fortryd
        </button>
      </div>
    );
  }
  if (state.step === 'confirm') {
    return (
      <div className="undo-bar" role="alert">
        <span>{wording.question}</span>
        <button type="button" className="primary" onClick={() => void clear()}>
          {wording.confirm}
        </button>
        <button type="button" onClick={() => setState({ step: 'idle' })}>
          Annullér
        </button>
      </div>
    );
  }
  return (
    <>
      <button type="button" disabled={!hasData} onClick={() => setState({ step: 'confirm' })}>
        {wording.button}
      </button>
      {state.step === 'message' && (
        <p role={state.error ? 'alert' : 'status'} className={state.error ? 'form-error' : 'saved-note'}>
          {state.text}
        </p>
      )}
    </>
  );
}
