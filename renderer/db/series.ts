import { measurementId } from '../../shared/domain/ids';
import type { IndicatorId, Measurement, RoundId } from '../../shared/domain/types';

/**
 * How measurements are stored since schema v3: ONE record per indicator holding its value in every round.
 * Chromium's IndexedDB pays ~0.1 ms per record put, so 834 series instead of 100,000 single values is what
 * makes a large import take seconds instead of ten. The app itself still works with `Measurement[]`;
 * these helpers convert at the storage boundary.
 */
export interface MeasurementSeries {
  indicatorId: IndicatorId;
  /** Round id → value; null = the round has no value for this indicator (ingen måling), as in Measurement. */
  values: Record<RoundId, number | null>;
}

/** Groups measurements by indicator (first appearance order); a later duplicate of a round wins, like a put. */
export function seriesFromMeasurements(measurements: readonly Measurement[]): MeasurementSeries[] {
  const grouped = new Map<IndicatorId, [RoundId, number | null][]>();
  for (const { indicatorId, roundId, value } of measurements) {
    const entries = grouped.get(indicatorId);
    if (entries) entries.push([roundId, value]);
    else grouped.set(indicatorId, [[roundId, value]]);
  }
  // Object.fromEntries defines own properties, so even a round id like "__proto__" stays a plain key.
  return [...grouped].map(([indicatorId, entries]) => ({ indicatorId, values: Object.fromEntries(entries) }));
}

/** Flattens series into measurements: series in the order given, rounds by id (code-unit order, as IndexedDB sorts). */
export function measurementsFromSeries(series: readonly MeasurementSeries[]): Measurement[] {
  const measurements: Measurement[] = [];
  for (const { indicatorId, values } of series) {
    for (const roundId of Object.keys(values).sort(compareCodeUnits)) {
      const value = values[roundId] ?? null;
      measurements.push({ id: measurementId(indicatorId, roundId), indicatorId, roundId, value });
    }
  }
  return measurements;
}

/** The series with `changes` laid over `existing` (either may be missing); the inputs are not modified. */
export function mergeSeriesValues(
  indicatorId: IndicatorId,
  existing: MeasurementSeries | undefined,
  changes: readonly Pick<Measurement, 'roundId' | 'value'>[],
): MeasurementSeries {
  const values: Record<RoundId, number | null> = Object.fromEntries([
    ...Object.entries(existing?.values ?? {}),
    ...changes.map(({ roundId, value }) => [roundId, value] as const),
  ]);
  return { indicatorId, values };
}

/** The series without `roundId`, or undefined when it had no value for that round (nothing to write). */
export function withoutRound(series: MeasurementSeries, roundId: RoundId): MeasurementSeries | undefined {
  if (!Object.hasOwn(series.values, roundId)) return undefined;
  const values = Object.fromEntries(Object.entries(series.values).filter(([id]) => id !== roundId));
  return { indicatorId: series.indicatorId, values };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
