// The one contract the UI uses for everything outside the page: files, printing, app info, menu commands.
// The desktop build fulfils it through the preload; a plain browser through downloads and file inputs.
import type { BarometerbrevApi } from '../../shared/platform-api';

export type {
  AppInfo,
  FileFilter,
  MenuCommand,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesRequest,
  SaveFilesResult,
  PrintToPdfRequest,
  PrintToPdfResult,
} from '../../shared/platform-api';

export interface Platform extends BarometerbrevApi {
  /** True inside the Electron shell (native dialogs, menu); false in a browser. */
  readonly isDesktop: boolean;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    barometerbrev?: BarometerbrevApi;
  }
}
