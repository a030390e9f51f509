import type { ImportParseResult } from '../../shared/import/import-file';
import type { LayoutRequest } from '../../shared/import/layout';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** The message of the rejection a cancelled read ends with (the import flow says nothing then). */
export const READING_CANCELED = 'Indlæsningen blev annulleret.';

/** What parseInWorker needs of a worker: the browser's Worker, or a fake in tests. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

const createImportWorker = (): WorkerLike =>
  new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/**
 * Parses a file in a fresh module worker; the worker ends when the file is read, on an error, or on
 * cancel — which terminates it at once (a read of a big file cannot otherwise be stopped) and rejects
 * the result with READING_CANCELED. Messages after that are ignored.
 */
export function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (fraction: number) => void,
  layoutRequest?: LayoutRequest,
  createWorker: () => WorkerLike = createImportWorker,
): { result: Promise<ImportParseResult>; cancel: () => void } {
  const worker = createWorker();
  let settled = false;
  let rejectResult: (reason: Error) => void = () => undefined;
  const result = new Promise<ImportParseResult>((resolve, reject) => {
    rejectResult = reject;
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      if (settled) return;
      const message = event.data;
      if (message.type === 'progress') onProgress(message.fraction);
      else {
        settled = true;
        worker.terminate();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      reject(
        new Error(`Filen «${fileName}» kunne ikke læses: ${event.message || 'ukendt fejl i indlæsningen'}`),
      );
    };
  });
  const request: ImportRequest = layoutRequest
    ? { bytes, fileName, request: layoutRequest }
    : { bytes, fileName };
  worker.postMessage(request, [bytes.buffer]);
  return {
    result,
    cancel: () => {
      if (settled) return;
      settled = true;
      worker.terminate();
      rejectResult(new Error(READING_CANCELED));
    },
  };
}
