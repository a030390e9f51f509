/** Public face of shared/import: file bytes in, validated records, previews, backups and CSV out. */
export { parseImportFile, type ImportKind, type ImportParseResult } from './import-file';
export {
  applyImport,
  diffImport,
  type DiffableData,
  type ImportPreview,
  type RecordChange,
  type FieldChange,
  type MeasurementChange,
} from './diff';
export {
  parseBackup,
  serializeBackup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupData,
  type BarometerBackup,
  type BackupParseResult,
} from './backup';
export { exportImportCsv, exportImportCsvText, type ExportableData } from './export-csv';
export { generateImportCsv, type GenerateOptions } from './generate';
export { formatProblem, hasErrors, columnLetter, type ImportProblem } from './problems';
export { ENCODING_LABEL, type TextEncodingName } from './decode';
export type { ImportRecords } from './records';
