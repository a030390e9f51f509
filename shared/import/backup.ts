import type { z } from 'zod';
import { validateDataset } from '../domain/validate';
import { completeStoredLetter, isSettingKey, letterDefaults } from './backup-compat';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  type BackupData,
  type BarometerBackup,
} from './backup-schema';
import { decodeText } from './decode';
import type { ImportProblem } from './problems';

export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupData,
  type BarometerBackup,
  type RememberedMapping,
} from './backup-schema';

/**
 * `warnings` are Danish sentences about what the restore will leave out or fill in (unknown settings
 * dropped, letters from an older version completed); they do not stop it.
 */
export type BackupParseResult =
  | { ok: true; backup: BarometerBackup; data: BackupData; warnings: string[] }
  | { ok: false; problems: ImportProblem[] };

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
  const warnings: string[] = [];
  const prepared = isRecord(json.data) ? { ...json, data: prepareData(json.data, json, warnings) } : json;
  const parsed = backupSchema.safeParse(prepared);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) =>
        problem(fileName, danishIssueMessage(issue, valueAt(prepared, issue.path)), formatPath(issue.path)),
      ),
    };
  }
  // What a schema cannot see — duplicate ids, records pointing at nothing, two main indicators — is the
  // domain's own check; warnings (a round of unknown time) do not stop a restore.
  // An empty database's default sender names a committee it does not hold yet; its export must restore.
  const emptyDefault = parsed.data.data.committees.length === 0;
  const errors = validateDataset(parsed.data.data).filter(
    (found) => found.severity === 'error' && !(emptyDefault && found.path === 'sender.committeeId'),
  );
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((found) => problem(fileName, `${found.message}.`, found.path)),
    };
  }
  const backup: BarometerBackup = parsed.data;
  return { ok: true, backup, data: backup.data, warnings };
}

/**
 * Before the schema: drops settings keys the app does not know (a backup must not plant `constructor`,
 * `__proto__` or anything else in the settings table) and completes letters stored by an older version
 * with the same function the export uses (completeStoredLetter), each with a Danish warning.
 */
function prepareData(
  data: Record<string, unknown>,
  json: Record<string, unknown>,
  warnings: string[],
): Record<string, unknown> {
  const prepared: Record<string, unknown> = { ...data };
  if (isRecord(data.settings)) {
    const settings: Record<string, unknown> = {};
    const dropped: string[] = [];
    for (const key of Object.keys(data.settings)) {
      if (isSettingKey(key)) settings[key] = data.settings[key];
      else dropped.push(key);
    }
    if (dropped.length > 0) {
      warnings.push(
        `${dropped.length === 1 ? 'Indstillingen' : 'Indstillingerne'} ${listNames(dropped)} i sikkerhedskopien kendes ikke af Barometerbrev og gendannes ikke.`,
      );
    }
    prepared.settings = settings;
  }
  if (Array.isArray(data.letters)) {
    const defaults = letterDefaults(data, typeof json.exportedAt === 'string' ? json.exportedAt : undefined);
    const completed: string[] = [];
    prepared.letters = data.letters.map((raw: unknown) => {
      const { letter, filled } = completeStoredLetter(raw, defaults);
      if (filled.length > 0 && isRecord(raw)) completed.push(String(raw.id));
      return letter;
    });
    if (completed.length > 0) {
      warnings.push(
        `${completed.length === 1 ? 'Brevet' : 'Brevene'} ${listNames(completed)} er gemt af en ældre version og mangler felter; de udfyldes med standardværdier (kladde, modtagerens områder, tomt sagsnr.).`,
      );
    }
  }
  return prepared;
}

function listNames(names: readonly string[]): string {
  const quoted = names.slice(0, 10).map((name) => `«${name}»`);
  const more = names.length > 10 ? ` og ${names.length - 10} til` : '';
  if (quoted.length === 1) return `${quoted[0] ?? ''}${more}`;
  return more ? `${quoted.join(', ')}${more}` : `${quoted.slice(0, -1).join(', ')} og ${quoted.at(-1) ?? ''}`;
}

function problem(file: string, message: string, path?: string): ImportProblem {
  const base: ImportProblem = { file, row: 0, column: '', message, severity: 'error' };
  return path ? { ...base, path } : base;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * ["data", "indicators", 3, "baseline", "value"] → "indicators[3].baseline.value" (the dataset is the user's frame);
 * ["data", "importMappings", 0, "columns", "Enh."] → 'importMappings[0].columns["Enh."]'.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  const parts = path[0] === 'data' && path.length > 1 ? path.slice(1) : path;
  let text = '';
  for (const part of parts) {
    if (typeof part === 'number') text += `[${part}]`;
    // A key that is a spreadsheet's column header ("Enh.", "Værdi 2008") is quoted, so the path stays readable.
    else if (typeof part === 'string' && !/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(part))
      text += `[${JSON.stringify(part)}]`;
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
    case 'unrecognized_keys':
      return `har ${issue.keys.length === 1 ? 'et felt' : 'felter'}, som Barometerbrev ikke kender: ${listNames(issue.keys)}.`;
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
