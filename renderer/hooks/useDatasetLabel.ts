import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/connection';
import { readSetting } from '../db/settings';

/** The label of the loaded dataset ("Eksempeldata", a file name, …); '' when none is recorded. */
export function useDatasetLabel(): string | undefined {
  return useLiveQuery(async () => (await readSetting<string>(getDb(), 'datasetLabel')) ?? '', []);
}
