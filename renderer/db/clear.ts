import type { BarometerDataset } from '../../shared/domain/types';
import { DATA_TABLES, type BarometerDb } from './database';
import { loadDataset, putDataset } from './dataset';
import { readSetting, writeSetting } from './settings';

/** What "Ryd data" removed, kept in memory so "Fortryd" can put it back. */
export interface ClearedData {
  dataset: BarometerDataset;
  label: string | undefined;
  /** The settings the data screens edit, as they were right after clearing: any later edit voids the undo. */
  settingsAfter: string;
}

/** An undo that would overwrite what was stored after the clear: refused, nothing changed. */
export class UndoExpiredError extends Error {
  constructor() {
    super(
      'Fortryd er ikke længere muligt, fordi der er gemt nye data, efter at data blev ryddet. Intet er ændret.',
    );
    this.name = 'UndoExpiredError';
  }
}

const TABLES = [...DATA_TABLES, 'settings'] as const;

/**
 * Removes all barometer data (not letters or templates) and returns what was removed — snapshot and clear
 * in ONE transaction, so nothing stored in between can be lost by a later undo or slip past the snapshot.
 */
export async function clearDatasetWithUndo(db: BarometerDb): Promise<ClearedData> {
  return db.transaction('rw', TABLES, async () => {
    const dataset = await loadDataset(db);
    const label = await readSetting<string>(db, 'datasetLabel');
    await clearDataTables(db);
    return { dataset, label, settingsAfter: await editedSettings(db) };
  });
}

/**
 * Empties the barometer data tables and forgets the dataset label; the sender, the status rule, letters
 * and templates stay. Call it INSIDE a transaction holding DATA_TABLES and settings (clear, import).
 */
export async function clearDataTables(db: BarometerDb): Promise<void> {
  await Promise.all(DATA_TABLES.map((table) => db.table(table).clear()));
  await db.settings.delete('datasetLabel');
}

/**
 * Puts the cleared data back, but only while nothing has been written since the clear (an import, the
 * sample data, an edited sender): otherwise undoing would silently wipe that. One transaction: the check
 * and the restore see the same data.
 */
export async function undoClear(db: BarometerDb, cleared: ClearedData): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    if (!(await untouchedSince(db, cleared))) throw new UndoExpiredError();
    await putDataset(db, cleared.dataset);
    await writeSetting(db, 'statusSettings', cleared.dataset.statusSettings);
    await writeSetting(db, 'sender', cleared.dataset.sender);
    if (cleared.label !== undefined) await writeSetting(db, 'datasetLabel', cleared.label);
  });
}

/**
 * Whether "Fortryd" is still possible: nothing stored since the clear. Asked when the Data screen is opened
 * again, so it does not offer an undo that new data (sample data loaded on the overview) has voided.
 */
export async function canUndoClear(db: BarometerDb, cleared: ClearedData): Promise<boolean> {
  return db.transaction('r', TABLES, () => untouchedSince(db, cleared));
}

async function untouchedSince(db: BarometerDb, cleared: ClearedData): Promise<boolean> {
  const counts = await Promise.all(DATA_TABLES.map((table) => db.table(table).count()));
  return (
    counts.every((count) => count === 0) &&
    (await db.settings.get('datasetLabel')) === undefined &&
    (await editedSettings(db)) === cleared.settingsAfter
  );
}

async function editedSettings(db: BarometerDb): Promise<string> {
  const [sender, statusSettings] = await Promise.all([
    db.settings.get('sender'),
    db.settings.get('statusSettings'),
  ]);
  return JSON.stringify([sender?.value ?? null, statusSettings?.value ?? null]);
}
