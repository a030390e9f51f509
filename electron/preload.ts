// The sandboxed preload: exposes ONE typed object, window.barometerbrev, with one named method per channel.
// Never ipcRenderer itself and never a generic invoke/send — the page can ask for exactly these things.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type BarometerbrevApi,
  type IpcChannel,
  type MenuCommand,
} from '../shared/platform-api';
import type { IpcPayload, IpcResult } from '../shared/ipc';

// Electron prefixes errors thrown in main handlers; the user should read only the Danish message.
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']+': (?:Error: )?/;

async function invoke<C extends IpcChannel>(channel: C, payload?: IpcPayload<C>): Promise<IpcResult<C>> {
  try {
    return (await ipcRenderer.invoke(channel, payload)) as IpcResult<C>;
  } catch (error) {
    // Duck-typed: errors from another realm fail `instanceof Error`.
    const raw = (error as { message?: unknown } | null)?.message;
    const message = typeof raw === 'string' ? raw : String(error);
    throw new Error(message.replace(REMOTE_ERROR_PREFIX, ''));
  }
}

const api: BarometerbrevApi = {
  saveFile: (request) => invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => invoke(IPC_CHANNELS.openFile, request),
  saveFiles: (request) => invoke(IPC_CHANNELS.saveFiles, request),
  printToPdf: (request) => invoke(IPC_CHANNELS.printToPdf, request),
  getAppInfo: () => invoke(IPC_CHANNELS.getAppInfo),
  onMenuCommand(callback: (command: MenuCommand) => void) {
    // The Electron event object is not passed on: it would hand the page a reference to ipcRenderer.
    const listener = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) callback(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('barometerbrev', api);
