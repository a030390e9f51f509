/**
 * `npm start`: builds the app, then runs it in Electron, or (when Electron's binary cannot be had, as on
 * machines without internet) in browser mode: the same build served from 127.0.0.1 in a Chromium app window.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electron-binary';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium';
import { startStaticServer } from './static-server';

const projectRoot = resolve(import.meta.dirname, '..');
/** Fixed, because IndexedDB data belongs to the origin: another port would show an empty database. */
const BROWSER_MODE_PORT = Number(process.env.BAROMETERBREV_PORT ?? 4178);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary(): string | null {
  const existing = findElectronBinary(projectRoot);
  if (existing || process.env.BAROMETERBREV_BROWSER_MODE) return existing;
  // First start on a normal machine: fetch Electron's binary now (Electron 45 downloads on first use).
  spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron', 'install.js')], {
    cwd: projectRoot,
    stdio: 'ignore',
    timeout: 5 * 60_000,
  });
  return findElectronBinary(projectRoot);
}

/** Linux without X11 or Wayland (a server, a CI box) has nowhere to show a window. */
function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function startBrowserMode(): Promise<void> {
  const server = await startStaticServer(join(projectRoot, 'dist', 'renderer'), BROWSER_MODE_PORT);
  const keepServing = `Barometerbrev kører i browsertilstand på ${server.url} – åbn adressen i Chromium eller Chrome. Stop med Ctrl+C.`;
  const chromium = findChromium();
  if (!chromium || !hasDisplay()) {
    console.log(keepServing);
    return;
  }
  const profile = join(homedir(), '.config', 'barometerbrev-browser');
  mkdirSync(profile, { recursive: true });
  console.log(`Barometerbrev kører i browsertilstand på ${server.url} (Chromium-appvindue).`);
  const browser = spawn(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--app=${server.url}`], {
    stdio: 'ignore',
  });
  // Closing the app window ends the app; a window that could not open leaves the server for another browser.
  browser.on('exit', (code) => {
    if (code === 0) void server.close().then(() => process.exit(0));
    else console.log(`Chromium-vinduet kunne ikke åbnes. ${keepServing}`);
  });
}

run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
const electron = electronBinary();
if (electron) {
  const child = spawn(electron, [projectRoot], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron kunne ikke hentes på denne maskine, så Barometerbrev starter i browsertilstand i stedet.',
  );
  await startBrowserMode();
}
