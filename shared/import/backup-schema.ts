import { z } from 'zod';
import type { BarometerDataset } from '../domain/types';
import { letterheadSchema } from '../letter/logo-check';
import type { LetterDraft, LetterTemplate } from '../letter/types';
import type { ReviewCopy, ReviewFeedbackItem } from '../review/types';
import { letterDraftSchema, letterTemplateSchema } from './letter-schemas';
import type { SettingKey } from './backup-compat';
import { IGNORE, ROUND_COLUMN, type ColumnChoice } from './column-guess';
import { LAYOUT_FIELDS, type FieldKey } from './fields';

export { isSettingKey, SETTING_KEYS, type SettingKey } from './backup-compat';

/** zod mirror of shared/domain/types.ts: a backup is checked field by field before anything is restored. */

const id = z.string().min(1);
const count = z.number().int();

const areaSchema = z.object({ id, name: z.string().min(1), definiteForm: z.string(), sortOrder: count });

const committeeSchema = z.object({
  id,
  name: z.string().min(1),
  shortName: z.string(),
  chairTitle: z.string(),
  chairName: z.string(),
  administration: z.string(),
  addressLines: z.array(z.string()),
  areaIds: z.array(z.string()),
  sortOrder: count,
});

const periodValueSchema = z.object({ period: z.string(), value: z.number() });

const indicatorSchema = z.object({
  id,
  areaId: id,
  name: z.string().min(1),
  unit: z.string(),
  direction: z.enum(['up', 'down']),
  isMain: z.boolean(),
  precision: count.min(0).max(6), // as validateDataset: 0–6 decimals
  baseline: periodValueSchema,
  target: periodValueSchema,
  sortOrder: count,
});

const roundSchema = z.object({
  id,
  label: z.string().min(1),
  period: z.string(),
  publishedOn: z.string().optional(),
});

const measurementSchema = z.object({ id, indicatorId: id, roundId: id, value: z.number().nullable() });

const statusSchema = z.enum(['green', 'yellow', 'red', 'none']);

const overrideSchema = z.object({
  id,
  roundId: id,
  scope: z.enum(['area', 'indicator']),
  targetId: id,
  status: statusSchema,
  // A reason of only spaces is no reason (validateDataset says the same); refine, not trim: keep the text as written.
  reason: z.string().refine((text) => text.trim() !== '', { message: 'mangler en begrundelse.' }),
  createdAt: z.string(),
});

export const senderSchema = z.object({
  committeeId: z.string(),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
  addressLines: z.array(z.string()),
  phone: z.string(),
  directPhone: z.string(),
  fax: z.string(),
  email: z.string(),
  websites: z.array(z.string()),
});

const statusSettingsSchema = z.object({
  rule: z.enum(['development', 'on-track']),
  developmentReference: z.enum(['baseline', 'previous']),
});

export const datasetSchema = z.object({
  areas: z.array(areaSchema),
  committees: z.array(committeeSchema),
  indicators: z.array(indicatorSchema),
  rounds: z.array(roundSchema),
  measurements: z.array(measurementSchema),
  overrides: z.array(overrideSchema),
  statusSettings: statusSettingsSchema,
  sender: senderSchema,
}) satisfies z.ZodType<BarometerDataset>;

/**
 * Only the known settings keys (SETTING_KEYS): parseBackup drops others (`constructor`, `__proto__`,
 * anything planted) with a warning before this schema sees them, and the schema refuses any that get here.
 */
const settingsSchema = z.strictObject({
  sender: senderSchema.optional(),
  statusSettings: statusSettingsSchema.optional(),
  datasetLabel: z.string().optional(),
  sampleOffered: z.boolean().optional(),
  /** Settings › Brevhoved: the sender's logo (PNG/SVG as data: URLs, checked again here) and its position. */
  letterhead: letterheadSchema.optional(),
});

// zod mirrors of shared/review/types.ts (the review loop's records, schema v4). looseObject: a field the
// review engine adds later survives a backup round trip.
const reviewCopySchema = z.looseObject({
  id,
  letterId: id,
  revision: count.min(0),
  sentAt: z.string(),
  reviewer: z.string().optional(),
  paragraphs: z.array(z.looseObject({ id: z.string(), role: z.string(), text: z.string() })),
}) satisfies z.ZodType<ReviewCopy>;

const reviewFeedbackSchema = z.looseObject({
  id,
  letterId: id,
  reviewCopyId: z.string().optional(),
  kind: z.enum(['comment', 'change']),
  paragraphId: z.string().optional(),
  author: z.string(),
  date: z.string().optional(),
  text: z.string(),
  quote: z.string().optional(),
  before: z.string().optional(),
  after: z.string().optional(),
  tracked: z.boolean().optional(),
  resolution: z.enum(['resolved', 'accepted', 'rejected']).optional(),
  importedAt: z.string(),
}) satisfies z.ZodType<ReviewFeedbackItem>;

/**
 * A column mapping remembered per header row (schema v4 `importMappings`, renderer/db/import-mappings.ts):
 * the file's column header → field, «Én måling» or «Brug ikke»; fields given once for every row; round
 * columns' own round labels.
 */
export interface RememberedMapping {
  /** The header row, normalised: the key the next file with the same header is looked up by. */
  headerKey: string;
  columns: Record<string, ColumnChoice>;
  constants?: Partial<Record<FieldKey, string>>;
  roundLabels?: Record<string, string>;
  updatedAt: string;
}

const fieldSchema = z.enum(LAYOUT_FIELDS);

/** strictObject all the way: an unknown key in a remembered mapping is refused, never stored. */
const rememberedMappingSchema = z.strictObject({
  headerKey: id,
  columns: z.record(z.string(), z.enum([...LAYOUT_FIELDS, ROUND_COLUMN, IGNORE])),
  constants: z.partialRecord(fieldSchema, z.string()).optional(),
  roundLabels: z.record(z.string(), z.string()).optional(),
  updatedAt: z.string(),
}) satisfies z.ZodType<RememberedMapping>;

export const backupDataSchema = datasetSchema.extend({
  letters: z.array(letterDraftSchema).optional(),
  templates: z.array(letterTemplateSchema).optional(),
  settings: settingsSchema.optional(),
  /** The letters' review history (schema v4); absent in backups from before it. */
  reviewCopies: z.array(reviewCopySchema).optional(),
  reviewFeedback: z.array(reviewFeedbackSchema).optional(),
  /** Remembered column mappings (schema v4); absent in backups from before them. */
  importMappings: z.array(rememberedMappingSchema).optional(),
});

export const BACKUP_FORMAT = 'barometerbrev-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  data: backupDataSchema,
});

export type BackupData = BarometerDataset & {
  letters?: LetterDraft[];
  templates?: LetterTemplate[];
  settings?: Partial<Record<SettingKey, unknown>>;
  reviewCopies?: ReviewCopy[];
  reviewFeedback?: ReviewFeedbackItem[];
  importMappings?: RememberedMapping[];
};

export interface BarometerBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  data: BackupData;
}
