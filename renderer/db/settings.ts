import type { SettingKey } from '../../shared/import/backup-compat';
import type { BarometerDb } from './database';

/**
 * Known setting keys, so a typo is a type error rather than a silently empty setting. The list lives in
 * shared/import/backup-compat.ts (SETTING_KEYS): backups accept exactly these keys; add a new one there.
 */
export type { SettingKey };

export async function readSetting<T>(db: BarometerDb, key: SettingKey): Promise<T | undefined> {
  const record = await db.settings.get(key);
  return record?.value as T | undefined;
}

export async function writeSetting(db: BarometerDb, key: SettingKey, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
