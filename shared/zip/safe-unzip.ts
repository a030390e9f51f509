import { Inflate } from 'fflate';

/**
 * Unpacking ZIP archives (.xlsx, .docx) from untrusted hands without letting them exhaust the
 * machine. Only the entries the caller asks for are inflated; their sizes are checked against the
 * limits from the central directory BEFORE anything is inflated, and again while inflating, byte
 * by byte, because the sizes an archive declares can lie. Pure: no DOM, no node built-ins.
 */

export interface ZipLimits {
  /** Largest inflated size of one wanted entry, in bytes. */
  maxEntryBytes: number;
  /** Largest inflated size of all wanted entries together, in bytes. */
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio of one entry … */
  maxRatio: number;
  /** … counted only once the entry has inflated past this many bytes (small files compress oddly). */
  ratioFloorBytes: number;
  /** Most entries the central directory may list (wanted or not). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
});

export type ZipErrorKind =
  | 'damaged'
  | 'unsupported'
  | 'too-many-entries'
  | 'entry-too-large'
  | 'total-too-large'
  | 'ratio'
  | 'size-mismatch'
  | 'duplicate';

/** The archive is damaged or would exceed a limit. The message is Danish and meant for the user. */
export class ZipSafetyError extends Error {
  constructor(
    readonly kind: ZipErrorKind,
    message: string,
    readonly entryName?: string,
  ) {
    super(message);
    this.name = 'ZipSafetyError';
  }
}

/** One entry as the central directory describes it. */
export interface ZipEntryInfo {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** The inflated size the archive claims; verified while inflating. */
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

export interface SafeUnzipOptions {
  /** Which entries to inflate; everything else is never touched. */
  wanted: (name: string) => boolean;
  limits?: Partial<ZipLimits>;
  /** How the file is named in messages, e.g. "Excel-filen" (default "Filen"). */
  label?: string;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;
/**
 * Compressed bytes fed to the inflater per step. DEFLATE yields at most ~1032× its input, so the first
 * steps are small (4 KB: at most ~4 MB before the checks run); once the entry shows an ordinary ratio
 * the steps grow, up to 256 KB, so that each still yields about 4 MB (fewer steps, less copying).
 */
const FIRST_FEED_BYTES = 4096;
const MAX_FEED_BYTES = 256 * 1024;
const OUTPUT_PER_STEP = 4 * 1024 * 1024;

const u16 = (d: Uint8Array, at: number): number => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8);
const u32 = (d: Uint8Array, at: number): number => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0;

const MB = 1024 * 1024;
/** "1.024 MB" / "512 kB", Danish thousands separator. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round(bytes / MB).toLocaleString('da-DK')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('da-DK')} kB`;
}

function damaged(label: string, detail: string): ZipSafetyError {
  return new ZipSafetyError('damaged', `${label} kan ikke pakkes ud; den er måske beskadiget (${detail}).`);
}

/** Reads the central directory only (nothing is inflated). */
export function listZipEntries(
  bytes: Uint8Array,
  options: { limits?: Partial<ZipLimits>; label?: string } = {},
): ZipEntryInfo[] {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const label = options.label ?? 'Filen';
  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged(label, 'ZIP-indholdsfortegnelsen mangler');
  if (eocd >= 20 && u32(bytes, eocd - 20) === EOCD64_LOCATOR) {
    throw new ZipSafetyError(
      'unsupported',
      `${label} er en ZIP64-fil; den form understøttes ikke. Gem filen igen.`,
    );
  }
  const count = u16(bytes, eocd + 10);
  const directorySize = u32(bytes, eocd + 12);
  let at = u32(bytes, eocd + 16);
  if (count > limits.maxEntries) {
    throw new ZipSafetyError(
      'too-many-entries',
      `${label} indeholder ${count.toLocaleString('da-DK')} dele; højst ${limits.maxEntries.toLocaleString('da-DK')} er tilladt.`,
    );
  }
  if (at + directorySize > eocd) throw damaged(label, 'indholdsfortegnelsen peger uden for filen');
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL)
      throw damaged(label, 'indholdsfortegnelsen er ufuldstændig');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const declaredSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localHeaderOffset = u32(bytes, at + 42);
    if (at + 46 + nameLength > eocd) throw damaged(label, 'et filnavn i indholdsfortegnelsen er afkortet');
    const name = new TextDecoder('utf-8', { fatal: false }).decode(
      bytes.subarray(at + 46, at + 46 + nameLength),
    );
    if (compressedSize === MAX_U32 || declaredSize === MAX_U32 || localHeaderOffset === MAX_U32) {
      throw new ZipSafetyError(
        'unsupported',
        `${label} er en ZIP64-fil; den form understøttes ikke. Gem filen igen.`,
      );
    }
    entries.push({
      name,
      method,
      compressedSize,
      declaredSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates the wanted entries of a ZIP archive within the limits, or throws ZipSafetyError with
 * a Danish message naming the entry and the limit. Returns the entries by name.
 */
export function safeUnzip(bytes: Uint8Array, options: SafeUnzipOptions): Record<string, Uint8Array> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const label = options.label ?? 'Filen';
  const entries = listZipEntries(bytes, { limits, label }).filter((entry) => options.wanted(entry.name));

  // First pass: the declared sizes, before a single byte is inflated.
  const seen = new Set<string>();
  let declaredTotal = 0;
  for (const entry of entries) {
    if (seen.has(entry.name)) {
      throw new ZipSafetyError(
        'duplicate',
        `${label} indeholder delen «${entry.name}» to gange.`,
        entry.name,
      );
    }
    seen.add(entry.name);
    if (entry.encrypted) {
      throw new ZipSafetyError(
        'unsupported',
        `${label} er beskyttet med adgangskode; fjern beskyttelsen og gem den igen.`,
        entry.name,
      );
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipSafetyError(
        'unsupported',
        `${label} bruger en ukendt komprimering (metode ${entry.method}) i delen «${entry.name}».`,
        entry.name,
      );
    }
    checkEntrySize(entry, entry.declaredSize, limits, label);
    declaredTotal += entry.declaredSize;
    checkTotal(declaredTotal, limits, label);
  }

  // Second pass: inflate, counting the bytes that really come out.
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry, label);
    const out = entry.method === 0 ? data.slice() : inflateBounded(data, entry, limits, label, total);
    if (out.length !== entry.declaredSize) {
      throw new ZipSafetyError(
        'size-mismatch',
        `${label} oplyser en forkert størrelse for delen «${entry.name}» og kan ikke åbnes sikkert.`,
        entry.name,
      );
    }
    total += out.length;
    checkTotal(total, limits, label);
    files[entry.name] = out;
  }
  return files;
}

function checkEntrySize(entry: ZipEntryInfo, size: number, limits: ZipLimits, label: string): void {
  if (size > limits.maxEntryBytes) {
    throw new ZipSafetyError(
      'entry-too-large',
      `${label} kan ikke åbnes sikkert: delen «${entry.name}» fylder ${formatBytes(size)} udpakket; grænsen er ${formatBytes(limits.maxEntryBytes)}.`,
      entry.name,
    );
  }
  if (size > limits.ratioFloorBytes && size > Math.max(1, entry.compressedSize) * limits.maxRatio) {
    throw new ZipSafetyError(
      'ratio',
      `${label} kan ikke åbnes sikkert: delen «${entry.name}» er pakket over ${limits.maxRatio.toLocaleString('da-DK')} gange tættere end normalt (en såkaldt ZIP-bombe).`,
      entry.name,
    );
  }
}

function checkTotal(total: number, limits: ZipLimits, label: string): void {
  if (total > limits.maxTotalBytes) {
    throw new ZipSafetyError(
      'total-too-large',
      `${label} kan ikke åbnes sikkert: indholdet fylder over ${formatBytes(limits.maxTotalBytes)} udpakket.`,
    );
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntryInfo, label: string): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL)
    throw damaged(label, `delen «${entry.name}» mangler`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(label, `delen «${entry.name}» er afkortet`);
  return bytes.subarray(start, end);
}

/** Streams the entry through fflate's Inflate in small steps and stops the moment a limit is passed. */
function inflateBounded(
  data: Uint8Array,
  entry: ZipEntryInfo,
  limits: ZipLimits,
  label: string,
  totalBefore: number,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > entry.declaredSize) {
      throw new ZipSafetyError(
        'size-mismatch',
        `${label} oplyser en forkert størrelse for delen «${entry.name}» og kan ikke åbnes sikkert.`,
        entry.name,
      );
    }
    checkEntrySize(entry, size, limits, label);
    checkTotal(totalBefore + size, limits, label);
    if (chunk.length) chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    let feed = FIRST_FEED_BYTES;
    for (let offset = 0; offset < data.length;) {
      const end = Math.min(offset + feed, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
      offset = end;
      const ratio = Math.max(1, size / offset);
      feed = Math.min(MAX_FEED_BYTES, Math.max(FIRST_FEED_BYTES, Math.floor(OUTPUT_PER_STEP / ratio)));
    }
  } catch (error) {
    if (error instanceof ZipSafetyError) throw error;
    throw damaged(label, `delen «${entry.name}» kan ikke pakkes ud`);
  }
  const [only] = chunks;
  if (chunks.length === 1 && only) return only;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
