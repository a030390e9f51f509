import { useLiveQuery } from 'dexie-react-hooks';
import type { BarometerDataset } from '../../shared/domain/types';
import { getDb } from '../db/connection';
import { loadAreaDataset, loadDataset, loadOverviewDataset } from '../db/dataset';

/**
 * The whole barometer dataset, re-read whenever any table changes (Dexie's live queries), so every screen
 * shows what is stored. `undefined` while the first read is under way.
 */
export function useDataset(): BarometerDataset | undefined {
  return useLiveQuery(() => loadDataset(getDb()), []);
}

/** The overview's part of the dataset: main indicators' values only (see loadOverviewDataset). */
export function useOverviewDataset(): BarometerDataset | undefined {
  return useLiveQuery(() => loadOverviewDataset(getDb()), []);
}

/** One area's part of the dataset: its own indicators and their values only (see loadAreaDataset). */
export function useAreaDataset(areaId: string): BarometerDataset | undefined {
  return useLiveQuery(() => loadAreaDataset(getDb(), areaId), [areaId]);
}
