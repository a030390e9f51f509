// The desktop platform: a thin pass-through to the preload's window.barometerbrev.
import type { BarometerbrevApi } from '../../shared/platform-api';
import type { Platform } from './platform';

export function createDesktopPlatform(api: BarometerbrevApi): Platform {
  return {
    isDesktop: true,
    saveFile: (request) => api.saveFile(request),
    openFile: (request) => api.openFile(request),
    saveFiles: (request) => api.saveFiles(request),
    printToPdf: (request) => api.printToPdf(request),
    getAppInfo: () => api.getAppInfo(),
    onMenuCommand: (callback) => api.onMenuCommand(callback),
  };
}
