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
  const zip = SafeZip.open(bytes, options);
  const names = zip.entryNames().filter((name) => options.wanted(name));
  zip.prepare(names);
  const files: Record<string, Uint8Array> = {};
  for (const name of names) {
    const data = zip.read(name);
    if (data) files[name] = data;
  }
  return files;
}

/**
 * A ZIP archive opened for reading entries one at a time, in any order, each inflated within the limits:
 * the declared sizes of the entries a reader means to use are checked together first (`prepare`), then
 * each is inflated whole (`read`) or handed on in chunks of about 4 MB as it inflates (`stream`), so a
 * reader can parse a 100 MB part without ever holding it. Every inflated byte counts towards the total.
 */
export class SafeZip {
  private readonly limits: ZipLimits;
  private readonly label: string;
  private readonly byName = new Map<string, ZipEntryInfo[]>();
  private readonly prepared = new Set<string>();
  private declaredTotal = 0;
  private inflatedTotal = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntryInfo[],
    limits: ZipLimits,
    label: string,
  ) {
    this.limits = limits;
    this.label = label;
    for (const entry of entries) {
      const same = this.byName.get(entry.name);
      if (same) same.push(entry);
      else this.byName.set(entry.name, [entry]);
    }
  }

  /** Reads the central directory (nothing is inflated); throws ZipSafetyError for a damaged or huge one. */
  static open(bytes: Uint8Array, options: { limits?: Partial<ZipLimits>; label?: string } = {}): SafeZip {
    const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
    const label = options.label ?? 'Filen';
    return new SafeZip(bytes, listZipEntries(bytes, { limits, label }), limits, label);
  }

  /** Every entry name in the archive, in directory order, each once. */
  entryNames(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /**
   * Checks the entries about to be read, from what the directory declares, before a byte is inflated:
   * no duplicates, no encryption, a known method, each entry's size and ratio and the total so far.
   */
  prepare(names: readonly string[]): void {
    for (const name of names) {
      if (this.prepared.has(name)) continue;
      const found = this.byName.get(name);
      if (!found) continue;
      const [entry] = found;
      if (!entry) continue;
      const { label, limits } = this;
      if (found.length > 1)
        throw new ZipSafetyError('duplicate', `${label} indeholder delen «${name}» to gange.`, name);
      if (entry.encrypted) {
        throw new ZipSafetyError(
          'unsupported',
          `${label} er beskyttet med adgangskode; fjern beskyttelsen og gem den igen.`,
          name,
        );
      }
      if (entry.method !== 0 && entry.method !== 8) {
        throw new ZipSafetyError(
          'unsupported',
          `${label} bruger en ukendt komprimering (metode ${entry.method}) i delen «${name}».`,
          name,
        );
      }
      checkEntrySize(entry, entry.declaredSize, limits, label);
      this.declaredTotal += entry.declaredSize;
      checkTotal(this.declaredTotal, limits, label);
      this.prepared.add(name);
    }
  }

  /** The whole inflated entry (prepared first if it was not); undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const chunks: Uint8Array[] = [];
    const size = this.inflate(entry, (chunk) => chunks.push(chunk));
    const [only] = chunks;
    if (chunks.length === 1 && only) return entry.method === 0 ? only.slice() : only;
    const out = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  /**
   * Hands the entry on in chunks as it inflates (each limit checked before a chunk is handed on); false
   * when the archive has no such entry. A throw after some chunks (a size that lied) voids them all.
   */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const entry = this.entry(name);
    if (!entry) return false;
    this.inflate(entry, onChunk);
    return true;
  }

  private entry(name: string): ZipEntryInfo | undefined {
    this.prepare([name]);
    return this.byName.get(name)?.[0];
  }

  private inflate(entry: ZipEntryInfo, onChunk: (chunk: Uint8Array) => void): number {
    const { bytes, limits, label } = this;
    const data = entryData(bytes, entry, label);
    let size: number;
    if (entry.method === 0) {
      size = data.length;
      checkEntrySize(entry, size, limits, label);
      checkTotal(this.inflatedTotal + size, limits, label);
      if (size !== entry.declaredSize) throw sizeMismatch(entry, label);
      // Stored data is handed on in steps too, so that a reader never needs it whole.
      for (let at = 0; at < size; at += OUTPUT_PER_STEP) onChunk(data.subarray(at, at + OUTPUT_PER_STEP));
    } else {
      size = inflateBounded(data, entry, limits, label, this.inflatedTotal, onChunk);
      if (size !== entry.declaredSize) throw sizeMismatch(entry, label);
    }
    this.inflatedTotal += size;
    checkTotal(this.inflatedTotal, limits, label);
    return size;
  }
}

function sizeMismatch(entry: ZipEntryInfo, label: string): ZipSafetyError {
  return new ZipSafetyError(
    'size-mismatch',
    `${label} oplyser en forkert størrelse for delen «${entry.name}» og kan ikke åbnes sikkert.`,
    entry.name,
  );
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

/**
 * Streams the entry through fflate's Inflate in small steps, handing each piece on, and stops the moment
 * a limit is passed. Returns the inflated size.
 */
function inflateBounded(
  data: Uint8Array,
  entry: ZipEntryInfo,
  limits: ZipLimits,
  label: string,
  totalBefore: number,
  onChunk: (chunk: Uint8Array) => void,
): number {
  let size = 0;
  // What the reader of the chunks throws (its own limit, its own parse error) is passed on as it is.
  let readerFailed = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > entry.declaredSize) throw sizeMismatch(entry, label);
    checkEntrySize(entry, size, limits, label);
    checkTotal(totalBefore + size, limits, label);
    if (chunk.length === 0) return;
    try {
      onChunk(chunk);
    } catch (error) {
      readerFailed = true;
      throw error;
    }
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
    if (readerFailed || error instanceof ZipSafetyError) throw error;
    throw damaged(label, `delen «${entry.name}» kan ikke pakkes ud`);
  }
  return size;
}
