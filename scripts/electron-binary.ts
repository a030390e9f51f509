import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Path of Electron's binary when it has been downloaded, else null. Electron 45 fetches its binary on first
 * use; reading `path.txt` ourselves avoids triggering that download (it fails on machines without internet).
 */
export function findElectronBinary(projectRoot: string): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const override = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(override) ? override : null;
  }
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
