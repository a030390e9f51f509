import { useEffect, useRef, useState, type ReactElement } from 'react';
import { clearDatasetWithUndo, undoClear, UndoExpiredError, type ClearedData } from '../../db/clear';
import { getDb } from '../../db/connection';
import { describeStorageError } from '../../db/errors';
import { SAMPLE_LABEL } from '../SampleDataNotice';

/** How long "Fortryd" stays on offer after clearing. */
const UNDO_SECONDS = 60;

type Step =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'cleared'; removed: ClearedData }
  | { step: 'message'; text: string; error?: boolean };

/** Clears the barometer data (not letters) after confirmation, and offers to undo for a minute. */
export function ClearData({ label, hasData }: { label: string | undefined; hasData: boolean }): ReactElement {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const isSample = label === SAMPLE_LABEL;
  const what = isSample ? 'eksempeldata' : 'alle data';

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
        <span>
          Ryd {what}? Områder, indikatorer, målinger, udvalg og afsender fjernes. Breve og skabeloner bevares.
        </span>
        <button type="button" className="primary" onClick={() => void clear()}>
          Ja, ryd {what}
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
        {isSample ? 'Ryd eksempeldata' : 'Ryd alle data'}
      </button>
      {state.step === 'message' && (
        <p role={state.error ? 'alert' : 'status'} className={state.error ? 'form-error' : 'saved-note'}>
          {state.text}
        </p>
      )}
    </>
  );
}
