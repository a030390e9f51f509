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

export const CURRENT_SCHEMA_VERSION = 2;
