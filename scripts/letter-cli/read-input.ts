import { readFile } from 'node:fs/promises';
import { CliDataError } from './prepare-letter';

/**
 * Reads a file named on the command line; a missing file, a folder or an unreadable file becomes a Danish CliDataError
 * naming it («Kan ikke læse datafilen «data.csv»: filen findes ikke.»). `what` is the file's role with its article
 * ("datafilen "), or "" for a file whose role the command already says.
 */
export async function readInputFile(path: string, what = ''): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'filen findes ikke'
        : code === 'EISDIR'
          ? 'det er en mappe'
          : 'filen kan ikke læses';
    throw new CliDataError(`Kan ikke læse ${what}«${path}»: ${reason}.`);
  }
}
