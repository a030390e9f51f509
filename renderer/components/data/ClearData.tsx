import { useEffect, useRef, useState, type ReactElement } from 'react';
import { clearDatasetWithUndo, undoClear, UndoExpiredError, type ClearedData } from '../../db/clear';
import { getDb } from '../../db/connection';
import { describeStorageError } from '../../db/errors';
import { dataOrigin, type DataOrigin } from '../../db/dataset-label';

/** How long "Fortryd" stays on offer after clearing. */
const UNDO_SECONDS = 60;

type Step =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'cleared'; removed: ClearedData }
  | { step: 'message'; text: string; error?: boolean };

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
  const wording = CLEAR_WORDING[dataOrigin(label)];

  useEffect(() => {
    if (state.step !== 'cleared') return;
    const timer = window.setTimeout(() => setState({ step: 'idle' }), UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [state.step]);

  // New data arrived (an import, the sample data): "Fortryd" would overwrite it, so it is no longer offered.
  // undoClear checks the same inside its transaction; this only keeps the button from promising it.
  // (Only after the screen has seen the data gone: right after clearing, `hasData` may still be stale.)
  const sawEmpty = useRef(false);
  useEffect(() => {
    if (state.step !== 'cleared') sawEmpty.current = false;
    else if (!hasData) sawEmpty.current = true;
    else if (sawEmpty.current) setState({ step: 'idle' });
  }, [state.step, hasData]);

  async function clear(): Promise<void> {
    try {
      setState({ step: 'cleared', removed: await clearDatasetWithUndo(getDb()) });
    } catch (failure) {
      setState({ step: 'message', text: describeStorageError(failure), error: true });
    }
  }

  async function undo(removed: ClearedData): Promise<void> {
    try {
      await undoClear(getDb(), removed);
      setState({ step: 'message', text: 'Data er lagt tilbage.' });
    } catch (failure) {
      const text = failure instanceof UndoExpiredError ? failure.message : describeStorageError(failure);
      setState({ step: 'message', text, error: true });
    }
  }

  if (state.step === 'cleared') {
    return (
      <div className="undo-bar" role="status">
        <span>Data er ryddet.</span>
        <button type="button" className="primary" onClick={() => void undo(state.removed)}>
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
