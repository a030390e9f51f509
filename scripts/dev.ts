/** `npm run dev`: Vite's dev server with hot reload, in Electron when its binary is present, else in Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { findElectronBinary } from './electron-binary';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium';

const projectRoot = resolve(import.meta.dirname, '..');
const server = await createServer({ configFile: join(projectRoot, 'vite.config.ts') });
await server.listen();
const url = 'http://127.0.0.1:5173/';
const electron = findElectronBinary(projectRoot);
if (electron) {
  spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build-electron.mjs')], { stdio: 'inherit' });
  const child = spawn(electron, [projectRoot], {
    stdio: 'inherit',
    env: { ...process.env, BAROMETERBREV_DEV_URL: url },
  });
  child.on('exit', () => void server.close().then(() => process.exit(0)));
} else {
  const chromium = findChromium();
  console.log(`Electron mangler, så udviklingsserveren kører i browsertilstand på ${url}`);
  if (chromium) {
    const profile = mkdtempSync(join(tmpdir(), 'barometerbrev-dev-'));
    spawn(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--app=${url}`], { stdio: 'ignore' });
  }
}
