import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../shared/platform-api';
import { buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = flatten(items).find((candidate) => candidate.label === label && candidate.visible !== false);
  if (!item) throw new Error(`Menupunktet «${label}» mangler`);
  return item;
}

describe('buildMenuTemplate', () => {
  const sendCommand = vi.fn();
  const windows = buildMenuTemplate({ platform: 'win32', isDev: false, sendCommand });
  const mac = buildMenuTemplate({ platform: 'darwin', isDev: false, sendCommand });

  it('has the Danish top-level menus', () => {
    expect(windows.map((item) => item.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjælp']);
    expect(mac.map((item) => item.label)).toEqual(['Barometerbrev', 'Fil', 'Rediger', 'Vis', 'Hjælp']);
  });

  it.each([
    ['Nyt brev', 'CmdOrCtrl+N', 'new-letter'],
    ['Importér data…', 'CmdOrCtrl+O', 'import-data'],
    ['Åbn gennemsyn…', undefined, 'open-review'],
    ['Gem', 'CmdOrCtrl+S', 'save'],
    ['Eksportér som Word…', 'CmdOrCtrl+E', 'export-docx'],
    ['Oversigt', 'CmdOrCtrl+1', 'show-overview'],
    ['Hvor er mine data?', undefined, 'show-data-location'],
    ['Om Barometerbrev', undefined, 'show-about'],
  ])('«%s» (%s) sends the %s command to the renderer', (label, accelerator, command) => {
    sendCommand.mockClear();
    const item = find(windows, label);
    expect(item.accelerator).toBe(accelerator);
    item.click?.({} as never, undefined, {} as never);
    expect(sendCommand).toHaveBeenCalledWith(command);
    expect(MENU_COMMANDS).toContain(command);
  });

  it('uses native roles with Danish labels for editing and zoom', () => {
    expect(find(windows, 'Fortryd')).toMatchObject({ role: 'undo', accelerator: 'CmdOrCtrl+Z' });
    expect(find(windows, 'Gentag')).toMatchObject({ role: 'redo', accelerator: 'Ctrl+Y' });
    expect(find(mac, 'Gentag')).toMatchObject({ role: 'redo', accelerator: 'Shift+Cmd+Z' });
    expect(find(windows, 'Sæt ind')).toMatchObject({ role: 'paste' });
    expect(find(windows, 'Markér alt')).toMatchObject({ role: 'selectAll' });
    expect(find(windows, 'Faktisk størrelse')).toMatchObject({
      role: 'resetZoom',
      accelerator: 'CmdOrCtrl+0',
    });
    expect(find(windows, 'Zoom ud')).toMatchObject({ role: 'zoomOut', accelerator: 'CmdOrCtrl+-' });
    const zoomIn = flatten(windows)
      .filter((item) => item.role === 'zoomIn')
      .map((item) => item.accelerator);
    expect(zoomIn).toEqual(['CmdOrCtrl+=', 'CmdOrCtrl+Plus']);
    expect(find(windows, 'Fuld skærm')).toMatchObject({ role: 'togglefullscreen' });
  });

  it('puts Afslut under Fil on Windows and in the app menu on macOS', () => {
    expect(find(windows, 'Afslut')).toMatchObject({ role: 'quit' });
    expect(() => find(mac, 'Afslut')).toThrow();
    expect(find(mac, 'Afslut Barometerbrev')).toMatchObject({ role: 'quit' });
  });

  it('offers reload and developer tools only in development', () => {
    expect(() => find(windows, 'Genindlæs')).toThrow();
    expect(flatten(windows).some((item) => item.role === 'toggleDevTools')).toBe(false);
    const dev = buildMenuTemplate({ platform: 'linux', isDev: true, sendCommand });
    expect(find(dev, 'Genindlæs')).toMatchObject({ role: 'reload' });
  });
});
