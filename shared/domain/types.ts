/**
 * The barometer's data model. Plain data only: these records are stored in IndexedDB,
 * written to JSON backups and passed between the worker, the renderer and the CLI.
 */

/** Stable area id, e.g. `beskaeftigelse`, `kultur-og-fritid` (see domain.md). */
export type AreaId = string;
/** Stable committee id, e.g. `biu`, `ou`. */
export type CommitteeId = string;
export type IndicatorId = string;
export type RoundId = string;

/** Traffic light of an indicator or area. `none` = "ingen måling" (white/grey), never silently green. */
export type Status = 'green' | 'yellow' | 'red' | 'none';

/** `up`: higher is better ("op"); `down`: lower is better ("ned"). */
export type Direction = 'up' | 'down';

/**
 * Which status rule a dataset uses (domain.md):
 * - `development`: the national barometer's movement since the reference (baseline or previous round);
 * - `on-track`: Copenhagen's "på rette kurs mod målsætningen", against the straight line from baseline to target.
 */
export type StatusRule = 'development' | 'on-track';
export type DevelopmentReference = 'baseline' | 'previous';

export interface Area {
  id: AreaId;
  /** Danish name as written in a list: "Kultur og fritid". */
  name: string;
  /** Definite form used in letters: "kultur- og fritidsområdet". */
  definiteForm: string;
  sortOrder: number;
}

export interface Committee {
  id: CommitteeId;
  name: string; // "Børne- og Ungdomsudvalget"
  shortName: string; // "BUU"
  chairTitle: string; // "Børne- og Ungdomsborgmester"
  chairName: string; // may be empty until the user fills it in
  administration: string; // "Børne- og Ungdomsforvaltningen"
  /** Postal address lines of the committee (recipient block); may be empty. */
  addressLines: string[];
  areaIds: AreaId[];
  sortOrder: number;
}

/** A period as written in the data ("2006", "2008-05", "maj 2008") with its parsed position in time. */
export interface PeriodValue {
  period: string;
  value: number;
}

export interface Indicator {
  id: IndicatorId;
  areaId: AreaId;
  name: string;
  unit: string; // "%", "antal", "indeks", …
  direction: Direction;
  /** Exactly one main indicator (hovedindikator) per area. */
  isMain: boolean;
  /** Decimals the values are compared at (whole numbers by default). */
  precision: number;
  baseline: PeriodValue;
  target: PeriodValue;
  sortOrder: number;
}

export interface Round {
  id: RoundId;
  /** Label as the user knows it: "Maj 2008", "2008". */
  label: string;
  /** Period the round measures, parseable by `parsePeriod`: "2008-05", "2008". Used for ordering and the on-track line. */
  period: string;
  /** When the round was published (ISO date), shown beside it because barometer data lags. Optional. */
  publishedOn?: string;
}

export interface Measurement {
  /** `${indicatorId}@${roundId}` */
  id: string;
  indicatorId: IndicatorId;
  roundId: RoundId;
  /** null = the round has no value for this indicator (ingen måling). */
  value: number | null;
}

/** A user's decision to show another status than the computed one; the reason is required and shown. */
export interface StatusOverride {
  /** `${scope}:${targetId}@${roundId}` */
  id: string;
  roundId: RoundId;
  scope: 'area' | 'indicator';
  targetId: AreaId | IndicatorId;
  status: Status;
  reason: string;
  createdAt: string; // ISO timestamp
}

/** Dataset-wide settings that change how statuses are computed. */
export interface StatusSettings {
  rule: StatusRule;
  developmentReference: DevelopmentReference;
}

/** The sending committee's signatory and contact block (the letter's footer). */
export interface SenderProfile {
  committeeId: CommitteeId; // the sending committee, 'biu' by default
  signatoryName: string; // "Jakob Hougaard"
  signatoryTitle: string; // "Beskæftigelses- og Integrationsborgmester"
  addressLines: string[]; // ["Rådhuset", "1599 København V."]
  phone: string;
  directPhone: string;
  fax: string;
  email: string;
  websites: string[];
}

/** Everything the barometer holds, as one plain object (JSON backup, CLI input, sample data). */
export interface BarometerDataset {
  areas: Area[];
  committees: Committee[];
  indicators: Indicator[];
  rounds: Round[];
  measurements: Measurement[];
  overrides: StatusOverride[];
  statusSettings: StatusSettings;
  sender: SenderProfile;
}

/** Result of computing one indicator's status for one round. */
export interface IndicatorStatus {
  indicatorId: IndicatorId;
  roundId: RoundId;
  /** Computed status before any override. */
  computed: Status;
  /** Status to show: the override's if any, otherwise `computed`. */
  status: Status;
  override?: StatusOverride;
  latest: number | null;
  /** Value the latest was compared with (baseline or previous round), if any. */
  reference: number | null;
  /** What `reference` is, as the explanation names it: "basis (2006)", "forrige måling (Maj 2007)". */
  referenceText?: string;
  /** For the on-track rule: the value expected at the round's period on the baseline→target line. */
  expected: number | null;
  /** Short Danish explanation, e.g. "47 mod basis 45: fremgang". */
  explanation: string;
}

export interface AreaStatus {
  areaId: AreaId;
  roundId: RoundId;
  computed: Status;
  status: Status;
  override?: StatusOverride;
  mainIndicatorId: IndicatorId | null;
  indicators: IndicatorStatus[];
}
