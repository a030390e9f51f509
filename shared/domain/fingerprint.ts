/**
 * A fingerprint of everything that shapes a letter's computed sentences. A draft stores it when its
 * computed paragraphs are written; when the data later differs, the app can say the draft is out of date.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AreaId, BarometerDataset, RoundId } from './types';
import { roundsUpTo } from './rounds';

/** Bump when the canonical form changes, so old fingerprints never match new ones by accident. */
const FINGERPRINT_VERSION = 'barometerbrev-fingerprint-1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with keys sorted at every level, so property order never changes the fingerprint. */
function canonical(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : String(value); // -0 → 0; NaN kept apart
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const result: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort(compare)) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) result[key] = canonical(field);
    }
    return result;
  }
  return String(value);
}

/** Sorted by id, then by content, so even duplicate ids (a merged backup) sort the same every time. */
function byId<T extends { id: string }>(records: readonly T[]): Json[] {
  return records
    .map((record) => ({ id: record.id, json: canonical(record), text: JSON.stringify(canonical(record)) }))
    .sort((a, b) => compare(a.id, b.id) || compare(a.text, b.text))
    .map((entry) => entry.json);
}

/** Code-unit order: locale-independent, so every machine computes the same fingerprint. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * SHA-256 (hex) of the areas, indicators, rounds up to `roundId`, their measurements, that round's
 * overrides and the status settings. With `areaIds`, only those areas and their indicators count.
 * Input order does not matter; a measurement with no value counts the same as no measurement.
 */
export function dataFingerprint(
  dataset: BarometerDataset,
  roundId: RoundId,
  areaIds?: readonly AreaId[],
): string {
  const wantedAreas = areaIds ? new Set(areaIds) : null;
  const areas = dataset.areas.filter((area) => !wantedAreas || wantedAreas.has(area.id));
  const areaSet = new Set(areas.map((area) => area.id));
  const indicators = dataset.indicators.filter((indicator) => areaSet.has(indicator.areaId));
  const indicatorSet = new Set(indicators.map((indicator) => indicator.id));
  const rounds = roundsUpTo(dataset.rounds, roundId);
  const roundSet = new Set(rounds.map((round) => round.id));
  const measurements = dataset.measurements
    .filter((m) => m.value !== null && indicatorSet.has(m.indicatorId) && roundSet.has(m.roundId))
    .map((m) => ({
      id: `${m.indicatorId}@${m.roundId}`,
      indicatorId: m.indicatorId,
      roundId: m.roundId,
      value: m.value,
    }));
  const overrides = dataset.overrides.filter(
    (o) =>
      o.roundId === roundId && (o.scope === 'area' ? areaSet.has(o.targetId) : indicatorSet.has(o.targetId)),
  );
  const content = {
    version: FINGERPRINT_VERSION,
    roundId,
    areas: byId(areas),
    indicators: byId(indicators),
    rounds: byId(rounds),
    measurements: byId(measurements),
    overrides: byId(overrides),
    statusSettings: dataset.statusSettings,
  };
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(canonical(content)))));
}
