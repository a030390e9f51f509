import type { RememberedMapping } from '../../shared/import/backup-schema';
import { IGNORE, ROUND_COLUMN, type ColumnChoice } from '../../shared/import/column-guess';
import { LAYOUT_FIELDS, type FieldKey } from '../../shared/import/fields';
import { setOwn, type ColumnMapping } from '../../shared/import/layout';
import type { BarometerDb, ImportMappingRecord } from './database';

const CHOICES = new Set<string>([...LAYOUT_FIELDS, ROUND_COLUMN, IGNORE]);

function isChoice(value: string): value is ColumnChoice {
  return CHOICES.has(value);
}

function isField(value: string): value is FieldKey {
  return (LAYOUT_FIELDS as readonly string[]).includes(value);
}

/** The mapping remembered for files with this header row, or undefined; unknown entries are left out. */
export async function recallMapping(db: BarometerDb, headerKey: string): Promise<ColumnMapping | undefined> {
  const record = await db.importMappings.get(headerKey);
  if (!record) return undefined;
  const columns: ColumnMapping['columns'] = {};
  for (const [header, choice] of Object.entries(record.columns))
    if (isChoice(choice)) setOwn(columns, header, choice);
  const mapping: ColumnMapping = { columns };
  const constants: Partial<Record<FieldKey, string>> = {};
  for (const [field, value] of Object.entries(record.constants ?? {}))
    if (isField(field)) constants[field] = value;
  if (Object.keys(constants).length > 0) mapping.constants = constants;
  if (record.roundLabels && Object.keys(record.roundLabels).length > 0)
    mapping.roundLabels = { ...record.roundLabels };
  return mapping;
}

/**
 * Every remembered mapping as a backup holds it: the entries recallMapping would use and nothing else (a record
 * stored with a choice that is no field would otherwise make the export one the restore refuses).
 */
export async function mappingsForBackup(db: BarometerDb): Promise<RememberedMapping[]> {
  const records = await db.importMappings.toArray();
  return records.map((record) => {
    const columns: RememberedMapping['columns'] = {};
    for (const [header, choice] of Object.entries(record.columns))
      if (isChoice(choice)) setOwn(columns, header, choice);
    const clean: RememberedMapping = { headerKey: record.headerKey, columns, updatedAt: record.updatedAt };
    const constants: Partial<Record<FieldKey, string>> = {};
    for (const [field, value] of Object.entries(record.constants ?? {}))
      if (isField(field) && typeof value === 'string') constants[field] = value;
    if (record.constants !== undefined) clean.constants = constants;
    if (record.roundLabels !== undefined) clean.roundLabels = { ...record.roundLabels };
    return clean;
  });
}

/** Remembers the mapping a file was imported with, for the next file with the same header row. */
export async function rememberMapping(
  db: BarometerDb,
  headerKey: string,
  mapping: ColumnMapping,
): Promise<void> {
  const record: ImportMappingRecord = {
    headerKey,
    columns: { ...mapping.columns },
    updatedAt: new Date().toISOString(),
  };
  const constants = Object.fromEntries(
    Object.entries(mapping.constants ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  if (Object.keys(constants).length > 0) record.constants = constants;
  if (mapping.roundLabels && Object.keys(mapping.roundLabels).length > 0)
    record.roundLabels = { ...mapping.roundLabels };
  await db.importMappings.put(record);
}

/** «Glem tilknytning»: the next file with this header row is guessed afresh. */
export async function forgetMapping(db: BarometerDb, headerKey: string): Promise<void> {
  await db.importMappings.delete(headerKey);
}
