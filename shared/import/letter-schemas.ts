import { z } from 'zod';
import type { LetterDraft, LetterTemplate } from '../letter/types';

/**
 * zod mirrors of shared/letter/types.ts (kept here: the letter engine's folder belongs to its own owner).
 * A backup's letters and templates go straight into the database, so they are checked field by field
 * like the barometer data: a broken draft would otherwise surface later as a letter screen that fails.
 */

const nonEmpty = z.string().min(1);

const inlineRunSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  link: z.string().optional(),
});

// looseObject (not object, which strips): a field the letter engine adds later survives a backup round trip.
const paragraphSchema = z.looseObject({
  id: nonEmpty,
  role: z.enum([
    'context',
    'results',
    'computed-progress',
    'computed-call',
    'computed-acknowledge',
    'closing',
    'custom',
  ]),
  runs: z.array(inlineRunSchema),
  editedByUser: z.boolean(),
  computedRuns: z.array(inlineRunSchema).optional(),
});

const headerSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dateStyle: z.enum(['numeric', 'long']),
  sagsnr: z.string(),
  doknr: z.string(),
});

export const letterDraftSchema = z.looseObject({
  id: nonEmpty,
  roundId: nonEmpty,
  recipientCommitteeId: nonEmpty,
  areaIds: z.array(z.string()),
  state: z.enum(['kladde', 'til-gennemsyn', 'klar-til-underskrift', 'sendt']),
  variant: z.enum(['urge', 'acknowledge']),
  header: headerSchema,
  paragraphs: z.array(paragraphSchema),
  dataFingerprint: z.string(),
  statusRule: z.enum(['development', 'on-track']),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<LetterDraft>;

export const letterTemplateSchema = z.object({
  id: z.enum(['context', 'results', 'call', 'acknowledge', 'closing']),
  label: z.string(),
  text: z.string(),
}) satisfies z.ZodType<LetterTemplate>;
