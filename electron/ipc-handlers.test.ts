import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrustedUrlCheck } from './app-url';
import {
  REFUSED_SENDER_MESSAGE,
  registerIpcHandlers,
  type FrameLike,
  type InvokeEventLike,
  type IpcDeps,
} from './ipc-handlers';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const mainFrame: FrameLike = { url: 'app://barometerbrev/index.html#/breve', parent: null };
const appEvent: InvokeEventLike = { senderFrame: mainFrame, sender: { mainFrame } };

let folder: string;
let handlers: Map<string, Listener>;
let deps: IpcDeps;
let saveTarget: string | undefined;
let openPaths: string[];

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'barometerbrev-ipc-'));
  handlers = new Map();
  saveTarget = path.join(folder, 'brev.docx');
  openPaths = [];
  deps = {
    isTrustedUrl: createTrustedUrlCheck(null),
    showSaveDialog: vi.fn(async () =>
      saveTarget ? { canceled: false, filePath: saveTarget } : { canceled: true },
    ),
    showOpenDialog: vi.fn(async () => ({ canceled: openPaths.length === 0, filePaths: openPaths })),
    writeFile: vi.fn((filePath: string, data: Uint8Array) => writeFile(filePath, data)),
    readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
    fileSize: async (filePath) => (await stat(filePath)).size,
    fileExists: async (filePath) => existsSync(filePath),
    printToPdf: async () => new TextEncoder().encode('%PDF-1.7 test'),
    defaultDirectory: () => folder,
    appInfo: () => ({
      version: '0.1.0',
      platform: 'linux',
      userDataPath: '/data',
      dataLocationDescription: 'lokalt',
    }),
  };
  registerIpcHandlers({ handle: (channel, listener) => handlers.set(channel, listener) }, deps);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function call(channel: string, payload?: unknown, event: InvokeEventLike = appEvent) {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

const docx = {
  suggestedName: 'Brev til BUU.docx',
  filters: [{ name: 'Word', extensions: ['docx'] }],
  data: new Uint8Array([80, 75, 3, 4]),
};

describe('registerIpcHandlers', () => {
  it('registers exactly the five shell channels', () => {
    expect([...handlers.keys()].sort()).toEqual([
      'app:info',
      'file:open',
      'file:save',
      'file:saveMany',
      'letter:printToPdf',
    ]);
  });

  describe('refuses callers that are not our main frame on our origin', () => {
    const hostile: [string, InvokeEventLike][] = [
      ['a destroyed frame', { senderFrame: null, sender: { mainFrame } }],
      [
        'a remote page',
        {
          senderFrame: { url: 'https://evil.example/', parent: null },
          sender: { mainFrame: { url: 'https://evil.example/', parent: null } },
        },
      ],
      [
        'a look-alike origin',
        { senderFrame: { url: 'app://barometerbrev.evil.com/', parent: null }, sender: { mainFrame } },
      ],
      [
        'userinfo tricks',
        { senderFrame: { url: 'app://barometerbrev@evil/', parent: null }, sender: { mainFrame } },
      ],
      [
        'a file: page',
        { senderFrame: { url: 'file:///tmp/index.html', parent: null }, sender: { mainFrame } },
      ],
      [
        'the dev server when not in development',
        { senderFrame: { url: 'http://127.0.0.1:5173/', parent: null }, sender: { mainFrame } },
      ],
      [
        'a subframe on our origin',
        { senderFrame: { url: 'app://barometerbrev/frame.html', parent: mainFrame }, sender: { mainFrame } },
      ],
      [
        'a top frame that is not the main frame',
        { senderFrame: { url: 'app://barometerbrev/', parent: null }, sender: { mainFrame } },
      ],
    ];
    it.each(hostile)('%s', async (_label, event) => {
      await expect(call('file:save', docx, event)).rejects.toThrow(REFUSED_SENDER_MESSAGE);
      await expect(call('app:info', undefined, event)).rejects.toThrow(REFUSED_SENDER_MESSAGE);
      expect(deps.showSaveDialog).not.toHaveBeenCalled();
      expect(deps.writeFile).not.toHaveBeenCalled();
    });
  });

  describe('refuses malformed payloads with a Danish message and never acts', () => {
    const malformed: [string, unknown, RegExp][] = [
      ['no payload', undefined, /Ugyldige data til «Gem fil»/],
      ['a string instead of bytes', { ...docx, data: 'PK..' }, /data: Filens indhold skal være bytes/],
      ['a plain array instead of bytes', { ...docx, data: [80, 75] }, /data:/],
      [
        'a name with a path',
        { ...docx, suggestedName: '../../.bashrc' },
        /suggestedName: Filnavnet må ikke indeholde mappeskilletegn/,
      ],
      ['a Windows path', { ...docx, suggestedName: 'C:\\Windows\\evil.docx' }, /mappeskilletegn/],
      ['an absolute path', { ...docx, suggestedName: '/etc/passwd' }, /mappeskilletegn/],
      ['a dot-dot name', { ...docx, suggestedName: '..' }, /punktum/],
      ['a NUL byte', { ...docx, suggestedName: 'brev\u0000.exe' }, /styretegn/],
      ['a very long name', { ...docx, suggestedName: `${'a'.repeat(300)}.docx` }, /for langt/],
      ['an empty name', { ...docx, suggestedName: '' }, /tomt/],
      ['a number as name', { ...docx, suggestedName: 42 }, /suggestedName: Ugyldigt input/],
      ['an extra key', { ...docx, overwrite: '/etc/passwd' }, /Ukendt nøgle/],
      [
        'a filter extension with a dot',
        { ...docx, filters: [{ name: 'x', extensions: ['.docx'] }] },
        /Filendelser/,
      ],
    ];
    it.each(malformed)('%s', async (_label, payload, message) => {
      await expect(call('file:save', payload)).rejects.toThrow(message);
      expect(deps.showSaveDialog).not.toHaveBeenCalled();
      expect(deps.writeFile).not.toHaveBeenCalled();
    });

    it('a file over 50 MB', async () => {
      await expect(
        call('file:save', { ...docx, data: new Uint8Array(50 * 1024 * 1024 + 1) }),
      ).rejects.toThrow(/for stor \(højst 50 MB\)/);
      expect(deps.writeFile).not.toHaveBeenCalled();
    });

    it('a batch with a traversal name anywhere in it', async () => {
      const files = [
        { name: 'ok.docx', data: new Uint8Array(1) },
        { name: '..\\..\\evil.docx', data: new Uint8Array(1) },
      ];
      await expect(call('file:saveMany', { files })).rejects.toThrow(/files\.1\.name: Filnavnet må ikke/);
      expect(deps.showOpenDialog).not.toHaveBeenCalled();
    });

    it.each([
      ['a Windows device name', 'CON.docx', /reserveret navn i Windows/],
      ['a right-to-left override', 'brev\u202Excod.exe', /vender skriftretningen/],
      ['a C1 control (NEL)', 'brev\u0085.docx', /usynlige styretegn/],
      ['a dotfile', '.bashrc', /begynde med punktum/],
    ])('a batch with %s in it, before any dialog or write', async (_, name, message) => {
      const files = [
        { name: 'ok.docx', data: new Uint8Array(1) },
        { name, data: new Uint8Array(1) },
      ];
      await expect(call('file:saveMany', { files })).rejects.toThrow(message);
      await expect(call('file:save', { ...docx, suggestedName: name })).rejects.toThrow(message);
      expect(deps.showOpenDialog).not.toHaveBeenCalled();
      expect(deps.showSaveDialog).not.toHaveBeenCalled();
      expect(deps.writeFile).not.toHaveBeenCalled();
    });

    it('a 255-character PDF name that would grow past 255 with «.pdf»', async () => {
      await expect(call('letter:printToPdf', { suggestedName: 'b'.repeat(255) })).rejects.toThrow(
        /Gem som PDF.*for langt, når «\.pdf» kommer på/,
      );
      expect(deps.showSaveDialog).not.toHaveBeenCalled();
    });

    it('arguments to app:info', async () => {
      await expect(call('app:info', { steal: true })).rejects.toThrow(/Programoplysninger/);
    });

    it('an absurd open limit', async () => {
      await expect(call('file:open', { filters: [], maxBytes: Number.POSITIVE_INFINITY })).rejects.toThrow(
        /Åbn fil/,
      );
      await expect(call('file:open', { filters: [], maxBytes: -1 })).rejects.toThrow(/Åbn fil/);
    });
  });

  describe('file:save', () => {
    it('writes the bytes where the user chose', async () => {
      await expect(call('file:save', docx)).resolves.toEqual({ saved: true, path: saveTarget });
      expect([...readFileSync(path.join(folder, 'brev.docx'))]).toEqual([80, 75, 3, 4]);
      expect(deps.showSaveDialog).toHaveBeenCalledWith(
        appEvent,
        expect.objectContaining({ defaultPath: path.join(folder, 'Brev til BUU.docx') }),
      );
    });

    it('writes nothing when the user cancels', async () => {
      saveTarget = undefined;
      await expect(call('file:save', docx)).resolves.toEqual({ saved: false });
      expect(readdirSync(folder)).toEqual([]);
    });
  });

  describe('file:open', () => {
    it('returns the chosen file name and bytes', async () => {
      writeFileSync(path.join(folder, 'data.csv'), 'a;b\n1;2\n');
      openPaths = [path.join(folder, 'data.csv')];
      const result = await call('file:open', {
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        maxBytes: 1000,
      });
      expect(result).toMatchObject({ canceled: false, name: 'data.csv' });
      expect(new TextDecoder().decode((result as { data: Uint8Array }).data)).toBe('a;b\n1;2\n');
    });

    it('refuses a file over the caller’s limit, naming it', async () => {
      writeFileSync(path.join(folder, 'stor.xlsx'), new Uint8Array(2048));
      openPaths = [path.join(folder, 'stor.xlsx')];
      await expect(call('file:open', { filters: [], maxBytes: 1024 })).rejects.toThrow(
        /Filen «stor\.xlsx» er for stor/,
      );
    });

    it('reports cancel', async () => {
      await expect(call('file:open', { filters: [], maxBytes: 1024 })).resolves.toEqual({ canceled: true });
    });
  });

  describe('file:saveMany', () => {
    it('writes every file into the chosen folder without overwriting existing ones', async () => {
      writeFileSync(path.join(folder, 'Brev BUU.docx'), 'old');
      openPaths = [folder];
      const files = [
        { name: 'Brev BUU.docx', data: new Uint8Array([1]) },
        { name: 'Brev BUU.docx', data: new Uint8Array([2]) },
        { name: 'Brev KFU.docx', data: new Uint8Array([3]) },
      ];
      await expect(call('file:saveMany', { files })).resolves.toEqual({ saved: 3, folder });
      expect(readdirSync(folder).sort()).toEqual([
        'Brev BUU (2).docx',
        'Brev BUU (3).docx',
        'Brev BUU.docx',
        'Brev KFU.docx',
      ]);
      expect(readFileSync(path.join(folder, 'Brev BUU.docx'), 'utf8')).toBe('old');
    });

    it('saves nothing when no folder is chosen', async () => {
      await expect(
        call('file:saveMany', { files: [{ name: 'a.docx', data: new Uint8Array(1) }] }),
      ).resolves.toEqual({ saved: 0 });
    });
  });

  describe('letter:printToPdf', () => {
    it('saves the printed PDF and adds the .pdf extension', async () => {
      saveTarget = path.join(folder, 'brev.pdf');
      await expect(call('letter:printToPdf', { suggestedName: 'Brev til KFU' })).resolves.toEqual({
        saved: true,
        path: saveTarget,
      });
      expect(readFileSync(saveTarget, 'utf8')).toBe('%PDF-1.7 test');
      expect(deps.showSaveDialog).toHaveBeenCalledWith(
        appEvent,
        expect.objectContaining({ defaultPath: path.join(folder, 'Brev til KFU.pdf') }),
      );
    });

    it('hands title, author and subject of the letter to the printer for the document information of the PDF', async () => {
      saveTarget = path.join(folder, 'brev-info.pdf');
      const printToPdf = vi.spyOn(deps, 'printToPdf');
      const info = {
        title: 'Brev til KFU',
        author: 'Beskæftigelses- og Integrationsudvalget',
        subject: 'Maj 2008',
      };
      await call('letter:printToPdf', { suggestedName: 'Brev til KFU', ...info });
      expect(printToPdf).toHaveBeenCalledWith(appEvent, info);
      await expect(
        call('letter:printToPdf', { suggestedName: 'Brev', author: 'x'.repeat(501) }),
      ).rejects.toThrow('PDF-forfatteren er for lang');
    });
  });

  it('app:info answers our own window', async () => {
    await expect(call('app:info')).resolves.toMatchObject({ version: '0.1.0', platform: 'linux' });
  });

  it('accepts the dev server origin when main trusts it', async () => {
    handlers.clear();
    registerIpcHandlers(
      { handle: (channel, listener) => handlers.set(channel, listener) },
      {
        ...deps,
        isTrustedUrl: createTrustedUrlCheck(new URL('http://127.0.0.1:5173')),
      },
    );
    const devFrame: FrameLike = { url: 'http://127.0.0.1:5173/#/breve', parent: null };
    await expect(
      call('app:info', undefined, { senderFrame: devFrame, sender: { mainFrame: devFrame } }),
    ).resolves.toBeTruthy();
  });
});
