import { useCallback, useRef, useState } from 'react';
import type { ImportPreview } from '../../shared/import/diff';
import { describeImportCounts } from '../../shared/import/import-summary';
import type { ImportParseResult } from '../../shared/import/import-file';
import { hasErrors, type ImportProblem } from '../../shared/import/problems';
import { getDb } from '../db/connection';
import { describeStorageError } from '../db/errors';
import {
  ImportRefusedError,
  previewImport,
  SampleChangedError,
  storeImport,
  type ImportPreviewResult,
} from '../db/import';
import { parseInWorker } from '../workers/parse-in-worker';

export type ImportFlow =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; fraction: number }
  | {
      step: 'preview';
      fileName: string;
      result: ImportParseResult;
      preview: ImportPreview;
      /** The file's own problems and those it would bring into the stored data. */
      problems: ImportProblem[];
      /** While the sample data alone is loaded: the preview and problems with the sample removed first. */
      withoutSample: { preview: ImportPreview; problems: ImportProblem[] } | undefined;
    }
  | { step: 'restore'; fileName: string; result: ImportParseResult }
  | { step: 'storing'; fileName: string; fraction: number }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/** Read (in a worker) → preview → confirm → store (one transaction), with progress at each step. */
export function useImportFlow(): {
  flow: ImportFlow;
  read: (bytes: Uint8Array, fileName: string) => Promise<void>;
  /** `removeSample`: remove the sample data and import, in one transaction. */
  confirm: (options?: { removeSample?: boolean }) => Promise<void>;
  cancel: () => void;
  finish: (message: string) => void;
} {
  const [flow, setFlow] = useState<ImportFlow>({ step: 'idle' });
  const cancelReading = useRef<(() => void) | null>(null);

  const read = useCallback(async (bytes: Uint8Array, fileName: string) => {
    cancelReading.current?.();
    setFlow({ step: 'reading', fileName, fraction: 0 });
    const job = parseInWorker(bytes, fileName, (fraction) =>
      setFlow((current) => (current.step === 'reading' ? { ...current, fraction } : current)),
    );
    cancelReading.current = job.cancel;
    try {
      const result = await job.result;
      cancelReading.current = null;
      if (result.kind === 'backup' && result.backup) {
        setFlow({ step: 'restore', fileName, result });
        return;
      }
      const found: ImportPreviewResult = await previewImport(getDb(), result.records, fileName);
      const { preview, problems, withoutSample } = found;
      setFlow({
        step: 'preview',
        fileName,
        result,
        preview,
        problems: [...result.problems, ...problems],
        withoutSample: withoutSample && {
          preview: withoutSample.preview,
          problems: [...result.problems, ...withoutSample.problems],
        },
      });
    } catch (failure) {
      cancelReading.current = null;
      if (failure instanceof Error && failure.message === 'Indlæsningen blev annulleret.') return;
      setFlow({ step: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  }, []);

  const confirm = useCallback(
    async ({ removeSample = false }: { removeSample?: boolean } = {}) => {
      if (flow.step !== 'preview') return;
      const { fileName, result } = flow;
      if (removeSample && !flow.withoutSample) return;
      const problems = removeSample && flow.withoutSample ? flow.withoutSample.problems : flow.problems;
      // The disabled button is a courtesy, not the guard: a file with errors is never stored.
      if (hasErrors(problems)) return;
      setFlow({ step: 'storing', fileName, fraction: 0 });
      try {
        const { written, counts } = await storeImport(getDb(), result.records, {
          problems,
          label: fileName,
          removeSample,
          onProgress: (fraction) =>
            setFlow((current) => (current.step === 'storing' ? { ...current, fraction } : current)),
        });
        setFlow({
          step: 'done',
          message:
            written === 0
              ? `Ingen ændringer: alt i «${fileName}» fandtes allerede.`
              : `«${fileName}» er importeret: ${describeImportCounts(counts)}.${removeSample ? ' Eksempeldataene er fjernet.' : ''}`,
        });
      } catch (failure) {
        // Refused inside the transaction (the stored data changed since the preview): say why, not "storage".
        const message =
          failure instanceof ImportRefusedError || failure instanceof SampleChangedError
            ? failure.message
            : describeStorageError(failure);
        setFlow({ step: 'failed', message });
      }
    },
    [flow],
  );

  const cancel = useCallback(() => {
    cancelReading.current?.();
    cancelReading.current = null;
    setFlow({ step: 'idle' });
  }, []);

  const finish = useCallback((message: string) => setFlow({ step: 'done', message }), []);

  return { flow, read, confirm, cancel, finish };
}
