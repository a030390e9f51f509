import { hasErrors, formatProblem } from '../../shared/import/problems';
import { generateImportCsv } from '../../shared/import/generate';
import { parseImportFile } from '../../shared/import/import-file';
import type { LayoutRequest } from '../../shared/import/layout';
import { BarometerDb } from '../../renderer/db/database';
import { storeImport } from '../../renderer/db/import';
import { SCHEMA_V2 } from '../../renderer/db/schema';

/**
 * Bench page (bundled with esbuild, served on 127.0.0.1): times a Danish-Excel CSV import the way the app does
 * it (parse + validate, then storeImport into the current Dexie schema, which keeps one series record per
 * indicator), and a raw IndexedDB baseline done the naive way: one record per CSV row (schema v2's
 * measurements store), no validation, one transaction. Timing happens here with performance.now(); node only
 * reads the numbers.
 */

export interface ImportRun {
  parseMs: number;
  storeMs: number;
  totalMs: number;
  /** Imported records (areas, indicators, rounds, values) new or changed. */
  written: number;
  /** IndexedDB records storeImport put (one series per indicator). */
  storedRecords: number;
  rowCount: number;
}

export interface BaselineRun {
  totalMs: number;
  written: number;
}

let csv: Uint8Array | null = null;
let records: Awaited<ReturnType<typeof parseImportFile>>['records'] | null = null;

function prepare(rowCount: number): Uint8Array {
  if (!csv) csv = generateImportCsv(rowCount, { encoding: 'windows-1252', delimiter: ';' });
  return csv;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`kunne ikke slette ${name}`));
    request.onblocked = () => reject(new Error(`sletning af ${name} blokeret`));
  });
}

async function runImport(rowCount: number): Promise<ImportRun> {
  const bytes = prepare(rowCount);
  await deleteDatabase('bench-import');
  const db = new BarometerDb('bench-import');
  await db.open();
  const start = performance.now();
  const parsed = await parseImportFile(bytes, 'barometer-100000.csv');
  const parsedAt = performance.now();
  if (hasErrors(parsed.problems)) {
    throw new Error(`importfilen har fejl: ${parsed.problems.slice(0, 3).map(formatProblem).join(' · ')}`);
  }
  const stored = await storeImport(db, parsed.records);
  const end = performance.now();
  records = parsed.records;
  db.close();
  return {
    parseMs: parsedAt - start,
    storeMs: end - parsedAt,
    totalMs: end - start,
    written: stored.written,
    storedRecords: stored.storedRecords,
    rowCount: parsed.rowCount,
  };
}

/**
 * Dexie's schema strings ("id, roundId, [roundId+indicatorId]") as raw object stores and indexes. Deliberately
 * schema v2, the naive layout with one `measurements` record per CSV row: the baseline shows what storing
 * the rows as they come costs, not what the app's schema costs.
 */
function createStores(database: IDBDatabase): void {
  for (const [table, schema] of Object.entries(SCHEMA_V2)) {
    const [primary, ...indexes] = schema.split(',').map((part) => part.trim());
    const store = database.createObjectStore(table, { keyPath: primary });
    for (const index of indexes) {
      const compound = /^\[(.+)\]$/.exec(index);
      store.createIndex(index, compound ? (compound[1] ?? '').split('+') : index);
    }
  }
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => createStores(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('kunne ikke åbne rå IndexedDB'));
  });
}

async function runRawBaseline(): Promise<BaselineRun> {
  if (!records) throw new Error('kør importen først: baseline gemmer de samme poster');
  const data = records;
  await deleteDatabase('bench-raw');
  const database = await openRaw('bench-raw');
  const start = performance.now();
  const tables = {
    areas: data.areas,
    indicators: data.indicators,
    rounds: data.rounds,
    measurements: data.measurements,
  };
  let written = 0;
  await new Promise<void>((resolve, reject) => {
    const tx = database.transaction(Object.keys(tables), 'readwrite');
    for (const [table, rows] of Object.entries(tables)) {
      const store = tx.objectStore(table);
      for (const row of rows) store.put(row);
      written += rows.length;
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('rå transaktion fejlede'));
  });
  const totalMs = performance.now() - start;
  database.close();
  return { totalMs, written };
}

/** The same data as a wide table (one column per round) and with the headers staff write, for scenario 4b. */
let layouts: { wide: Uint8Array; mapped: Uint8Array } | null = null;

/** Headers a staff spreadsheet might use instead of the layout's, all settled by the mapping below. */
const MAPPED_HEADER =
  'Politikområde;Indikator nr.;Indikatornavn;Hovedindikator (ja/nej);Måleenhed;Bedre;Runde;Resultat;Basisår;Basis;Målår;Mål';
const MAPPING: LayoutRequest = {
  mapping: {
    columns: {
      Politikområde: 'area',
      'Indikator nr.': 'indicatorId',
      Indikatornavn: 'indicator',
      'Hovedindikator (ja/nej)': 'main',
      Måleenhed: 'unit',
      Bedre: 'direction',
      Runde: 'round',
      Resultat: 'value',
      Basisår: 'baselinePeriod',
      Basis: 'baselineValue',
      Målår: 'targetPeriod',
      Mål: 'targetValue',
    },
  },
};

function prepareLayouts(rowCount: number): { wide: number; mapped: number } {
  if (!layouts) {
    const text = new TextDecoder().decode(
      generateImportCsv(rowCount, { encoding: 'utf-8-bom', delimiter: ';' }),
    );
    const lines = text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const rows = lines.slice(1).map((line) => line.split(';'));
    const rounds: string[] = [];
    const roundIndex = new Map<string, number>();
    const indicators = new Map<string, { fixed: string[]; values: string[] }>();
    for (const row of rows) {
      const [area, id, name, main, unit, direction, round, value, bp, bv, tp, tv] = row as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      if (!roundIndex.has(round)) {
        roundIndex.set(round, rounds.length);
        rounds.push(round);
      }
      let entry = indicators.get(id);
      if (!entry) {
        entry = { fixed: [area, id, name, main, unit, direction, bp, bv, tp, tv], values: [] };
        indicators.set(id, entry);
      }
      entry.values[roundIndex.get(round) ?? 0] = value;
    }
    const wideLines = [
      [
        'område',
        'indikator_id',
        'indikator',
        'hovedindikator',
        'enhed',
        'retning',
        'basis_periode',
        'basis_værdi',
        'mål_periode',
        'mål_værdi',
        ...rounds,
      ].join(';'),
      ...[...indicators.values()].map((entry) =>
        [...entry.fixed, ...rounds.map((_, index) => entry.values[index] ?? '')].join(';'),
      ),
    ];
    const encoder = new TextEncoder();
    layouts = {
      wide: encoder.encode(`\ufeff${wideLines.join('\r\n')}\r\n`),
      mapped: encoder.encode(`\ufeff${[MAPPED_HEADER, ...lines.slice(1)].join('\r\n')}\r\n`),
    };
  }
  return { wide: layouts.wide.length, mapped: layouts.mapped.length };
}

/** One import of the long, wide or mapped file, timed like runImport. */
async function runLayout(kind: 'long' | 'wide' | 'mapped', rowCount: number): Promise<ImportRun> {
  if (kind === 'long') return runImport(rowCount);
  prepareLayouts(rowCount);
  const bytes = kind === 'wide' ? layouts?.wide : layouts?.mapped;
  if (!bytes) throw new Error('filerne er ikke lavet');
  await deleteDatabase('bench-import');
  const db = new BarometerDb('bench-import');
  await db.open();
  const start = performance.now();
  const parsed = await parseImportFile(
    bytes,
    `barometer-${kind}.csv`,
    undefined,
    kind === 'mapped' ? MAPPING : {},
  );
  const parsedAt = performance.now();
  if (hasErrors(parsed.problems)) {
    throw new Error(
      `${kind}: importfilen har fejl: ${parsed.problems.slice(0, 3).map(formatProblem).join(' · ')}`,
    );
  }
  const stored = await storeImport(db, parsed.records);
  const end = performance.now();
  db.close();
  return {
    parseMs: parsedAt - start,
    storeMs: end - parsedAt,
    totalMs: end - start,
    written: stored.written,
    storedRecords: stored.storedRecords,
    rowCount: parsed.records.measurements.length,
  };
}

declare global {
  interface Window {
    importBench: {
      prepare: (rowCount: number) => number;
      runImport: (rowCount: number) => Promise<ImportRun>;
      runRawBaseline: () => Promise<BaselineRun>;
      prepareLayouts: (rowCount: number) => { wide: number; mapped: number };
      runLayout: (kind: 'long' | 'wide' | 'mapped', rowCount: number) => Promise<ImportRun>;
    };
  }
}

window.importBench = {
  prepare: (rowCount) => prepare(rowCount).length,
  runImport,
  runRawBaseline,
  prepareLayouts,
  runLayout,
};
document.title = 'import-bench klar';
