import type { LetterDraft } from '../letter/types';

/**
 * What lets data stored by older versions into a backup, and keeps planted data out; free of zod so
 * the renderer's database code can use it without loading the backup parser.
 */

/**
 * The settings keys the app knows; renderer/db/settings.ts derives its SettingKey from this list. A
 * backup's other keys (`constructor`, `__proto__`, anything planted) are dropped with a warning by
 * parseBackup and left out of exports.
 */
export const SETTING_KEYS = [
  'sender',
  'statusSettings',
  'datasetLabel',
  'sampleOffered',
  'letterhead',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** What fills a field missing from a letter stored by an older version (schema v1 had only ids and dates). */
export interface LetterDefaults {
  /** The backup's or database's committees: a letter without areas covers its recipient's areas. */
  committees: readonly { id: string; areaIds: readonly string[] }[];
  statusRule: LetterDraft['statusRule'];
  /** ISO timestamp used when a letter has neither createdAt nor updatedAt. */
  now: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Completes a letter stored by an older version (fields missing, never fields of the wrong type: those
 * stay for the schema to report) the way the app reads it: state "kladde" (as upgradeToV2), the
 * recipient's areas, an urging letter, the header dated from the letter with empty numbers, dataFingerprint ""
 * (so the computed paragraphs are refreshed when it is opened). The same function runs on export and
 * on restore, so an exported backup always restores and a restored one exports the same.
 * Returns the list of fields it filled (empty when the letter was complete).
 */
export function completeStoredLetter(
  raw: unknown,
  defaults: LetterDefaults,
): { letter: unknown; filled: string[] } {
  if (!isRecord(raw)) return { letter: raw, filled: [] };
  const letter: Record<string, unknown> = { ...raw };
  const filled: string[] = [];
  const fill = (key: string, value: unknown): void => {
    if (letter[key] !== undefined) return;
    letter[key] = value;
    filled.push(key);
  };
  const createdAt = typeof raw.createdAt === 'string' ? raw.createdAt : undefined;
  const updatedAt = typeof raw.updatedAt === 'string' ? raw.updatedAt : undefined;
  const committee = defaults.committees.find((candidate) => candidate.id === raw.recipientCommitteeId);
  fill('state', 'kladde');
  fill('areaIds', committee ? [...committee.areaIds] : []);
  fill('variant', 'urge');
  const day =
    /^\d{4}-\d{2}-\d{2}/.exec(updatedAt ?? createdAt ?? defaults.now)?.[0] ?? defaults.now.slice(0, 10);
  fill('header', { date: day, dateStyle: 'numeric', sagsnr: '', doknr: '' });
  fill('paragraphs', []);
  fill('dataFingerprint', '');
  fill('statusRule', defaults.statusRule);
  fill('createdAt', updatedAt ?? defaults.now);
  fill('updatedAt', createdAt ?? defaults.now);
  // `revision` stays absent when absent: LetterDraft reads it as 0 (see its comment).
  if (isRecord(letter.header)) {
    const header: Record<string, unknown> = { ...letter.header };
    for (const [key, value] of [
      ['date', day],
      ['dateStyle', 'numeric'],
      ['sagsnr', ''],
      ['doknr', ''],
    ] as const) {
      if (header[key] !== undefined) continue;
      header[key] = value;
      if (!filled.includes('header')) filled.push('header');
    }
    letter.header = header;
  }
  if (Array.isArray(letter.paragraphs)) {
    letter.paragraphs = letter.paragraphs.map((paragraph: unknown, index) => {
      if (!isRecord(paragraph)) return paragraph;
      const complete: Record<string, unknown> = { ...paragraph };
      if (complete.id === undefined) complete.id = `p${index + 1}`;
      if (complete.role === undefined) complete.role = 'custom';
      if (complete.runs === undefined) complete.runs = [];
      if (complete.editedByUser === undefined) complete.editedByUser = false;
      if (Object.keys(complete).length !== Object.keys(paragraph).length && !filled.includes('paragraphs')) {
        filled.push('paragraphs');
      }
      return complete;
    });
  }
  return { letter, filled };
}

/** The defaults for letters stored by an older version, from the backup's own committees and status rule. */
export function letterDefaults(
  data: Record<string, unknown>,
  now = new Date().toISOString(),
): LetterDefaults {
  const committees = Array.isArray(data.committees)
    ? data.committees.flatMap((committee: unknown) =>
        isRecord(committee) && typeof committee.id === 'string' && Array.isArray(committee.areaIds)
          ? [
              {
                id: committee.id,
                areaIds: committee.areaIds.filter((area): area is string => typeof area === 'string'),
              },
            ]
          : [],
      )
    : [];
  const rule = isRecord(data.statusSettings) ? data.statusSettings.rule : undefined;
  return { committees, statusRule: rule === 'on-track' ? 'on-track' : 'development', now };
}
