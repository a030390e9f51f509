// The one map of shell channels: channel name → zod schema of the payload (what main accepts) and the result
// type (what the renderer gets back). Main parses every payload with these schemas; the preload and the
// renderer derive their argument and result types from the same map, so the two sides cannot drift apart.
import { z } from 'zod';
import { IPC_CHANNELS, type IpcChannel } from './platform-api';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_BATCH_BYTES = 200 * 1024 * 1024;
export const MAX_BATCH_FILES = 500;
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

// Characters Windows refuses in file names; refused everywhere because letters travel to Windows machines.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const fileNameSchema = z
  .string()
  .min(1, { error: 'Filnavnet er tomt.' })
  .max(255, { error: 'Filnavnet er for langt (højst 255 tegn).' })
  .refine((name) => !name.includes('/') && !name.includes('\\'), {
    error: 'Filnavnet må ikke indeholde mappeskilletegn (/ eller \\).',
  })
  .refine((name) => !CONTROL_CHARACTERS.test(name), { error: 'Filnavnet indeholder usynlige styretegn.' })
  .refine((name) => !WINDOWS_FORBIDDEN.test(name), {
    error: 'Filnavnet må ikke indeholde tegnene < > : " | ? *.',
  })
  .refine((name) => !/^[.\s]+$/.test(name) && !/[.\s]$/.test(name), {
    error: 'Filnavnet må ikke bestå af eller slutte med punktum eller mellemrum.',
  });

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(
      z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, { error: 'Filendelser skal være korte og uden punktum.' }),
    )
    .min(1)
    .max(20),
});

const fileDataSchema = z
  .instanceof(Uint8Array, { error: 'Filens indhold skal være bytes (Uint8Array).' })
  .refine((data) => data.byteLength <= MAX_FILE_BYTES, { error: 'Filen er for stor (højst 50 MB).' });

const filtersSchema = z.array(fileFilterSchema).max(10);

export const ipcPayloadSchemas = {
  [IPC_CHANNELS.saveFile]: z.strictObject({
    suggestedName: fileNameSchema,
    filters: filtersSchema,
    data: fileDataSchema,
  }),
  [IPC_CHANNELS.openFile]: z.strictObject({
    filters: filtersSchema,
    maxBytes: z
      .number()
      .int()
      .positive()
      .max(MAX_OPEN_BYTES, { error: 'Grænsen for filstørrelse må højst være 200 MB.' }),
  }),
  [IPC_CHANNELS.saveFiles]: z.strictObject({
    files: z
      .array(z.strictObject({ name: fileNameSchema, data: fileDataSchema }))
      .min(1, { error: 'Der er ingen filer at gemme.' })
      .max(MAX_BATCH_FILES, { error: `Højst ${MAX_BATCH_FILES} filer ad gangen.` })
      .refine((files) => files.reduce((sum, file) => sum + file.data.byteLength, 0) <= MAX_BATCH_BYTES, {
        error: 'Filerne fylder tilsammen for meget (højst 200 MB).',
      }),
  }),
  [IPC_CHANNELS.printToPdf]: z.strictObject({ suggestedName: fileNameSchema }),
  [IPC_CHANNELS.getAppInfo]: z.undefined({ error: 'app:info tager ingen data.' }),
} as const satisfies Record<IpcChannel, z.ZodType>;

/** Results, per channel. */
export interface IpcResults {
  'file:save': { saved: boolean; path?: string };
  'file:open': { canceled: true } | { canceled: false; name: string; data: Uint8Array };
  'file:saveMany': { saved: number; folder?: string };
  'letter:printToPdf': { saved: boolean; path?: string };
  'app:info': { version: string; platform: string; userDataPath: string; dataLocationDescription: string };
}

export type { IpcChannel };
/** What the renderer passes (before parsing). */
export type IpcPayload<C extends IpcChannel> = z.input<(typeof ipcPayloadSchemas)[C]>;
/** What main works with (after parsing). */
export type ParsedIpcPayload<C extends IpcChannel> = z.output<(typeof ipcPayloadSchemas)[C]>;
export type IpcResult<C extends IpcChannel> = IpcResults[C];

/** Danish names of the channels, used in error messages the user may see. */
export const IPC_CHANNEL_LABELS: Record<IpcChannel, string> = {
  'file:save': 'Gem fil',
  'file:open': 'Åbn fil',
  'file:saveMany': 'Gem flere filer',
  'letter:printToPdf': 'Gem som PDF',
  'app:info': 'Programoplysninger',
};

/**
 * Parses a payload for a channel; on failure returns a Danish message naming the channel and each problem
 * with its field path (e.g. "files.2.name: Filnavnet må ikke indeholde mappeskilletegn").
 */
export function parseIpcPayload<C extends IpcChannel>(
  channel: C,
  payload: unknown,
): { ok: true; value: ParsedIpcPayload<C> } | { ok: false; message: string } {
  // TS cannot correlate the indexed schema with C; the map's `satisfies` above keeps the pairing honest.
  const schema = ipcPayloadSchemas[channel] as unknown as z.ZodType<ParsedIpcPayload<C>>;
  const result = schema.safeParse(payload, { error: z.locales.da().localeError });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  return {
    ok: false,
    message: `Ugyldige data til «${IPC_CHANNEL_LABELS[channel]}»: ${problems.join('; ')}`,
  };
}
