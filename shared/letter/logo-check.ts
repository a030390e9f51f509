import { z } from 'zod';
import { formatNumber } from '../domain/wording';

/**
 * The sender's own letterhead logo (Settings › Brevhoved): checks of an uploaded file and the stored shape.
 * Pure: the renderer reads the file and rasterises SVG; this module decides what is acceptable and says why not.
 */

/** Largest logo file accepted: a letterhead logo is small; larger files would bloat every letter and backup. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** Largest side in pixels (PNG) or user units (SVG). */
export const LOGO_MAX_SIDE = 4000;
/** Smallest side: anything smaller cannot be read on paper. */
export const LOGO_MIN_SIDE = 16;

export type LogoFormat = 'png' | 'svg';
export type LogoPosition = 'left' | 'right';

export interface CheckedLogo {
  format: LogoFormat;
  width: number;
  height: number;
}

export type LogoCheck = { ok: true; logo: CheckedLogo } | { ok: false; message: string };

/** A stored logo: the uploaded file as it was (for the preview) and PNG bytes for the .docx (SVG rasterised). */
export interface StoredLogo {
  fileName: string;
  format: LogoFormat;
  /** `data:` URL of the uploaded file. */
  dataUrl: string;
  /** `data:image/png;base64,…` for the Word file: the upload itself for PNG, a rasterised copy for SVG. */
  pngDataUrl: string;
  width: number;
  height: number;
}

/** Settings key `letterhead`. No logo is the neutral default: the app ships no municipality's logo. */
export interface LetterheadSetting {
  logo: StoredLogo | null;
  position: LogoPosition;
}

export const DEFAULT_LETTERHEAD: LetterheadSetting = { logo: null, position: 'right' };

const PNG_PREFIX = 'data:image/png;base64,';
const SVG_PREFIX = 'data:image/svg+xml;base64,';
/** Base64 grows by 4/3; a rasterised SVG may be somewhat larger than the upload limit. */
const MAX_DATA_URL = Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64;
const MAX_PNG_DATA_URL = 2 * MAX_DATA_URL;

const side = z.number().int().min(1).max(LOGO_MAX_SIDE);

export const storedLogoSchema = z
  .strictObject({
    fileName: z.string().max(255),
    format: z.enum(['png', 'svg']),
    dataUrl: z.string().max(MAX_DATA_URL),
    pngDataUrl: z.string().startsWith(PNG_PREFIX).max(MAX_PNG_DATA_URL),
    width: side,
    height: side,
  })
  .refine(
    (logo) => logo.dataUrl.startsWith(logo.format === 'png' ? PNG_PREFIX : SVG_PREFIX),
    'Logoets data passer ikke til dets format (PNG eller SVG).',
  )
  .refine((logo) => {
    const png = dataUrlBytes(logo.pngDataUrl);
    return png !== null && pngSize(png) !== null;
  }, 'Logoets PNG-kopi er ikke et gyldigt PNG-billede.');

export const letterheadSchema = z.strictObject({
  logo: storedLogoSchema.nullable(),
  position: z.enum(['left', 'right']),
}) satisfies z.ZodType<LetterheadSetting>;

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG with a header. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** What a file that is neither PNG nor SVG probably is, so the message can say "JPEG" instead of "ukendt". */
function sniffOther(bytes: Uint8Array): string | null {
  const starts = (...prefix: number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'et JPEG-billede';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'et GIF-billede';
  if (starts(0x42, 0x4d)) return 'et BMP-billede';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP')
    return 'et WebP-billede';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'en PDF-fil';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'en zip-fil (fx et Word-dokument)';
  return null;
}

const formatMb = (bytes: number): string => `${formatNumber(bytes / (1024 * 1024), 1)} MB`;

function sizeProblem(name: string, width: number, height: number, unit: string): string | null {
  if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE)
    return `Logoet «${name}» er ${width} × ${height} ${unit}. Det må højst være ${LOGO_MAX_SIDE} ${unit} i hver retning: gem det i en mindre størrelse og prøv igen.`;
  if (width < LOGO_MIN_SIDE || height < LOGO_MIN_SIDE)
    return `Logoet «${name}» er kun ${width} × ${height} ${unit}. Det skal være mindst ${LOGO_MIN_SIDE} ${unit} i hver retning for at kunne læses på papir.`;
  return null;
}

/** A length attribute in SVG user units ("120", "120px", "120.5"); null for %, em, mm and the like. */
function svgLength(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  return match ? Number(match[1]) : null;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[2] ?? match[3]) : undefined;
}

function checkSvg(name: string, bytes: Uint8Array): LogoCheck {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, message: `«${name}» er ikke en gyldig SVG-fil: teksten er ikke UTF-8.` };
  }
  // Entities can expand without bound or reach files: a logo needs no DOCTYPE.
  if (/<!DOCTYPE/i.test(text))
    return { ok: false, message: `«${name}» indeholder en DOCTYPE-erklæring, som et logo ikke må have.` };
  const withoutProlog = text.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const root = /^\s*<([A-Za-z_][\w:.-]*)([^>]*)>/.exec(withoutProlog);
  if (!root)
    return {
      ok: false,
      message: `«${name}» er hverken et PNG- eller et SVG-billede. Gem logoet som PNG eller SVG og prøv igen.`,
    };
  const rootName = root[1] ?? '';
  if (rootName.replace(/^.*:/, '') !== 'svg')
    return {
      ok: false,
      message: `«${name}» er ikke en SVG-fil: dens rodelement er <${rootName}>, ikke <svg>.`,
    };
  if (/<(?:[\w-]+:)?script[\s>/]/i.test(text))
    return { ok: false, message: `«${name}» indeholder et script (<script>), som et logo ikke må have.` };
  if (/<(?:[\w-]+:)?foreignObject[\s>/]/i.test(text))
    return { ok: false, message: `«${name}» indeholder <foreignObject>, som et logo ikke må have.` };
  if (/\son[a-z]+\s*=/i.test(text))
    return {
      ok: false,
      message: `«${name}» indeholder hændelseskode (fx onload=), som et logo ikke må have.`,
    };
  const external = /(?:href|src)\s*=\s*["']\s*(?!#|data:)([^"']+)["']/i.exec(text);
  if (external)
    return {
      ok: false,
      message: `«${name}» henter indhold fra en anden fil eller adresse (${external[1]}). Et logo skal være helt i én fil.`,
    };
  const tag = root[0];
  let width = svgLength(attribute(tag, 'width'));
  let height = svgLength(attribute(tag, 'height'));
  const viewBox = attribute(tag, 'viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite)) {
    const [, , boxWidth = 0, boxHeight = 0] = viewBox;
    if (boxWidth > 0 && boxHeight > 0) {
      if (width === null && height === null) [width, height] = [boxWidth, boxHeight];
      else if (width === null && height !== null) width = (height * boxWidth) / boxHeight;
      else if (height === null && width !== null) height = (width * boxHeight) / boxWidth;
    }
  }
  if (width === null || height === null || width <= 0 || height <= 0)
    return {
      ok: false,
      message: `«${name}» mangler en størrelse: giv <svg> en width og height i pixel eller en viewBox.`,
    };
  const logo = { format: 'svg' as const, width: Math.round(width), height: Math.round(height) };
  const problem = sizeProblem(name, logo.width, logo.height, 'enheder');
  return problem ? { ok: false, message: problem } : { ok: true, logo };
}

/** The message for a file over the size limit (checked before the file is read), else null. */
export function logoSizeProblem(name: string, byteLength: number): string | null {
  return byteLength > LOGO_MAX_BYTES
    ? `Logoet «${name}» fylder ${formatMb(byteLength)}. Det må højst fylde ${LOGO_MAX_BYTES / (1024 * 1024)} MB.`
    : null;
}

/** Checks an uploaded logo by its bytes (never by its name): PNG by signature and header, SVG by its XML root. */
export function checkLogoFile(name: string, bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, message: `«${name}» er tom.` };
  const tooLarge = logoSizeProblem(name, bytes.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const size = pngSize(bytes);
    if (!size)
      return {
        ok: false,
        message: `«${name}» er et ødelagt PNG-billede: billedets hoved (IHDR) mangler eller er forkert.`,
      };
    const problem = sizeProblem(name, size.width, size.height, 'pixel');
    return problem ? { ok: false, message: problem } : { ok: true, logo: { format: 'png', ...size } };
  }
  const other = sniffOther(bytes);
  if (other)
    return {
      ok: false,
      message: `«${name}» er ${other}, ikke PNG eller SVG. Gem logoet som PNG eller SVG og prøv igen.`,
    };
  return checkSvg(name, bytes);
}

/** Bytes of a base64 `data:` URL; null when it is not one. */
export function dataUrlBytes(dataUrl: string): Uint8Array | null {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) return null;
  try {
    const binary = atob(dataUrl.slice(comma + 1));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

/** A base64 `data:` URL of the bytes. */
export function bytesToDataUrl(bytes: Uint8Array, mime: string): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  return `data:${mime};base64,${btoa(binary)}`;
}

/** The stored setting, or the neutral default when it is missing or not valid (e.g. written by a newer version). */
export function readLetterhead(value: unknown): LetterheadSetting {
  const parsed = letterheadSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_LETTERHEAD;
}
