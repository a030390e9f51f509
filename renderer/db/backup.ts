import { countNoun } from '../../shared/domain/wording';
import type { BackupData } from '../../shared/import/backup';
import type { BarometerDb, SettingRecord } from './database';
import { loadDataset, putDataset } from './dataset';

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
    await putDataset(db, data);
    // parseBackup checked letters and templates field by field (shared/import/letter-schemas.ts).
    await db.letters.bulkPut(data.letters ?? []);
    await db.templates.bulkPut(data.templates ?? []);
    await db.settings.bulkPut(settings);
  });
}

/** Counts shown before a restore ("1 manuel status", "3 breve"), so the user sees what will replace their data. */
export function backupCounts(data: BackupData): string[] {
  return [
    countNoun(data.areas.length, 'område', 'områder'),
    countNoun(data.indicators.length, 'indikator', 'indikatorer'),
    countNoun(data.rounds.length, 'måling (runde)', 'målinger (runder)'),
    countNoun(data.measurements.length, 'måleværdi', 'måleværdier'),
    countNoun(data.committees.length, 'udvalg', 'udvalg'),
    countNoun(data.overrides.length, 'manuel status', 'manuelle statusser'),
    countNoun(data.letters?.length ?? 0, 'brev', 'breve'),
    // Only the user's own texts are stored: none means the standard texts are in use, not "0 skabeloner".
    (data.templates?.length ?? 0) === 0
      ? 'standardtekster bruges'
      : countNoun(data.templates?.length ?? 0, 'egen standardtekst', 'egne standardtekster'),
  ];
}
