// The Danish application menu. Editing, zoom and window items use Electron roles (they act on the focused
// page natively); items that concern the app's own screens are sent to the renderer as menu commands.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/platform-api';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools exist only in development. */
  isDev: boolean;
  sendCommand(command: MenuCommand): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({
  platform,
  isDev,
  sendCommand,
}: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => sendCommand(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Barometerbrev',
    submenu: [
      command('Om Barometerbrev', 'show-about'),
      separator,
      { role: 'hide', label: 'Skjul Barometerbrev' },
      { role: 'hideOthers', label: 'Skjul andre' },
      { role: 'unhide', label: 'Vis alle' },
      separator,
      { role: 'quit', label: 'Afslut Barometerbrev' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Fil',
    submenu: [
      command('Nyt brev', 'new-letter', 'CmdOrCtrl+N'),
      command('Importér data…', 'import-data', 'CmdOrCtrl+O'),
      command('Åbn gennemsyn…', 'open-review'),
      separator,
      command('Gem', 'save', 'CmdOrCtrl+S'),
      command('Eksportér som Word…', 'export-docx', 'CmdOrCtrl+E'),
      separator,
      { role: 'close', label: 'Luk vindue' },
      // On macOS "Afslut" lives in the app menu, as users there expect.
      ...(isMac ? [] : [{ role: 'quit', label: 'Afslut', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { role: 'undo', label: 'Fortryd', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: 'Gentag', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      separator,
      { role: 'cut', label: 'Klip' },
      { role: 'copy', label: 'Kopiér' },
      { role: 'paste', label: 'Sæt ind' },
      { role: 'selectAll', label: 'Markér alt' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      command('Oversigt', 'show-overview', 'CmdOrCtrl+1'),
      command('Breve', 'show-letters', 'CmdOrCtrl+2'),
      command('Data', 'show-data', 'CmdOrCtrl+3'),
      separator,
      ...(isDev
        ? ([
            { role: 'reload', label: 'Genindlæs' },
            { role: 'toggleDevTools', label: 'Udviklerværktøjer' },
            separator,
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: 'Faktisk størrelse', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: 'Zoom ind', accelerator: 'CmdOrCtrl+=' },
      // Hidden twin so Ctrl + the "+" key also zooms on keyboards where "+" is not Shift+"=" (Danish layout).
      {
        role: 'zoomIn',
        label: 'Zoom ind',
        accelerator: 'CmdOrCtrl+Plus',
        visible: false,
        acceleratorWorksWhenHidden: true,
      },
      { role: 'zoomOut', label: 'Zoom ud', accelerator: 'CmdOrCtrl+-' },
      separator,
      { role: 'togglefullscreen', label: 'Fuld skærm' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Hjælp',
    role: 'help',
    submenu: [
      ...(isMac ? [] : [command('Om Barometerbrev', 'show-about'), separator]),
      command('Hvor er mine data?', 'show-data-location'),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
