/**
 * Every schema version the app has ever shipped. Old declarations stay forever: Dexie needs them to upgrade
 * a database written by an older build, and the upgrade test opens one.
 */

/** 2026-11-25: first release. */
export const SCHEMA_V1 = {
  areas: 'id, sortOrder',
  committees: 'id, sortOrder',
  indicators: 'id, areaId, sortOrder',
  rounds: 'id, period',
  measurements: 'id, indicatorId, roundId',
  overrides: 'id, roundId, [scope+targetId]',
  letters: 'id, roundId, recipientCommitteeId, updatedAt',
  templates: 'id',
  settings: 'key',
} as const;

/**
 * 2026-11-25: the draft list filters by state, and the batch looks up a round's measurements per indicator.
 * Upgrade: drafts written before states existed become "kladde".
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  measurements: 'id, indicatorId, roundId, [roundId+indicatorId]',
  letters: 'id, roundId, recipientCommitteeId, state, updatedAt',
} as const;

/**
 * 2026-11-25: measurements move from one record per value to one `series` record per indicator holding all
 * its rounds (renderer/db/series.ts). Chromium's IndexedDB costs ~95 µs per record put, so storing a
 * 100,000-value import (834 indicators × 120 rounds) took ~9.5 s as single records; as 834 series it takes a
 * fraction of a second. Nothing queried measurements by index that a series cannot answer: the app loads
 * whole datasets, and an indicator's values are now one get.
 * Upgrade (upgradeToV3): every measurement row moves into its indicator's series; the table is then deleted.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  measurements: null,
  series: 'indicatorId',
} as const;

/**
 * 2026-11-30: review between laptops, durable crash journal and remembered column mappings.
 * - `reviewCopies`: every review copy sent (the letter's revision, paragraphs as sent, reviewer, when), so a
 *   returned file is compared with exactly what the reviewer saw.
 * - `reviewFeedback`: comments and suggestions taken back from reviewed files, with their resolved state.
 * - `journal`: the editor's crash journal, written with strict durability (one record per letter).
 * - `importMappings`: a column mapping remembered per header row.
 * Upgrade (upgradeToV4): every stored letter gets revision 0, the number revision-checked saves compare with.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  reviewCopies: 'id, letterId',
  reviewFeedback: 'id, letterId',
  journal: 'letterId',
  importMappings: 'headerKey',
} as const;
export const CURRENT_SCHEMA_VERSION = 4;
