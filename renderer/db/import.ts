import { defaultCommittees } from '../../shared/domain/defaults';
import { applyImport, diffImport, type ImportPreview } from '../../shared/import/diff';
import type { ImportRecords } from '../../shared/import/records';
import type { BarometerDb } from './database';
import { writeSetting } from './settings';

/** Rows per bulkPut: small enough to report progress often, large enough to stay fast. */
export const IMPORT_CHUNK_SIZE = 2000;

export interface StoreImportResult {
  /** Records written (new or changed); 0 when the file held nothing new. */
  written: number;
}

/** What the import would change against what is stored now (for the preview). */
export async function previewImport(db: BarometerDb, incoming: ImportRecords): Promise<ImportPreview> {
  return db.transaction('r', [db.areas, db.indicators, db.rounds, db.measurements], async () => {
    const [areas, indicators, rounds, measurements] = await Promise.all([
      db.areas.toArray(),
      db.indicators.toArray(),
      db.rounds.toArray(),
      db.measurements.toArray(),
    ]);
    return diffImport({ areas, indicators, rounds, measurements }, incoming);
  });
}

/**
 * Stores an import in ONE transaction: the stored data is read again inside it (another window may have
 * changed it since the preview), only new and changed records are written, in chunks so progress can be
 * shown. An empty database also gets the default committees. Any failure aborts the transaction and leaves the stored data exactly as it was.
 */
export async function storeImport(
  db: BarometerDb,
  incoming: ImportRecords,
  options: { onProgress?: (fraction: number) => void; label?: string } = {},
): Promise<StoreImportResult> {
  const { onProgress, label } = options;
  const tables = [db.areas, db.committees, db.indicators, db.rounds, db.measurements, db.settings];
  return db.transaction('rw', tables, async () => {
    const [areas, indicators, rounds, measurements] = await Promise.all([
      db.areas.toArray(),
      db.indicators.toArray(),
      db.rounds.toArray(),
      db.measurements.toArray(),
    ]);
    const wasEmpty = indicators.length === 0;
    const upsert = applyImport({ areas, indicators, rounds, measurements }, incoming);
    const batches = [
      { table: db.areas, rows: upsert.areas },
      { table: db.indicators, rows: upsert.indicators },
      { table: db.rounds, rows: upsert.rounds },
      { table: db.measurements, rows: upsert.measurements },
    ] as const;
    const total = batches.reduce((sum, batch) => sum + batch.rows.length, 0);
    let done = 0;
    for (const { table, rows } of batches) {
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK_SIZE) {
        const chunk = rows.slice(start, start + IMPORT_CHUNK_SIZE);
        // Each table is typed to its own records; the union of tables loses that link.
        await (table as typeof db.measurements).bulkPut(chunk as typeof upsert.measurements);
        done += chunk.length;
        onProgress?.(total === 0 ? 1 : done / total);
      }
    }
    // Data files carry no committees: the seven standing committees are the default (domain.md).
    if (total > 0 && (await db.committees.count()) === 0) await db.committees.bulkPut(defaultCommittees());
    if (wasEmpty && total > 0 && label) await writeSetting(db, 'datasetLabel', label);
    onProgress?.(1);
    return { written: total };
  });
}
