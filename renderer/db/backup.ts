import { countNoun } from '../../shared/domain/wording';
import type { BackupData } from '../../shared/import/backup';
import {
  completeStoredLetter,
  isSettingKey,
  letterDefaults,
  type SettingKey,
} from '../../shared/import/backup-compat';
import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb, SettingRecord } from './database';
import { loadDataset, putDataset } from './dataset';
import { mappingsForBackup } from './import-mappings';
import { revisionOf } from './letters';

/**
 * Everything in the database: the barometer data, letters, templates, settings, the letters' review
 * history and the remembered column mappings (not the crash journal). Letters stored by an older version are completed the way parseBackup completes them
 * (completeStoredLetter), so every export restores; settings rows with keys the app does not know
 * are left out.
 */
export async function readBackupData(db: BarometerDb, now = new Date().toISOString()): Promise<BackupData> {
  return db.transaction('r', db.tables, async () => {
    const dataset = await loadDataset(db);
    const [storedLetters, templates, settingRows, reviewCopies, reviewFeedback, importMappings] =
      await Promise.all([
        db.letters.toArray(),
        db.templates.toArray(),
        db.settings.toArray(),
        db.reviewCopies.toArray(),
        db.reviewFeedback.toArray(),
        mappingsForBackup(db),
      ]);
    const defaults = letterDefaults({ ...dataset }, now);
    // completeStoredLetter only fills what is missing; the schema check on restore still sees every field.
    const letters = storedLetters.map(
      (letter) => completeStoredLetter(letter, defaults).letter as LetterDraft,
    );
    const settings: Partial<Record<SettingKey, unknown>> = {};
    for (const row of settingRows) if (isSettingKey(row.key)) settings[row.key] = row.value;
    // As the app reads them (stored or default): restoreBackup stores both, so the export says so too.
    settings.sender = dataset.sender;
    settings.statusSettings = dataset.statusSettings;
    return { ...dataset, letters, templates, settings, reviewCopies, reviewFeedback, importMappings };
  });
}

/**
 * Replaces ALL data with the backup's in one transaction: if any write fails, the old data stays as it was.
 * Settings the backup lacks (older backups) are rebuilt from its dataset fields; a backup from before remembered
 * column mappings leaves the stored ones as they are.
 * A restored letter whose id is stored already gets a revision past both the stored and the backup's one
 * (restoredLetters), so an editor open on it in another window is refused on its next save and asked.
 */
export async function restoreBackup(db: BarometerDb, data: BackupData): Promise<void> {
  const settings: SettingRecord[] = Object.entries({
    ...data.settings,
    statusSettings: data.statusSettings,
    sender: data.sender,
  })
    .filter(([key]) => isSettingKey(key))
    .map(([key, value]) => ({ key, value }));
  await db.transaction('rw', db.tables, async () => {
    const before = await db.letters.toArray();
    // A backup from before remembered mappings says nothing about them: the ones stored here stay.
    const keep = data.importMappings === undefined ? 'importMappings' : '';
    await Promise.all(db.tables.filter((table) => table.name !== keep).map((table) => table.clear()));
    await putDataset(db, data);
    // parseBackup checked letters and templates field by field (shared/import/letter-schemas.ts).
    await db.letters.bulkPut(restoredLetters(data.letters ?? [], before));
    await db.templates.bulkPut(data.templates ?? []);
    await db.settings.bulkPut(settings);
    await db.reviewCopies.bulkPut(data.reviewCopies ?? []);
    await db.reviewFeedback.bulkPut(data.reviewFeedback ?? []);
    if (data.importMappings) await db.importMappings.bulkPut(data.importMappings);
  });
}

/**
 * The backup's letters as a restore stores them. A letter whose id is stored now moves to max(stored, backup) + 1:
 * with the backup's own revision, an editor that started from the same number before the restore would save its
 * text over the restored letter unnoticed (saveDraftIfUnchanged compares revisions only). It is then no editor
 * window's save any more, so its editorSession goes too (as saveDraft does): a crash journal that window left
 * must not count as continuing it. A letter new to this database keeps its revision, so backup → clear →
 * restore gives back the same records.
 */
export function restoredLetters(
  letters: readonly LetterDraft[],
  stored: readonly LetterDraft[],
): LetterDraft[] {
  const storedRevision = new Map(stored.map((letter) => [letter.id, revisionOf(letter)]));
  return letters.map((letter) => {
    const had = storedRevision.get(letter.id);
    if (had === undefined) return letter;
    const restored: LetterDraft = { ...letter, revision: Math.max(had, revisionOf(letter)) + 1 };
    delete restored.editorSession;
    return restored;
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
    // The review history only when there is one (older backups and unreviewed letters have none).
    ...((data.reviewCopies?.length ?? 0) > 0
      ? [countNoun(data.reviewCopies?.length ?? 0, 'kopi sendt til gennemsyn', 'kopier sendt til gennemsyn')]
      : []),
    ...((data.importMappings?.length ?? 0) > 0
      ? [
          countNoun(
            data.importMappings?.length ?? 0,
            'husket kolonnetilknytning',
            'huskede kolonnetilknytninger',
          ),
        ]
      : []),
    ...((data.reviewFeedback?.length ?? 0) > 0
      ? [
          countNoun(
            data.reviewFeedback?.length ?? 0,
            'kommentar eller ændring fra gennemsyn',
            'kommentarer og ændringer fra gennemsyn',
          ),
        ]
      : []),
  ];
}
