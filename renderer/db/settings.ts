import type { BarometerDb } from './database';

/** Known setting keys, so a typo is a type error rather than a silently empty setting. */
export type SettingKey = 'sender' | 'statusSettings' | 'datasetLabel' | 'sampleOffered' | 'letterhead';

export async function readSetting<T>(db: BarometerDb, key: SettingKey): Promise<T | undefined> {
  const record = await db.settings.get(key);
  return record?.value as T | undefined;
}

export async function writeSetting(db: BarometerDb, key: SettingKey, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
