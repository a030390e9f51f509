import type { BackupData } from '../../shared/import/backup';
import type { LetterDraft, LetterTemplate } from '../../shared/letter/types';
import type { BarometerDb, SettingRecord } from './database';
import { loadDataset } from './dataset';
import { seriesFromMeasurements } from './series';

/** Everything in the database: the barometer data, letters, templates and settings. */
export async function readBackupData(db: BarometerDb): Promise<BackupData> {
  return db.transaction('r', db.tables, async () => {
    const dataset = await loadDataset(db);
    const [letters, templates, settingRows] = await Promise.all([
      db.letters.toArray(),
      db.templates.toArray(),
      db.settings.toArray(),
    ]);
    const settings: Record<string, unknown> = {};
    for (const row of settingRows) settings[row.key] = row.value;
    return { ...dataset, letters, templates, settings };
  });
}

/**
 * Replaces ALL data with the backup's in one transaction: if any write fails, the old data stays as it was.
 * Settings the backup lacks (older backups) are rebuilt from its dataset fields.
 */
export async function restoreBackup(db: BarometerDb, data: BackupData): Promise<void> {
  const settings: SettingRecord[] = Object.entries({
    ...data.settings,
    statusSettings: data.statusSettings,
    sender: data.sender,
  }).map(([key, value]) => ({ key, value }));
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.areas.bulkPut(data.areas);
    await db.committees.bulkPut(data.committees);
    await db.indicators.bulkPut(data.indicators);
    await db.rounds.bulkPut(data.rounds);
    await db.series.bulkPut(seriesFromMeasurements(data.measurements));
    await db.overrides.bulkPut(data.overrides);
    // The schema checked only ids of letters and templates; they are ours, written by readBackupData.
    await db.letters.bulkPut((data.letters ?? []) as LetterDraft[]);
    await db.templates.bulkPut((data.templates ?? []) as LetterTemplate[]);
    await db.settings.bulkPut(settings);
  });
}

/** Counts shown before a restore, so the user sees what will replace their data. */
export function backupCounts(data: BackupData): { label: string; count: number }[] {
  return [
    { label: 'områder', count: data.areas.length },
    { label: 'indikatorer', count: data.indicators.length },
    { label: 'målinger (runder)', count: data.rounds.length },
    { label: 'måleværdier', count: data.measurements.length },
    { label: 'udvalg', count: data.committees.length },
    { label: 'manuelle statusser', count: data.overrides.length },
    { label: 'breve', count: data.letters?.length ?? 0 },
    { label: 'skabeloner', count: data.templates?.length ?? 0 },
  ];
}
