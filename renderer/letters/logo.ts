import { useLiveQuery } from 'dexie-react-hooks';
import {
  DEFAULT_LETTERHEAD,
  bytesToDataUrl,
  checkLogoFile,
  dataUrlBytes,
  logoSizeProblem,
  pngSize,
  readLetterhead,
  type LetterheadSetting,
  type StoredLogo,
} from '../../shared/letter/logo-check';
import { getDb } from '../db/connection';
import type { BarometerDb } from '../db/database';
import { readSetting, writeSetting } from '../db/settings';

/*
 * The sender's own letterhead logo (Settings › Brevhoved), stored in the database under the setting `letterhead`
 * and so in every backup. The app ships no municipality's logo: without an upload, letters have none.
 */

export async function loadLetterhead(db: BarometerDb = getDb()): Promise<LetterheadSetting> {
  return readLetterhead(await readSetting<unknown>(db, 'letterhead'));
}

export async function saveLetterhead(setting: LetterheadSetting, db: BarometerDb = getDb()): Promise<void> {
  await writeSetting(db, 'letterhead', setting);
}

/** The stored letterhead, live (undefined while loading). */
export function useLetterhead(): LetterheadSetting | undefined {
  return useLiveQuery(() => loadLetterhead(), []);
}

/** The logo's PNG bytes for the .docx, or undefined when there is none. */
export function logoPngBytes(letterhead: LetterheadSetting): Uint8Array | undefined {
  return letterhead.logo ? (dataUrlBytes(letterhead.logo.pngDataUrl) ?? undefined) : undefined;
}

/** Logo and position for buildLetterDocx. */
export async function loadLogoOptions(
  db: BarometerDb = getDb(),
): Promise<{ logoPng?: Uint8Array; logoPosition: LetterheadSetting['position'] }> {
  const letterhead = await loadLetterhead(db);
  const logoPng = logoPngBytes(letterhead);
  return logoPng ? { logoPng, logoPosition: letterhead.position } : { logoPosition: letterhead.position };
}

/** The logo's PNG bytes for the .docx, or undefined when the sender has uploaded none. */
export async function loadLogoBytes(): Promise<Uint8Array | undefined> {
  try {
    return logoPngBytes(await loadLetterhead());
  } catch {
    // A letter without the logo is better than no letter: the export goes on.
    return undefined;
  }
}

/**
 * Size of the logo in CSS px inside a box, exactly as the .docx sizes its PNG (letter-parts.ts pngImageRun: fit the
 * box, never enlarge). Only the PNG's 24-byte header is decoded.
 */
export function logoDisplaySize(
  logo: StoredLogo,
  box: { width: number; height: number },
): { width: number; height: number } {
  const header = dataUrlBytes(logo.pngDataUrl.slice(0, logo.pngDataUrl.indexOf(',') + 1 + 44));
  const size = (header && pngSize(header)) ?? { width: logo.width, height: logo.height };
  const scale = Math.min(box.width / size.width, box.height / size.height, 1);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/** SVG logos are rasterised at 3 × the largest logo box (220 × 70 px), sharp in print and in Word. */
const RASTER_BOX = { width: 660, height: 210 };

async function rasteriseSvg(dataUrl: string, width: number, height: number): Promise<string> {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const scale = Math.min(RASTER_BOX.width / width, RASTER_BOX.height / height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/** Reads, checks and prepares an uploaded logo; a Danish message when it cannot be used. */
export async function prepareLogoFile(file: File): Promise<LogoPreparation> {
  // Refuse a huge file before reading it into memory.
  const tooLarge = logoSizeProblem(file.name, file.size);
  if (tooLarge) return { ok: false, message: tooLarge };
  return prepareLogo(file.name, new Uint8Array(await file.arrayBuffer()));
}

export type LogoPreparation = { ok: true; logo: StoredLogo } | { ok: false; message: string };

/** Checks the bytes (PNG or SVG) and makes the stored logo: SVG kept for the preview, rasterised to PNG for Word. */
export async function prepareLogo(name: string, bytes: Uint8Array): Promise<LogoPreparation> {
  const check = checkLogoFile(name, bytes);
  if (!check.ok) return check;
  const { format, width, height } = check.logo;
  const dataUrl = bytesToDataUrl(bytes, format === 'png' ? 'image/png' : 'image/svg+xml');
  let pngDataUrl = dataUrl;
  if (format === 'svg') {
    try {
      pngDataUrl = await rasteriseSvg(dataUrl, width, height);
    } catch {
      return {
        ok: false,
        message: `«${name}» kunne ikke tegnes som billede. Kontrollér at SVG-filen kan åbnes i en browser, eller brug PNG.`,
      };
    }
  }
  return { ok: true, logo: { fileName: name, format, dataUrl, pngDataUrl, width, height } };
}

export { DEFAULT_LETTERHEAD };
