import type { ImportParseResult } from '../../shared/import/import-file';

/** Page → worker: the file to read. The bytes are transferred, not copied. */
export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
}

/** Worker → page: progress while reading, then the result or a failure message. */
export type ImportResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ImportParseResult }
  | { type: 'failed'; message: string };
