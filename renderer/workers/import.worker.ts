/// <reference lib="webworker" />
import { parseImportFile } from '../../shared/import/import-file';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Reads import files off the main thread so a 100,000-row file does not freeze the window. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: ImportResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { bytes, fileName, request } = event.data;
  let lastReported = -1;
  try {
    const result = await parseImportFile(
      bytes,
      fileName,
      (fraction) => {
        // Report in steps of 2 % so the page is not flooded with messages.
        const step = Math.floor(fraction * 50);
        if (step === lastReported) return;
        lastReported = step;
        reply({ type: 'progress', fraction });
      },
      request,
    );
    reply({ type: 'done', result });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply({ type: 'failed', message: `Filen «${fileName}» kunne ikke læses: ${message}` });
  }
};
