// The browser fallbacks: downloads instead of save dialogs, a hidden file input instead of the open dialog,
// one .zip instead of a folder, the print dialog instead of print-to-PDF. No menu exists, so no commands.
import { zipSync } from 'fflate';
import { fileTooLargeMessage, numberedFileName } from '../../shared/platform-api';
import type {
  AppInfo,
  FileFilter,
  OpenFileRequest,
  OpenFileResult,
  Platform,
  SaveFilesRequest,
} from './platform';
import { shortcutCommand } from './shortcuts';

export const BROWSER_DATA_LOCATION =
  'Breve og data gemmes i browserens IndexedDB for 127.0.0.1 på denne computer. ' +
  'Rydder du browserens data for siden, forsvinder de.';

function appVersion(): string {
  return __APP_VERSION__ || 'ukendt';
}

/** Starts a download of the bytes under the given name. */
export function downloadBytes(name: string, data: Uint8Array, mime = 'application/octet-stream'): void {
  // Copy into a fresh ArrayBuffer: the Blob must not alias memory the caller may reuse.
  const blob = new Blob([data.slice().buffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "brev.docx" → "brev (2).docx" for the second file of that name: a zip must not hold duplicates. */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = numberedFileName(name, n);
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

export function buildZip(request: SaveFilesRequest): Uint8Array {
  const names = uniqueNames(request.files.map((file) => file.name));
  const entries: Record<string, Uint8Array> = {};
  request.files.forEach((file, index) => {
    entries[names[index] ?? file.name] = file.data;
  });
  return zipSync(entries, { level: 6 });
}

export function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters
    .flatMap((filter) => filter.extensions)
    .filter((extension) => extension !== '*')
    .map((extension) => `.${extension}`)
    .join(',');
}

function openFile({ filters, maxBytes }: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve({ canceled: true });
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) return resolve({ canceled: true });
      if (file.size > maxBytes) {
        return reject(new Error(fileTooLargeMessage(file.name, file.size, maxBytes)));
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ canceled: false, name: file.name, data: new Uint8Array(buffer) }),
        () => reject(new Error(`Filen «${file.name}» kunne ikke læses.`)),
      );
    });
    document.body.append(input);
    input.click();
  });
}

export function createBrowserPlatform(): Platform {
  return {
    isDesktop: false,
    async saveFile({ suggestedName, data }) {
      downloadBytes(suggestedName, data);
      // The browser decides where downloads go; we cannot know the path or whether the user kept it.
      return { saved: true };
    },
    openFile,
    async saveFiles(request) {
      if (request.files.length === 0) return { saved: 0 };
      downloadBytes('Barometerbrev-breve.zip', buildZip(request), 'application/zip');
      return { saved: request.files.length };
    },
    async printToPdf() {
      // The print dialog offers "Gem som PDF" in every current browser.
      window.print();
      return { saved: false };
    },
    async getAppInfo(): Promise<AppInfo> {
      return {
        version: appVersion(),
        platform: 'browser',
        userDataPath: '',
        dataLocationDescription: BROWSER_DATA_LOCATION,
      };
    },
    onMenuCommand(callback) {
      const listener = (event: KeyboardEvent): void => {
        const command = shortcutCommand(event);
        if (!command) return;
        // Ctrl+S would save the page's HTML, Ctrl+O open a file in the browser: the app's meaning wins.
        event.preventDefault();
        callback(command);
      };
      window.addEventListener('keydown', listener);
      return () => window.removeEventListener('keydown', listener);
    },
  };
}
