import type { ImportParseResult } from '../../shared/import/import-file';
import type { LayoutRequest } from '../../shared/import/layout';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Parses a file in a fresh module worker; the worker ends when the file is read (or on cancel). */
export function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (fraction: number) => void,
  layoutRequest?: LayoutRequest,
): { result: Promise<ImportParseResult>; cancel: () => void } {
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });
  let rejectResult: (reason: Error) => void = () => undefined;
  const result = new Promise<ImportParseResult>((resolve, reject) => {
    rejectResult = reject;
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.fraction);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
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
      worker.terminate();
      rejectResult(new Error('Indlæsningen blev annulleret.'));
    },
  };
}
