import { SafeZip, ZipSafetyError, type ZipLimits } from '../zip/safe-unzip';

/** A workbook that cannot be read; the message is Danish and meant for the user. */
export class XlsxReadError extends Error {}

/**
 * Limits for unpacking a spreadsheet (.xlsx, .ods). A 100,000-row data sheet written with inline
 * strings inflates to about 70 MB at a ratio of about 14; real sheets stay far below a ratio of 100.
 */
export const SPREADSHEET_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
};

/**
 * Opens a spreadsheet archive for reading its parts one at a time within SPREADSHEET_ZIP_LIMITS (see
 * SafeZip: only the parts asked for are inflated, whole or streamed). A damaged archive or one past a
 * limit (zip bomb, lying sizes, thousands of parts) throws ZipSafetyError, with the Danish message
 * naming the part and the limit, from here or from reading a part.
 */
export function openSpreadsheetZip(bytes: Uint8Array, label = 'Excel-filen'): SafeZip {
  return SafeZip.open(bytes, { limits: SPREADSHEET_ZIP_LIMITS, label });
}

/** A zip refusal as the workbook error the import reports; anything else is passed on as it is. */
export function asXlsxReadError(error: unknown): unknown {
  return error instanceof ZipSafetyError ? new XlsxReadError(error.message) : error;
}
