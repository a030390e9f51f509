// Barometerbrev's main process: lifecycle and wiring only. Every decision lives in a small module that takes
// Electron's APIs as parameters (security, protocol, ipc-handlers, menu, window-state) and is tested there.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/platform-api';
import { APP_ENTRY_URL } from './app-url';
import { registerIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { createTrustedUrlCheck, installSecurity, resolveDevServerUrl } from './security';
import { claimSingleInstance } from './single-instance';
import { userChoosesToCloseAnyway } from './unload-prompt';
import { createMainWindow as newMainWindow, spellCheckerLanguages } from './window-options';
import { WINDOW_STATE_FILE, fitToDisplays, parseWindowState, serializeWindowState } from './window-state';
import { withPdfInfo } from '../shared/pdf/info';

/**
 * "Eksportér som PDF": the preview's A4 pages as the print stylesheet lays them out (page size from @page, no printer
 * margins), backgrounds (status colours) printed, tagged (so the language da is written) and with an outline made
 * from the headings (Bilag 1 and each area), which PDF readers show as bookmarks.
 */
const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} satisfies Electron.PrintToPDFOptions;

const APP_USER_MODEL_ID = 'dk.kk.barometerbrev';
const devServerUrl = resolveDevServerUrl(process.env.BAROMETERBREV_DEV_URL, app.isPackaged);
const isTrustedUrl = createTrustedUrlCheck(devServerUrl);
let mainWindow: BrowserWindow | null = null;

function log(message: string): void {
  if (!app.isPackaged) console.warn(`[sikkerhed] ${message}`);
}

function windowStatePath(): string {
  return path.join(app.getPath('userData'), WINDOW_STATE_FILE);
}

function readSavedState(): string | null {
  try {
    return readFileSync(windowStatePath(), 'utf8');
  } catch {
    return null; // first run
  }
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function openMainWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const placement = fitToDisplays(parseWindowState(readSavedState()), [
    primary.workArea,
    ...others.map((display) => display.workArea),
  ]);

  const window = newMainWindow(BrowserWindow, path.join(__dirname, 'preload.cjs'), placement.bounds);
  if (placement.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeFileSync(windowStatePath(), serializeWindowState(window.getNormalBounds(), window.isMaximized()));
    } catch {
      // Losing the window position is harmless; never block closing over it.
    }
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  window.webContents.on('will-prevent-unload', (event) => {
    // preventDefault() here overrides the page's beforeunload hold, i.e. closes anyway.
    if (userChoosesToCloseAnyway((options) => dialog.showMessageBoxSync(window, options)))
      event.preventDefault();
  });

  void window.loadURL(devServerUrl ? devServerUrl.href : APP_ENTRY_URL);
  return window;
}

function wireIpc(): void {
  registerIpcHandlers(ipcMain, {
    isTrustedUrl,
    showSaveDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
    },
    writeFile: (filePath, data) => writeFile(filePath, data),
    readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
    fileSize: async (filePath) => (await stat(filePath)).size,
    fileExists: async (filePath) =>
      stat(filePath).then(
        () => true,
        () => false,
      ),
    printToPdf: async (event, info) =>
      withPdfInfo(new Uint8Array(await event.sender.printToPDF(PDF_OPTIONS)), {
        ...info,
        creator: 'Barometerbrev',
      }),
    defaultDirectory: () => app.getPath('documents'),
    appInfo: () => ({
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
      dataLocationDescription:
        'Breve og data gemmes kun på denne computer, i Barometerbrevs datamappe: ' +
        `${app.getPath('userData')}. Intet sendes over nettet.`,
    }),
  });
}

function start(): void {
  // Must happen before 'ready': app:// becomes a standard, secure origin with fetch and code cache.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // The UI is Danish everywhere: date pickers, spelling menus and number inputs follow Chromium's UI language,
  // which would otherwise be the operating system's.
  app.commandLine.appendSwitch('lang', 'da');
  app.setAppUserModelId(APP_USER_MODEL_ID);
  if (!claimSingleInstance(app, () => mainWindow)) return;

  void app.whenReady().then(() => {
    registerAppProtocol(protocol, path.join(app.getAppPath(), 'dist', 'renderer'), (filePath) =>
      readFile(filePath),
    );
    // Installed before the first window exists, so no webContents is ever unguarded.
    installSecurity({
      onWebContentsCreated: (apply) => app.on('web-contents-created', (_event, contents) => apply(contents)),
      session: session.defaultSession,
      isTrustedUrl,
      openExternal: (url) => void shell.openExternal(url),
      log,
    });
    if (process.platform !== 'darwin') {
      session.defaultSession.setSpellCheckerLanguages(
        spellCheckerLanguages(session.defaultSession.availableSpellCheckerLanguages),
      );
    }
    wireIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          isDev: !app.isPackaged,
          sendCommand: sendMenuCommand,
        }),
      ),
    );
    mainWindow = openMainWindow();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

start();
