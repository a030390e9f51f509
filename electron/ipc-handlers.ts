// The shell's IPC handlers. Each one: (1) checks who is calling — the main frame of our own window, loaded from
// the app origin — (2) parses the payload with the channel's zod schema, (3) only then acts through injected
// dependencies (dialogs, file system, printing). A refused or malformed call throws and never acts.
import path from 'node:path';
import { parseIpcPayload, withPdfExtension, type IpcResult, type ParsedIpcPayload } from '../shared/ipc';
import { IPC_CHANNELS, fileTooLargeMessage, numberedFileName, type IpcChannel } from '../shared/platform-api';

export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly mainFrame: FrameLike };
}

export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export interface DialogFilter {
  name: string;
  extensions: string[];
}

/** E is Electron's IpcMainInvokeEvent in the app and a plain fake in tests. */
export interface IpcDeps<E extends InvokeEventLike = InvokeEventLike> {
  isTrustedUrl(url: unknown): boolean;
  showSaveDialog(
    event: E,
    options: { title: string; defaultPath: string; filters: DialogFilter[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    event: E,
    options: {
      title: string;
      filters: DialogFilter[];
      properties: ('openFile' | 'openDirectory' | 'createDirectory')[];
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  readFile(filePath: string): Promise<Uint8Array>;
  fileSize(filePath: string): Promise<number>;
  fileExists(filePath: string): Promise<boolean>;
  /** The page printed as PDF, with the document information the renderer gave (title, author, subject). */
  printToPdf(event: E, info: { title?: string; author?: string; subject?: string }): Promise<Uint8Array>;
  /** Where save dialogs start (the user's Documents folder). */
  defaultDirectory(): string;
  appInfo(): IpcResult<'app:info'>;
}

export const REFUSED_SENDER_MESSAGE = 'Kaldet blev afvist: det kom ikke fra Barometerbrevs eget vindue.';

/** VS Code's rule: a live frame, the top frame of its webContents, showing our own origin. */
export function isTrustedSender(event: InvokeEventLike, isTrustedUrl: (url: unknown) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed while the call was in flight
  if (frame.parent !== null) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isTrustedUrl(frame.url);
}

/** "brev.docx" → "brev (2).docx", "brev (3).docx", … until a free name is found. */
export async function findFreePath(
  folder: string,
  name: string,
  fileExists: (filePath: string) => Promise<boolean>,
): Promise<string> {
  let candidate = path.join(folder, name);
  for (let n = 2; await fileExists(candidate); n += 1)
    candidate = path.join(folder, numberedFileName(name, n));
  return candidate;
}

type Handlers<E> = {
  [C in IpcChannel]: (payload: ParsedIpcPayload<C>, event: E) => Promise<IpcResult<C>>;
};

export function createHandlers<E extends InvokeEventLike>(deps: IpcDeps<E>): Handlers<E> {
  return {
    'file:save': async ({ suggestedName, filters, data }, event) => {
      const choice = await deps.showSaveDialog(event, {
        title: 'Gem fil',
        defaultPath: path.join(deps.defaultDirectory(), suggestedName),
        filters,
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, data);
      return { saved: true, path: choice.filePath };
    },

    'file:open': async ({ filters, maxBytes }, event) => {
      const choice = await deps.showOpenDialog(event, {
        title: 'Åbn fil',
        filters,
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { canceled: true };
      const name = path.basename(filePath);
      const size = await deps.fileSize(filePath);
      if (size > maxBytes) {
        throw new Error(fileTooLargeMessage(name, size, maxBytes));
      }
      return { canceled: false, name, data: await deps.readFile(filePath) };
    },

    'file:saveMany': async ({ files }, event) => {
      const choice = await deps.showOpenDialog(event, {
        title: 'Vælg mappe til filerne',
        filters: [],
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return { saved: 0 };
      let saved = 0;
      // One at a time: each free name depends on the files written before it (two letters may share a name).
      for (const file of files) {
        await deps.writeFile(await findFreePath(folder, file.name, deps.fileExists), file.data);
        saved += 1;
      }
      return { saved, folder };
    },

    'letter:printToPdf': async ({ suggestedName, title, author, subject }, event) => {
      const name = withPdfExtension(suggestedName);
      const choice = await deps.showSaveDialog(event, {
        title: 'Gem som PDF',
        defaultPath: path.join(deps.defaultDirectory(), name),
        filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, await deps.printToPdf(event, { title, author, subject }));
      return { saved: true, path: choice.filePath };
    },

    'app:info': async () => deps.appInfo(),
  };
}

/** Wraps one handler in the sender check and the schema parse. */
function guarded<C extends IpcChannel, E extends InvokeEventLike>(
  channel: C,
  handler: (payload: ParsedIpcPayload<C>, event: E) => Promise<IpcResult<C>>,
  isTrustedUrl: (url: unknown) => boolean,
): (event: E, ...args: unknown[]) => Promise<IpcResult<C>> {
  return async (event, ...args) => {
    if (!isTrustedSender(event, isTrustedUrl)) throw new Error(REFUSED_SENDER_MESSAGE);
    const parsed = parseIpcPayload(channel, args[0]);
    if (!parsed.ok) throw new Error(parsed.message);
    return handler(parsed.value, event);
  };
}

export function registerIpcHandlers<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  deps: IpcDeps<E>,
): void {
  const handlers = createHandlers(deps);
  const register = <C extends IpcChannel>(channel: C) =>
    ipcMain.handle(channel, guarded(channel, handlers[channel], deps.isTrustedUrl));
  for (const channel of Object.values(IPC_CHANNELS)) register(channel);
}
