import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../shared/import/diff';
import { describeImportCounts } from '../../shared/import/import-summary';
import type { ImportParseResult } from '../../shared/import/import-file';
import {
  setOwn,
  type ColumnMapping,
  type ImportLayout,
  type LayoutRequest,
} from '../../shared/import/layout';
import type { ImportRecords } from '../../shared/import/records';
import {
  findRoundLookalikes,
  readAsStoredRounds,
  type RoundLookalike,
} from '../../shared/import/round-match';
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
import { forgetMapping, recallMapping, rememberMapping } from '../db/import-mappings';
import { parseInWorker, READING_CANCELED } from '../workers/parse-in-worker';

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
      /** What is imported: the file's records, with its rounds read as stored ones if the user said so. */
      records: ImportRecords;
      /** The sheet, header row and mapping asked for (empty: all found or guessed). */
      request: LayoutRequest;
      /** The mapping was remembered from an earlier file with the same header row. */
      remembered: boolean;
      /** New rounds with a stored round's period, and the user's answer (undefined: not yet asked). */
      lookalikes: RoundLookalike[];
      sameRounds: boolean | undefined;
    }
  | { step: 'restore'; fileName: string; result: ImportParseResult }
  | { step: 'storing'; fileName: string; fraction: number }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/** Read (in a worker) → preview → confirm → store (one transaction), with progress at each step. */
export function useImportFlow(): {
  flow: ImportFlow;
  read: (bytes: Uint8Array, fileName: string, request?: LayoutRequest) => Promise<void>;
  /** Reads the same file again with another sheet, header row or mapping. */
  remap: (request: LayoutRequest) => void;
  /** «Glem tilknytning»: forgets the remembered mapping and reads the file with the best guess. */
  forget: () => void;
  /** The answer to "is «2008-05» the stored «Maj 2008»?" for every such round. */
  answerRounds: (same: boolean) => void;
  /** `removeSample`: remove the sample data and import, in one transaction. */
  confirm: (options?: { removeSample?: boolean }) => Promise<void>;
  cancel: () => void;
  finish: (message: string) => void;
} {
  const [flow, setFlow] = useState<ImportFlow>({ step: 'idle' });
  const cancelReading = useRef<(() => void) | null>(null);
  /** Bumped by every read and every cancel: a read that finds it changed was overtaken and stops. */
  const generation = useRef(0);
  // Leaving the Data screen ends the worker: a file nobody waits for must not keep a core busy.
  useEffect(
    () => () => {
      generation.current += 1;
      cancelReading.current?.();
      cancelReading.current = null;
    },
    [],
  );

  const source = useRef<{ bytes: Uint8Array; fileName: string } | null>(null);

  const read = useCallback(async (bytes: Uint8Array, fileName: string, request: LayoutRequest = {}) => {
    cancelReading.current?.();
    const mine = ++generation.current;
    const overtaken = () => generation.current !== mine;
    // The worker takes the bytes; a copy stays here for reading the file again with another mapping.
    source.current = { bytes: bytes.slice(), fileName };
    setFlow({ step: 'reading', fileName, fraction: 0 });
    const parse = (asked: LayoutRequest) => {
      const job = parseInWorker(
        (source.current?.bytes ?? bytes).slice(),
        fileName,
        (fraction) => setFlow((current) => (current.step === 'reading' ? { ...current, fraction } : current)),
        asked,
      );
      cancelReading.current = job.cancel;
      return job.result;
    };
    try {
      let result = await parse(request);
      if (overtaken()) return;
      let asked = request;
      let remembered = false;
      const layout = result.layout;
      if (layout && !layout.exact && !request.mapping) {
        const mapping = await recallMapping(getDb(), layout.headerKey);
        if (overtaken()) return;
        if (mapping) {
          asked = { ...request, sheet: layout.sheetName, headerRow: layout.headerRow, mapping };
          result = await parse(asked);
          if (overtaken()) return;
          remembered = true;
        }
      }
      cancelReading.current = null;
      if (result.kind === 'backup' && result.backup) {
        setFlow({ step: 'restore', fileName, result });
        return;
      }
      const storedRounds = await getDb().rounds.toArray();
      const lookalikes = findRoundLookalikes(storedRounds, result.records.rounds);
      const shown = await previewFor(fileName, result, result.records);
      if (overtaken()) return;
      setFlow({
        step: 'preview',
        fileName,
        result,
        ...shown,
        records: result.records,
        request: asked,
        remembered,
        lookalikes,
        sameRounds: undefined,
      });
    } catch (failure) {
      if (overtaken()) return;
      cancelReading.current = null;
      if (failure instanceof Error && failure.message === READING_CANCELED) return;
      setFlow({ step: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  }, []);

  const remap = useCallback(
    (request: LayoutRequest) => {
      const kept = source.current;
      if (kept) void read(kept.bytes, kept.fileName, request);
    },
    [read],
  );

  const forget = useCallback(() => {
    if (flow.step !== 'preview' || !flow.result.layout) return;
    const { headerKey, sheetName, headerRow } = flow.result.layout;
    void forgetMapping(getDb(), headerKey).then(() => {
      const kept = source.current;
      // Read again without the mapping; the memory is gone, so the best guess is shown.
      if (kept)
        void read(kept.bytes, kept.fileName, { sheet: sheetName, headerRow, mapping: { columns: {} } });
    });
  }, [flow, read]);

  const answerRounds = useCallback(
    (same: boolean) => {
      if (flow.step !== 'preview') return;
      const current = flow;
      const records = same
        ? readAsStoredRounds(
            current.result.records,
            new Map(current.lookalikes.map((pair) => [pair.incoming.id, pair.existing])),
          )
        : current.result.records;
      void previewFor(current.fileName, current.result, records).then(
        (shown) =>
          setFlow((now) =>
            now.step === 'preview' && now.result === current.result
              ? { ...now, ...shown, records, sameRounds: same }
              : now,
          ),
        (failure: unknown) =>
          setFlow({ step: 'failed', message: failure instanceof Error ? failure.message : String(failure) }),
      );
    },
    [flow],
  );

  const confirm = useCallback(
    async ({ removeSample = false }: { removeSample?: boolean } = {}) => {
      if (flow.step !== 'preview') return;
      const { fileName, result, records } = flow;
      if (removeSample && !flow.withoutSample) return;
      // A file adding rounds that may be stored ones under another label waits for the user's answer.
      if (flow.lookalikes.length > 0 && flow.sameRounds === undefined) return;
      const problems = removeSample && flow.withoutSample ? flow.withoutSample.problems : flow.problems;
      // The disabled button is a courtesy, not the guard: a file with errors is never stored.
      if (hasErrors(problems)) return;
      setFlow({ step: 'storing', fileName, fraction: 0 });
      try {
        const { written, counts } = await storeImport(getDb(), records, {
          problems,
          label: fileName,
          removeSample,
          onProgress: (fraction) =>
            setFlow((current) => (current.step === 'storing' ? { ...current, fraction } : current)),
        });
        const layout = result.layout;
        // Remembering the mapping is a convenience: the data is stored, so a failure here is not the import's.
        if (layout && !layout.exact && layout.headerKey !== '')
          await rememberMapping(getDb(), layout.headerKey, mappingOf(layout)).catch(() => undefined);
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
    generation.current += 1;
    cancelReading.current?.();
    cancelReading.current = null;
    setFlow({ step: 'idle' });
  }, []);

  const finish = useCallback((message: string) => setFlow({ step: 'done', message }), []);

  return { flow, read, remap, forget, answerRounds, confirm, cancel, finish };
}

/** The preview of `records` against the stored data, with the file's own problems first. */
async function previewFor(
  fileName: string,
  result: ImportParseResult,
  records: ImportRecords,
): Promise<{
  preview: ImportPreview;
  problems: ImportProblem[];
  withoutSample: { preview: ImportPreview; problems: ImportProblem[] } | undefined;
}> {
  const found: ImportPreviewResult = await previewImport(getDb(), records, fileName);
  const { preview, problems, withoutSample } = found;
  return {
    preview,
    problems: [...result.problems, ...problems],
    withoutSample: withoutSample && {
      preview: withoutSample.preview,
      problems: [...result.problems, ...withoutSample.problems],
    },
  };
}

/** The mapping a file was read with, as remembered for the next file with the same header row. */
export function mappingOf(layout: ImportLayout): ColumnMapping {
  const mapping: ColumnMapping = { columns: {} };
  const roundLabels: Record<string, string> = {};
  for (const column of layout.columns) {
    if (column.header === '') continue;
    setOwn(mapping.columns, column.header, column.choice);
    if (column.roundLabel !== undefined && column.roundLabel !== column.header)
      setOwn(roundLabels, column.header, column.roundLabel);
  }
  if (Object.keys(layout.constants).length > 0) mapping.constants = { ...layout.constants };
  if (Object.keys(roundLabels).length > 0) mapping.roundLabels = roundLabels;
  return mapping;
}
