import { useEffect, useState, type ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import { getDb } from '../../db/connection';
import { clearDataset, loadDataset, replaceDataset } from '../../db/dataset';
import { describeStorageError } from '../../db/errors';
import { SAMPLE_LABEL } from '../SampleDataNotice';

/** How long "Fortryd" stays on offer after clearing. */
const UNDO_SECONDS = 60;

type Step =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'cleared'; removed: BarometerDataset; label: string }
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

  async function clear(): Promise<void> {
    const db = getDb();
    try {
      const removed = await loadDataset(db);
      await clearDataset(db);
      setState({ step: 'cleared', removed, label: label ?? '' });
    } catch (failure) {
      setState({ step: 'message', text: describeStorageError(failure), error: true });
    }
  }

  async function undo(removed: BarometerDataset, removedLabel: string): Promise<void> {
    try {
      await replaceDataset(getDb(), removed, removedLabel);
      setState({ step: 'message', text: 'Data er lagt tilbage.' });
    } catch (failure) {
      setState({ step: 'message', text: describeStorageError(failure), error: true });
    }
  }

  if (state.step === 'cleared') {
    return (
      <div className="undo-bar" role="status">
        <span>Data er ryddet.</span>
        <button type="button" className="primary" onClick={() => void undo(state.removed, state.label)}>
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
