import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BarometerbrevApi } from '../shared/platform-api';

// The preload runs inside Electron; here its two Electron dependencies are replaced by recording fakes.
const exposed = new Map<string, unknown>();
const invoke = vi.fn();
// A plain function (not the spy) rejects, the way Electron's ipcRenderer.invoke does.
let rejectWith: string | null = null;
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (rejectWith ? Promise.reject(new Error(rejectWith)) : invoke(...args)),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

await import('./preload');
const api = exposed.get('barometerbrev') as BarometerbrevApi;

beforeEach(() => invoke.mockReset());

describe('preload', () => {
  it('exposes one object with exactly the named methods, nothing generic', () => {
    expect([...exposed.keys()]).toEqual(['barometerbrev']);
    expect(Object.keys(api).sort()).toEqual([
      'getAppInfo',
      'onMenuCommand',
      'openFile',
      'printToPdf',
      'saveFile',
      'saveFiles',
    ]);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('maps each method to its own channel', async () => {
    invoke.mockResolvedValue({ saved: true });
    const data = new Uint8Array([1]);
    await api.saveFile({ suggestedName: 'a.docx', filters: [], data });
    await api.saveFiles({ files: [{ name: 'a.docx', data }] });
    await api.openFile({ filters: [], maxBytes: 10 });
    await api.printToPdf({ suggestedName: 'brev' });
    await api.getAppInfo();
    expect(invoke.mock.calls.map((call) => call[0])).toEqual([
      'file:save',
      'file:saveMany',
      'file:open',
      'letter:printToPdf',
      'app:info',
    ]);
  });

  it('shows the user only the Danish message from main', async () => {
    rejectWith =
      "Error invoking remote method 'file:save': Error: Ugyldige data til «Gem fil»: Filnavnet er tomt.";
    const message = await api.saveFile({ suggestedName: '', filters: [], data: new Uint8Array() }).then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    rejectWith = null;
    expect(message).toBe('Ugyldige data til «Gem fil»: Filnavnet er tomt.');
  });

  it('passes on known menu commands only, without the Electron event, and unsubscribes', () => {
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const listener = listeners.get('menu:command');
    listener?.({ sender: 'ipcRenderer' }, 'new-letter');
    listener?.({ sender: 'ipcRenderer' }, 'rm -rf /');
    listener?.({ sender: 'ipcRenderer' }, { toString: () => 'save' });
    expect(received).toEqual(['new-letter']);
    unsubscribe();
    expect(listeners.has('menu:command')).toBe(false);
  });
});
