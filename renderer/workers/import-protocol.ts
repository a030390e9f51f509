import type { ImportParseResult } from '../../shared/import/import-file';
import type { LayoutRequest } from '../../shared/import/layout';

/** Page → worker: the file to read. The bytes are transferred, not copied. */
export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  /** Sheet, header row and column mapping chosen in the mapping step. */
  request?: LayoutRequest;
}

/** Worker → page: progress while reading, then the result or a failure message. */
export type ImportResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ImportParseResult }
  | { type: 'failed'; message: string };
