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
// C0 and C1 control characters (U+0085 is a line break to some programs).
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Invisible characters that change the writing direction: "brev\u202Excod.exe" shows as "brevexe.docx",
 * hiding the real extension. Marks (U+200E/F, U+061C), embeddings and overrides (U+202A–U+202E) and
 * isolates (U+2066–U+2069).
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/**
 * Windows device names: "CON", "nul.docx", "com1.pdf" and "LPT1 .txt" open the device, not a file.
 * The part before the first dot counts, whatever the case; COM/LPT with 0–9 or superscript ¹²³.
 */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])\s*$/i;

/** True for a Windows device name such as "CON", "nul.docx" or "Com1.pdf". */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE.test(name.split('.')[0] ?? '');
}

/** Longest file name the shell accepts (NTFS and most Linux file systems: 255). */
export const MAX_FILE_NAME_LENGTH = 255;

export const fileNameSchema = z
  .string()
  .min(1, { error: 'Filnavnet er tomt.' })
  .max(MAX_FILE_NAME_LENGTH, { error: 'Filnavnet er for langt (højst 255 tegn).' })
  .refine((name) => !name.includes('/') && !name.includes('\\'), {
    error: 'Filnavnet må ikke indeholde mappeskilletegn (/ eller \\).',
  })
  .refine((name) => !CONTROL_CHARACTERS.test(name), { error: 'Filnavnet indeholder usynlige styretegn.' })
  .refine((name) => !BIDI_CONTROLS.test(name), {
    error:
      'Filnavnet indeholder usynlige tegn, der vender skriftretningen og kan skjule den rigtige filendelse.',
  })
  .refine((name) => !WINDOWS_FORBIDDEN.test(name), {
    error: 'Filnavnet må ikke indeholde tegnene < > : " | ? *.',
  })
  .refine((name) => !/^[.\s]+$/.test(name) && !/[.\s]$/.test(name), {
    error: 'Filnavnet må ikke bestå af eller slutte med punktum eller mellemrum.',
  })
  .refine((name) => !name.startsWith('.'), {
    error: 'Filnavnet må ikke begynde med punktum (det giver en skjult fil).',
  })
  .refine((name) => !isWindowsDeviceName(name), {
    error: 'Filnavnet er et reserveret navn i Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9).',
  });

/** The name a PDF is saved under: the suggested name with ".pdf" added unless it already ends so. */
export function withPdfExtension(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}

/** Room left in a batch name for " (99)" when a same-named file already exists in the folder. */
const BATCH_NAME_ROOM = 5;

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
      .array(
        z.strictObject({
          name: fileNameSchema.refine((name) => name.length <= MAX_FILE_NAME_LENGTH - BATCH_NAME_ROOM, {
            error: `Filnavnet er for langt (højst ${MAX_FILE_NAME_LENGTH - BATCH_NAME_ROOM} tegn, så der er plads til et løbenummer).`,
          }),
          data: fileDataSchema,
        }),
      )
      .min(1, { error: 'Der er ingen filer at gemme.' })
      .max(MAX_BATCH_FILES, { error: `Højst ${MAX_BATCH_FILES} filer ad gangen.` })
      .refine((files) => files.reduce((sum, file) => sum + file.data.byteLength, 0) <= MAX_BATCH_BYTES, {
        error: 'Filerne fylder tilsammen for meget (højst 200 MB).',
      }),
  }),
  [IPC_CHANNELS.printToPdf]: z.strictObject({
    suggestedName: fileNameSchema.refine((name) => withPdfExtension(name).length <= MAX_FILE_NAME_LENGTH, {
      error: 'Filnavnet er for langt, når «.pdf» kommer på (højst 255 tegn i alt).',
    }),
    /** The PDF's document information (Chromium writes no author): the letter's title, sender and subject. */
    title: z.string().max(500, { error: 'PDF-titlen er for lang (højst 500 tegn).' }).optional(),
    author: z.string().max(500, { error: 'PDF-forfatteren er for lang (højst 500 tegn).' }).optional(),
    subject: z.string().max(1000, { error: 'PDF-emnet er for langt (højst 1000 tegn).' }).optional(),
  }),
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
