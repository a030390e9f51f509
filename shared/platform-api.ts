// The contract between the renderer and the desktop shell, without zod at runtime so the sandboxed
// preload can import the channel names without bundling it. The payload and result types are derived from
// the zod schemas in ./ipc (type-only import, erased at build time).
import type { IpcPayload, IpcResult } from './ipc';
import { formatNumber } from './domain/wording';

/** Channel names of the shell, one per preload method. Renderer → main (invoke). */
export const IPC_CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  saveFiles: 'file:saveMany',
  printToPdf: 'letter:printToPdf',
  getAppInfo: 'app:info',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Main → renderer: the menu asks the UI to do something. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** Every command the application menu can send to the renderer. The renderer ignores anything else. */
export const MENU_COMMANDS = [
  'new-letter',
  'import-data',
  'save',
  'export-docx',
  'show-overview',
  'show-letters',
  'show-data',
  'show-about',
  'show-data-location',
  'open-review',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export type FileFilter = IpcPayload<'file:save'>['filters'][number];
export type SaveFileRequest = IpcPayload<'file:save'>;
export type SaveFileResult = IpcResult<'file:save'>;
export type OpenFileRequest = IpcPayload<'file:open'>;
export type OpenFileResult = IpcResult<'file:open'>;
export type SaveFilesRequest = IpcPayload<'file:saveMany'>;
export type SaveFilesResult = IpcResult<'file:saveMany'>;
export type PrintToPdfRequest = IpcPayload<'letter:printToPdf'>;
export type PrintToPdfResult = IpcResult<'letter:printToPdf'>;
export type AppInfo = IpcResult<'app:info'>;

/** What the preload exposes as `window.barometerbrev`: one named method per channel, nothing generic. */
export interface BarometerbrevApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  saveFiles(request: SaveFilesRequest): Promise<SaveFilesResult>;
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  getAppInfo(): Promise<AppInfo>;
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}

/**
 * Turns any text (a letter title, a committee name) into a file name the shell accepts: no path separators,
 * no characters Windows refuses, no trailing dot or space, at most 200 characters with the extension kept.
 */
export function sanitizeFileName(name: string, fallback = 'dokument'): string {
  const dot = name.lastIndexOf('.');
  const hasExtension = dot > 0 && dot >= name.length - 11;
  const extension = hasExtension ? name.slice(dot).replace(/[^.A-Za-z0-9]/g, '') : '';
  const base = (hasExtension ? name.slice(0, dot) : name)
    // eslint-disable-next-line no-control-regex -- control characters and direction marks are what we remove
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[/\\<>:"|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200)
    .trim();
  const safeBase = base.length > 0 ? base : fallback;
  // Windows device names (CON, nul, COM1, LPT¹ …) open the device, whatever the extension.
  const device = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.|\s|$)/i.test(
    safeBase,
  );
  return `${device ? `_${safeBase}` : safeBase}${extension.length > 1 ? extension : ''}`;
}

/** "brev.docx", 2 → "brev (2).docx": how both the shell and the browser avoid overwriting a same-named file. */
export function numberedFileName(name: string, n: number): string {
  if (n < 2) return name;
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${base} (${n})${extension}`;
}

/** The one Danish message for a file over the open limit, shown by the desktop shell and the browser alike. */
export function fileTooLargeMessage(name: string, sizeBytes: number, maxBytes: number): string {
  const megabytes = (bytes: number) => formatNumber(bytes / (1024 * 1024), 1);
  return `Filen «${name}» er for stor (${megabytes(sizeBytes)} MB). Der kan højst åbnes ${megabytes(maxBytes)} MB.`;
}
