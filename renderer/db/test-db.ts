// Test helper: throwaway databases under fake-indexeddb, deleted after each test so tests never see each other's data.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import type { BarometerDataset } from '../../shared/domain/types';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { BarometerDb } from './database';
import { replaceDataset } from './dataset';
import { SAMPLE_LABEL } from './dataset-label';

/** Registers the cleanup for this test file and returns a function that opens a new, empty database. */
export function freshDatabases(prefix: string): () => BarometerDb {
  let counter = 0;
  const open: BarometerDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return () => {
    const db = new BarometerDb(`${prefix}-${++counter}`);
    open.push(db);
    return db;
  };
}

/** Stores the sample data (or the given dataset) the way the app loads it, labelled as sample data. */
export async function seedSampleData(
  db: BarometerDb,
  data: BarometerDataset = sampleDataset(),
): Promise<BarometerDataset> {
  await replaceDataset(db, data, SAMPLE_LABEL);
  return data;
}
