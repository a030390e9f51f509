import { describe, expect, it } from 'vitest';
import type { ImportParseResult } from '../../shared/import/import-file';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { parseInWorker, READING_CANCELED, type WorkerLike } from './parse-in-worker';

/** A stand-in for the import worker: records what the page does to it and lets the test answer. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = 0;
  posted: ImportRequest[] = [];
  postMessage(message: ImportRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated += 1;
  }
  answer(data: ImportResponse): void {
    this.onmessage?.({ data } as MessageEvent<ImportResponse>);
  }
}

const parsed = { kind: 'csv', records: {}, problems: [], rowCount: 3 } as unknown as ImportParseResult;

function start() {
  const worker = new FakeWorker();
  const progress: number[] = [];
  const job = parseInWorker(
    new Uint8Array([1, 2, 3]),
    'stor.csv',
    (f) => progress.push(f),
    undefined,
    () => worker,
  );
  return { worker, progress, job };
}

describe('parseInWorker', () => {
  it('reports progress, resolves with the result and ends the worker', async () => {
    const { worker, progress, job } = start();
    expect(worker.posted[0]?.fileName).toBe('stor.csv');
    worker.answer({ type: 'progress', fraction: 0.5 });
    worker.answer({ type: 'done', result: parsed });
    await expect(job.result).resolves.toBe(parsed);
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(1);
  });

  it('cancel terminates the worker at once and rejects with the cancel message; late answers are ignored', async () => {
    const { worker, progress, job } = start();
    worker.answer({ type: 'progress', fraction: 0.1 });
    job.cancel();
    expect(worker.terminated).toBe(1);
    await expect(job.result).rejects.toThrow(READING_CANCELED);
    // A message already on its way when the worker was ended changes nothing.
    worker.answer({ type: 'progress', fraction: 0.9 });
    worker.answer({ type: 'done', result: parsed });
    expect(progress).toEqual([0.1]);
    job.cancel();
    expect(worker.terminated).toBe(1);
  });

  it('a cancel after the result is a no-op', async () => {
    const { worker, job } = start();
    worker.answer({ type: 'done', result: parsed });
    await job.result;
    job.cancel();
    expect(worker.terminated).toBe(1);
  });
});
