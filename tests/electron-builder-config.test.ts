// Pins the packaging config: what goes into the app, the installers, the fuses and the icons.
// js-yaml is not a direct dependency: it comes with electron-builder (app-builder-lib), which reads this same
// file with it. It has no bundled types, hence the small typed require below.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = path.resolve(import.meta.dirname, '..');
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

function section(name: string): Record<string, unknown> {
  const value = config[name];
  if (typeof value !== 'object' || value === null)
    throw new Error(`Afsnittet «${name}» mangler i electron-builder.yml`);
  return value as Record<string, unknown>;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const asset = (...parts: string[]) => readFileSync(path.join(root, 'assets', ...parts));

describe('electron-builder.yml', () => {
  it('names the product and keeps its id stable (the id decides where Windows keeps user data)', () => {
    expect(config.productName).toBe('Barometerbrev');
    expect(config.appId).toBe('dk.kk.barometerbrev');
    expect(section('directories').output).toBe('release');
  });

  it('packs only the build output, into asar, without source maps', () => {
    expect(config.files).toEqual(['dist/renderer/**', 'dist-electron/**', 'package.json', '!**/*.map']);
    expect(config.asar).toBe(true);
  });

  it('flips the fuses that close Electron’s side doors', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an NSIS installer, a DMG, an AppImage and a .deb', () => {
    expect(section('win').target).toEqual(['nsis']);
    expect(section('mac').target).toEqual(['dmg']);
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('linux').maintainer).toMatch(/^Københavns Kommune <[^@\s]+@kk\.dk>$/);
    expect(section('extraMetadata').homepage).toMatch(/^https:\/\//);
  });

  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { warn(message: string): void }): Promise<void>;
    };
    const warnings: string[] = [];
    await validateConfiguration(config, { warn: (message) => warnings.push(message) });
    expect(warnings).toEqual([]);
  });
});

describe('icons', () => {
  it('has a 1024×1024 app icon and the SVG it was drawn from', () => {
    expect(pngSize(asset('icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(asset('icon.svg').toString('utf8')).toContain('<svg');
  });

  it.each([16, 24, 32, 48, 64, 128, 256, 512])('has the Linux icon %ipx', (size) => {
    expect(pngSize(asset('icons', `${size}x${size}.png`))).toEqual({ width: size, height: size });
  });

  it('has a Windows .ico with PNG images up to 256px', () => {
    const ico = asset('icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => {
      const entry = 6 + 16 * index;
      const image = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      const declared = ico.readUInt8(entry) || 256;
      expect(pngSize(image).width).toBe(declared);
      return declared;
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has a macOS .icns with 128–1024px PNG entries and a correct length', () => {
    const icns = asset('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries: Record<string, number> = {};
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      entries[icns.toString('ascii', offset, offset + 4)] = pngSize(icns.subarray(offset + 8)).width;
    }
    expect(entries).toEqual({ ic07: 128, ic08: 256, ic09: 512, ic10: 1024 });
  });

  it('points every platform at an icon that exists', () => {
    for (const [platform, key] of [
      ['win', 'icon'],
      ['mac', 'icon'],
      ['linux', 'icon'],
    ] as const) {
      expect(existsSync(path.join(root, String(section(platform)[key])))).toBe(true);
    }
  });
});
