// Draws Barometerbrev's mark (a barometer gauge: red–yellow–green arc with a needle, on a white rounded square),
// renders it with headless Chromium and writes every icon format the installers need: assets/icon.svg,
// icon.png (1024), icons/NxN.png (Linux), icon.ico (Windows), icon.icns (macOS). Run: node scripts/make-icons.mjs
// (the outputs are committed). No letterhead logo is made: the sender uploads its own (Indstillinger › Brevhoved).
import { chromium } from 'playwright-core';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = path.join(root, 'assets');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_TYPES = [
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** Point on the gauge circle (centre 256,300, radius r) at an angle in degrees, 180 = left, 0 = right. */
function polar(r, degrees) {
  const radians = (degrees * Math.PI) / 180;
  return [256 + r * Math.cos(radians), 300 - r * Math.sin(radians)].map((n) => n.toFixed(2)).join(' ');
}

function arc(r, from, to) {
  return `M ${polar(r, from)} A ${r} ${r} 0 0 1 ${polar(r, to)}`;
}

// Kommunens trafiklys: rød, gul, grøn — the same three states the letters report.
export const MARK_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect x="16" y="16" width="480" height="480" rx="96" fill="#ffffff" stroke="#d0d4da" stroke-width="8"/>
  <g fill="none" stroke-width="56" stroke-linecap="butt">
    <path d="${arc(170, 180, 122)}" stroke="#d2222d"/>
    <path d="${arc(170, 118, 62)}" stroke="#ffbf00"/>
    <path d="${arc(170, 58, 0)}" stroke="#238823"/>
  </g>
  <line x1="256" y1="300" x2="${polar(150, 40).split(' ')[0]}" y2="${polar(150, 40).split(' ')[1]}"
        stroke="#1f2933" stroke-width="18" stroke-linecap="round"/>
  <circle cx="256" cy="300" r="30" fill="#1f2933"/>
  <rect x="136" y="372" width="240" height="22" rx="11" fill="#1f2933" opacity="0.85"/>
</svg>
`;

function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((png) => png.data)]);
}

function icns(entries) {
  const chunks = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function main() {
  const profile = await mkdtemp(path.join(tmpdir(), 'barometerbrev-icons-'));
  // A fresh, throw-away profile: Playwright wants it as the persistent context's directory.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    const renderMark = async (size) => {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${MARK_SVG.replace(
          'width="512" height="512"',
          `width="${size}" height="${size}"`,
        )}</body></html>`,
      );
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    };

    const pngBySize = new Map();
    for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES, 1024]))
      pngBySize.set(size, await renderMark(size));

    await mkdir(path.join(assets, 'icons'), { recursive: true });
    await writeFile(path.join(assets, 'icon.svg'), MARK_SVG);
    await writeFile(path.join(assets, 'icon.png'), pngBySize.get(1024));
    for (const size of LINUX_SIZES) {
      await writeFile(path.join(assets, 'icons', `${size}x${size}.png`), pngBySize.get(size));
    }
    await writeFile(
      path.join(assets, 'icon.ico'),
      ico(ICO_SIZES.map((size) => ({ size, data: pngBySize.get(size) }))),
    );
    await writeFile(
      path.join(assets, 'icon.icns'),
      icns(ICNS_TYPES.map(([type, size]) => ({ type, data: pngBySize.get(size) }))),
    );
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`Ikoner skrevet til ${path.relative(process.cwd(), assets) || 'assets'}/`);
}

await main();
