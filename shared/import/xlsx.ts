import { safeUnzip, ZipSafetyError, type ZipLimits } from '../zip/safe-unzip';

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
 * Unpacks only the wanted parts of a spreadsheet archive within SPREADSHEET_ZIP_LIMITS; a damaged
 * archive or one past a limit (zip bomb, lying sizes, thousands of parts) becomes an XlsxReadError
 * with the Danish message naming the part and the limit.
 */
export function unpackXlsxParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  label = 'Excel-filen',
): Record<string, Uint8Array> {
  try {
    return safeUnzip(bytes, { wanted, limits: SPREADSHEET_ZIP_LIMITS, label });
  } catch (error) {
    if (error instanceof ZipSafetyError) throw new XlsxReadError(error.message);
    throw error;
  }
}
