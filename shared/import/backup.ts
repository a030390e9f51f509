import type { z } from 'zod';
import { validateDataset } from '../domain/validate';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  type BackupData,
  type BarometerBackup,
} from './backup-schema';
import { decodeText } from './decode';
import type { ImportProblem } from './problems';

export { BACKUP_FORMAT, BACKUP_VERSION, type BackupData, type BarometerBackup } from './backup-schema';

export type BackupParseResult =
  { ok: true; backup: BarometerBackup; data: BackupData } | { ok: false; problems: ImportProblem[] };

/** The app's versioned JSON backup; pretty-printed so a person can read and diff it. */
export function serializeBackup(data: BackupData, exportedAt: string = new Date().toISOString()): string {
  const backup: BarometerBackup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, data };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export function parseBackup(bytes: Uint8Array, fileName: string): BackupParseResult {
  const fail = (message: string, path?: string): BackupParseResult => ({
    ok: false,
    problems: [problem(fileName, message, path)],
  });
  const { text } = decodeText(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(
      `Filen er ikke gyldig JSON${jsonErrorPlace(text, error)}. Er den blevet redigeret eller afkortet?`,
    );
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) {
    return fail(
      `Filen er JSON, men ikke en sikkerhedskopi fra Barometerbrev (feltet «format» skal være «${BACKUP_FORMAT}»).`,
    );
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('Sikkerhedskopien har intet gyldigt versionsnummer.', 'version');
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `Sikkerhedskopien er lavet af en nyere version af Barometerbrev (format ${version}; dette program læser format ${BACKUP_VERSION}). Opdatér Barometerbrev for at gendanne den.`,
      'version',
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) =>
        problem(fileName, danishIssueMessage(issue, valueAt(json, issue.path)), formatPath(issue.path)),
      ),
    };
  }
  // What a schema cannot see — duplicate ids, records pointing at nothing, two main indicators — is the
  // domain's own check; warnings (a round of unknown time) do not stop a restore.
  const errors = validateDataset(parsed.data.data).filter((found) => found.severity === 'error');
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((found) => problem(fileName, `${found.message}.`, found.path)),
    };
  }
  const backup: BarometerBackup = parsed.data;
  return { ok: true, backup, data: backup.data };
}

function problem(file: string, message: string, path?: string): ImportProblem {
  const base: ImportProblem = { file, row: 0, column: '', message, severity: 'error' };
  return path ? { ...base, path } : base;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ["data", "indicators", 3, "baseline", "value"] → "indicators[3].baseline.value" (the dataset is the user's frame). */
export function formatPath(path: readonly PropertyKey[]): string {
  const parts = path[0] === 'data' && path.length > 1 ? path.slice(1) : path;
  let text = '';
  for (const part of parts) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const TYPE_WORD: Readonly<Record<string, string>> = {
  number: 'et tal',
  string: 'en tekst',
  boolean: 'sand eller falsk (true/false)',
  array: 'en liste',
  object: 'et objekt',
  null: 'tom (null)',
};

function typeWord(value: unknown): string {
  if (value === null) return TYPE_WORD.null ?? '';
  if (Array.isArray(value)) return TYPE_WORD.array ?? '';
  return TYPE_WORD[typeof value] ?? typeof value;
}

function danishIssueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'mangler.';
      return `skal være ${TYPE_WORD[issue.expected] ?? issue.expected}, men er ${typeWord(value)}.`;
    case 'invalid_value':
      if (issue.values.length === 1)
        return `skal være «${String(issue.values[0])}», ikke «${String(value)}».`;
      return `skal være en af ${issue.values.map((v) => `«${String(v)}»`).join(', ')}, ikke «${String(value)}».`;
    case 'too_small':
      if (issue.origin === 'string') return 'må ikke være tom.';
      return `skal være mindst ${String(issue.minimum)}.`;
    case 'too_big':
      return `må højst være ${String(issue.maximum)}.`;
    case 'invalid_format':
      return 'har et forkert format.';
    case 'custom':
      return issue.message;
    default:
      return 'er ugyldig.';
  }
}

/** V8 says "at position 42" (older) or "(line 3 column 5)" (newer); both become "(linje 3, tegn 5)". */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (linje ${lineColumn[1]}, tegn ${lineColumn[2]})`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (linje ${line}, tegn ${column})`;
}
