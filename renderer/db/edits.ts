import type { Committee, Indicator, Round, SenderProfile, StatusSettings } from '../../shared/domain/types';
import type { BarometerDb } from './database';
import { mergeSeriesValues, withoutRound } from './series';
import { writeSetting } from './settings';

/** Manual edits from the Data screen. Each is one write (or one transaction when several tables change). */

/** Saves an indicator; marking it main unmarks the area's other indicators in the same transaction. */
export async function saveIndicator(db: BarometerDb, indicator: Indicator): Promise<void> {
  await db.transaction('rw', db.indicators, async () => {
    if (indicator.isMain) {
      const siblings = await db.indicators.where('areaId').equals(indicator.areaId).toArray();
      for (const sibling of siblings) {
        if (sibling.id !== indicator.id && sibling.isMain)
          await db.indicators.put({ ...sibling, isMain: false });
      }
    }
    await db.indicators.put(indicator);
  });
}

/** One cell of the measurement grid; null = no measurement in that round. */
export async function saveMeasurement(
  db: BarometerDb,
  indicatorId: string,
  roundId: string,
  value: number | null,
): Promise<void> {
  // Read and write in one transaction: another window's edit of the same indicator must not be lost.
  await db.transaction('rw', db.series, async () => {
    const stored = await db.series.get(indicatorId);
    await db.series.put(mergeSeriesValues(indicatorId, stored, [{ roundId, value }]));
  });
}

export async function saveRound(db: BarometerDb, round: Round): Promise<void> {
  await db.rounds.put(round);
}

/** Deletes a round with its measurements and overrides, so nothing points at a round that is gone. */
export async function deleteRound(db: BarometerDb, roundId: string): Promise<void> {
  await db.transaction('rw', [db.rounds, db.series, db.overrides], async () => {
    const series = await db.series.toArray();
    const trimmed = series.flatMap((record) => withoutRound(record, roundId) ?? []);
    await db.series.bulkPut(trimmed);
    await db.overrides.where('roundId').equals(roundId).delete();
    await db.rounds.delete(roundId);
  });
}

export async function saveCommittee(db: BarometerDb, committee: Committee): Promise<void> {
  await db.committees.put(committee);
}

export async function saveSender(db: BarometerDb, sender: SenderProfile): Promise<void> {
  await writeSetting(db, 'sender', sender);
}

export async function saveStatusSettings(db: BarometerDb, settings: StatusSettings): Promise<void> {
  await writeSetting(db, 'statusSettings', settings);
}
