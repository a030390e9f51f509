import { z } from 'zod';
import type { BarometerDataset } from '../domain/types';

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
  precision: count.min(0).max(10),
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
  reason: z.string().min(1),
  createdAt: z.string(),
});

const senderSchema = z.object({
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

export const datasetSchema = z.object({
  areas: z.array(areaSchema),
  committees: z.array(committeeSchema),
  indicators: z.array(indicatorSchema),
  rounds: z.array(roundSchema),
  measurements: z.array(measurementSchema),
  overrides: z.array(overrideSchema),
  statusSettings: z.object({
    rule: z.enum(['development', 'on-track']),
    developmentReference: z.enum(['baseline', 'previous']),
  }),
  sender: senderSchema,
}) satisfies z.ZodType<BarometerDataset>;

/** Letters and templates belong to the renderer (shared/letter/types.ts): only their ids are checked here. */
const ownedElsewhere = z.looseObject({ id });

export const backupDataSchema = datasetSchema.extend({
  letters: z.array(ownedElsewhere).optional(),
  templates: z.array(ownedElsewhere).optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
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
  letters?: unknown[];
  templates?: unknown[];
  settings?: Record<string, unknown>;
};

export interface BarometerBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  data: BackupData;
}
