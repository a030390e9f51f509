import { hasErrors, formatProblem } from '../../shared/import/problems';
import { generateImportCsv } from '../../shared/import/generate';
import { parseImportFile } from '../../shared/import/import-file';
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

declare global {
  interface Window {
    importBench: {
      prepare: (rowCount: number) => number;
      runImport: (rowCount: number) => Promise<ImportRun>;
      runRawBaseline: () => Promise<BaselineRun>;
    };
  }
}

window.importBench = {
  prepare: (rowCount) => prepare(rowCount).length,
  runImport,
  runRawBaseline,
};
document.title = 'import-bench klar';
