import { strToU8, strFromU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, deflated, zeroBomb } from '../../tests/fixtures/zip/hostile-zip';
import { listZipEntries, SafeZip, safeUnzip, ZipSafetyError } from './safe-unzip';

const all = (): boolean => true;

function refusal(run: () => unknown): ZipSafetyError {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipSafetyError) return error;
    throw error;
  }
  throw new Error('ventede en afvisning');
}

describe('safeUnzip', () => {
  it('inflates only the wanted entries of an ordinary archive, stored or deflated', () => {
    const zip = zipSync({
      'a.xml': [strToU8('<a>' + 'x'.repeat(10_000) + '</a>'), { level: 6 }],
      'b.txt': [strToU8('stored'), { level: 0 }],
      'c.bin': strToU8('not wanted'),
    });
    const files = safeUnzip(zip, { wanted: (name) => name !== 'c.bin' });
    expect(Object.keys(files).sort()).toEqual(['a.xml', 'b.txt']);
    expect(strFromU8(files['a.xml'] ?? new Uint8Array())).toHaveLength(10_007);
    expect(strFromU8(files['b.txt'] ?? new Uint8Array())).toBe('stored');
  });

  it('never touches an unwanted entry, even a 1 GB bomb', () => {
    const zip = buildZip([
      { name: 'bomb.xml', data: zeroBomb(1024), trueSize: 1024 ** 3 },
      { name: 'ok.xml', data: deflated('<ok/>'), trueSize: 5 },
    ]);
    const files = safeUnzip(zip, { wanted: (name) => name === 'ok.xml' });
    expect(strFromU8(files['ok.xml'] ?? new Uint8Array())).toBe('<ok/>');
  });

  it('refuses a 1 GB entry from its declared size, naming the entry and the limit in Danish', () => {
    const zip = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeroBomb(1024), trueSize: 1024 ** 3 }]);
    const started = performance.now();
    const error = refusal(() => safeUnzip(zip, { wanted: all, label: 'Excel-filen' }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.kind).toBe('entry-too-large');
    expect(error.message).toBe(
      'Excel-filen kan ikke åbnes sikkert: delen «xl/worksheets/sheet1.xml» fylder 1.024 MB udpakket; grænsen er 100 MB.',
    );
  });

  it('stops inflating an entry whose header lies about its size, after at most a few MB', () => {
    const zip = buildZip([{ name: 'sheet.xml', data: zeroBomb(1024), trueSize: 0, declaredSize: 1000 }]);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const error = refusal(() => safeUnzip(zip, { wanted: all }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(error.kind).toBe('size-mismatch');
    expect(error.message).toBe(
      'Filen oplyser en forkert størrelse for delen «sheet.xml» og kan ikke åbnes sikkert.',
    );
  });

  it('refuses a lie that would stay under the entry limit but exceed the declared size', () => {
    const zip = buildZip([{ name: 'a.xml', data: zeroBomb(2), trueSize: 0, declaredSize: 1024 * 1024 }]);
    expect(refusal(() => safeUnzip(zip, { wanted: all })).kind).toBe('size-mismatch');
  });

  it('refuses an entry packed far tighter than real documents (ratio)', () => {
    const zip = buildZip([{ name: 'a.xml', data: zeroBomb(50), trueSize: 50 * 1024 * 1024 }]);
    const error = refusal(() => safeUnzip(zip, { wanted: all }));
    expect(error.kind).toBe('ratio');
    expect(error.message).toContain('ZIP-bombe');
  });

  it('refuses when the entries together pass the total limit', () => {
    const three = buildZip(
      [1, 2, 3].map((n) => ({ name: `s${n}.xml`, data: zeroBomb(80), trueSize: 80 * 1024 * 1024 })),
    );
    const limits = { maxRatio: Number.POSITIVE_INFINITY };
    expect(refusal(() => safeUnzip(three, { wanted: all, limits })).kind).toBe('total-too-large');
    const error = refusal(() =>
      safeUnzip(three, { wanted: all, limits: { ...limits, maxTotalBytes: 100 * 1024 * 1024 } }),
    );
    expect(error.message).toBe('Filen kan ikke åbnes sikkert: indholdet fylder over 100 MB udpakket.');
  });

  it('refuses thousands of entries before reading any of them', () => {
    const entries = Array.from({ length: 6000 }, (_, i) => ({
      name: `f${i}.xml`,
      data: deflated('<a/>'),
      trueSize: 4,
    }));
    const error = refusal(() => listZipEntries(buildZip(entries)));
    expect(error.kind).toBe('too-many-entries');
    expect(error.message).toBe('Filen indeholder 6.000 dele; højst 5.000 er tilladt.');
  });

  it('refuses a truncated archive and one that names a part twice', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'.repeat(1000)) });
    expect(refusal(() => safeUnzip(zip.subarray(0, zip.length - 30), { wanted: all })).kind).toBe('damaged');
    const twice = buildZip([
      { name: 'a.xml', data: deflated('<a/>'), trueSize: 4 },
      { name: 'a.xml', data: deflated('<b/>'), trueSize: 4 },
    ]);
    expect(refusal(() => safeUnzip(twice, { wanted: all })).kind).toBe('duplicate');
  });
});

describe('SafeZip', () => {
  it('streams an entry in chunks of a few MB, whole when put together, and reads entries in any order', () => {
    const text = Array.from({ length: 400_000 }, (_, i) => `<r n="${i}"/>`).join('');
    const zip = zipSync({ 'sheet.xml': strToU8(text), 'small.xml': [strToU8('<s/>'), { level: 0 }] });
    const reader = SafeZip.open(zip);
    expect(strFromU8(reader.read('small.xml') ?? new Uint8Array())).toBe('<s/>');
    const chunks: Uint8Array[] = [];
    expect(reader.stream('sheet.xml', (chunk) => chunks.push(chunk.slice()))).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(chunks.map((chunk) => strFromU8(chunk)).join('')).toBe(text);
    expect(reader.stream('missing.xml', () => undefined)).toBe(false);
    expect(reader.read('missing.xml')).toBeUndefined();
  });

  it('stops a stream at the limits, having handed on no more than a few MB', () => {
    const zip = buildZip([
      { name: 'sheet.xml', data: zeroBomb(1024), trueSize: 0, declaredSize: 50 * 1024 * 1024 },
    ]);
    let handed = 0;
    const error = refusal(() =>
      SafeZip.open(zip, { limits: { maxRatio: Number.POSITIVE_INFINITY } }).stream('sheet.xml', (chunk) => {
        handed += chunk.length;
      }),
    );
    expect(error.kind).toBe('size-mismatch');
    expect(handed).toBeLessThanOrEqual(50 * 1024 * 1024);
    const bomb = buildZip([{ name: 'sheet.xml', data: zeroBomb(1024), trueSize: 1024 ** 3 }]);
    handed = 0;
    expect(
      refusal(() => SafeZip.open(bomb).stream('sheet.xml', (chunk) => (handed += chunk.length))).kind,
    ).toBe('entry-too-large');
    expect(handed).toBe(0);
  });

  it("passes the reader's own error on as it is, not as a damaged archive", () => {
    const zip = zipSync({ 'sheet.xml': strToU8('<a/>'.repeat(100_000)) });
    const mine = new Error('for mange celler');
    expect(() =>
      SafeZip.open(zip).stream('sheet.xml', () => {
        throw mine;
      }),
    ).toThrow(mine);
  });

  it('counts every inflated byte towards the total, across reads', () => {
    const zip = zipSync({ 'a.xml': strToU8('a'.repeat(600_000)), 'b.xml': strToU8('b'.repeat(600_000)) });
    const reader = SafeZip.open(zip, {
      limits: { maxTotalBytes: 1_000_000, maxRatio: Number.POSITIVE_INFINITY },
    });
    expect(reader.read('a.xml')).toHaveLength(600_000);
    expect(refusal(() => reader.read('b.xml')).kind).toBe('total-too-large');
  });
});
