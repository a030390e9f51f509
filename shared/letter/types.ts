import type { AreaId, CommitteeId, RoundId, SenderProfile, Status, StatusRule } from '../domain/types';

/** A piece of paragraph text with its inline formatting. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Absolute http(s) or mailto URL. */
  link?: string;
}

/**
 * Which part of the letter's anatomy a paragraph is (domain.md, "Anatomy of the letter").
 * `computed-*` paragraphs are generated from the statuses and are refreshed when the data changes;
 * the others come from editable templates.
 */
export type ParagraphRole =
  | 'context'
  | 'results'
  | 'computed-progress'
  | 'computed-call'
  | 'computed-acknowledge'
  | 'closing'
  | 'custom';

export interface LetterParagraph {
  id: string;
  role: ParagraphRole;
  runs: InlineRun[];
  /**
   * True once the user edited this paragraph. A data refresh keeps the user's wording of a computed paragraph only
   * while the data behind it is unchanged; the user's own (non-computed) paragraphs are never touched.
   */
  editedByUser: boolean;
  /**
   * Computed paragraphs: the text as last generated from the data. Lets a refresh tell whether the data behind a
   * user-edited computed paragraph changed. Optional: drafts stored before it existed have none.
   */
  computedRuns?: InlineRun[];
}

export type LetterVariant = 'urge' | 'acknowledge';
export type DateStyle = 'numeric' | 'long'; // 16-05-2008 or 16. maj 2008

export interface LetterHeader {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  dateStyle: DateStyle;
  sagsnr: string;
  doknr: string;
}

/** Template ids of the editable boilerplate, stored in the database (settings). */
export type TemplateId = 'context' | 'results' | 'call' | 'acknowledge' | 'closing';

export interface LetterTemplate {
  id: TemplateId;
  /** Human name shown in settings. */
  label: string;
  /** Text with named placeholders such as {udvalg}, {område}, {måling}; **bold** and *italic* allowed. */
  text: string;
}

/** One row of the annex ("Bilag 1"). */
export interface AnnexIndicatorRow {
  indicatorName: string;
  unit: string;
  isMain: boolean;
  baseline: { period: string; value: number };
  /** Earlier rounds, oldest first. value null = no measurement. */
  earlier: { roundLabel: string; value: number | null }[];
  latest: { roundLabel: string; value: number | null };
  target: { period: string; value: number };
  status: Status;
  overrideReason?: string;
  precision: number;
}

export interface AnnexArea {
  areaName: string;
  status: Status;
  /** Reason given when the user overrode the area's status (shown in the annex). Optional: added by the letter engine. */
  overrideReason?: string;
  indicators: AnnexIndicatorRow[];
}

export interface Annex {
  title: string; // "Bilag 1"
  heading: string; // "Resultater af integrationsbarometrets måling, maj 2008"
  roundLabel: string;
  statusRuleDescription: string;
  areas: AnnexArea[];
}

/** A fully composed letter: what the preview shows and what the .docx builder writes. */
export interface ComposedLetter {
  variant: LetterVariant;
  header: LetterHeader;
  senderCommitteeName: string;
  recipientCommitteeName: string;
  /** Recipient block of the letterhead: committee, chair (title and name), address. Optional: added by the letter engine. */
  recipientLines?: string[];
  salutation: string; // "Kære Pia Allerslev"
  paragraphs: LetterParagraph[];
  greeting: string; // "Venlig hilsen"
  sender: SenderProfile;
  annex: Annex;
  properties: {
    title: string;
    subject: string;
    author: string;
    keywords: string;
    roundLabel: string;
    statusRule: StatusRule;
    /** Hash of the data the letter was drafted from. */
    dataFingerprint: string;
  };
  /** Danish notes for the user, e.g. "Alle valgte områder er grønne: anerkendende brev". */
  notices: string[];
  /** Drafted from the invented sample data ("Eksempeldata"): preview and .docx carry a "må ikke sendes" mark. */
  sampleData?: boolean;
}

export type LetterState = 'kladde' | 'til-gennemsyn' | 'klar-til-underskrift' | 'sendt';

/**
 * The names a letter was written with. The list and the editor show the data's current names; these only when the
 * data no longer has the committee, round or area (after "Ryd alle data" or an import without them).
 */
export interface DraftNames {
  /** The ids the names belong to (a draft moved to another committee or round does not keep the old names). */
  committeeId: CommitteeId;
  roundId: RoundId;
  /** "Børne- og Ungdomsudvalget". */
  committee: string;
  /** "BUU". */
  committeeShort: string;
  chairName: string;
  /** "Maj 2008". */
  round: string;
  /** Area id → name ("uddannelse" → "Uddannelse"). */
  areas: Record<string, string>;
}

/** A draft as stored in the database. */
export interface LetterDraft {
  id: string;
  roundId: RoundId;
  recipientCommitteeId: CommitteeId;
  areaIds: AreaId[];
  state: LetterState;
  variant: LetterVariant;
  header: LetterHeader;
  paragraphs: LetterParagraph[];
  /** Fingerprint of the data when the computed paragraphs were last generated. */
  dataFingerprint: string;
  statusRule: StatusRule;
  createdAt: string;
  updatedAt: string;
  /** True when drafted while the sample data ("Eksempeldata") was loaded: the letter must never be sent. */
  sampleData?: boolean;
  /** Id of the draft this one was copied from ("Kopiér"), so the list can tell the copy apart. */
  copyOf?: string;
  /**
   * The letter exactly as it was when marked "Sendt": preview and export show this while the state is 'sendt', so a
   * sent letter never changes when the data does. Dropped when the letter is unlocked.
   */
  sentSnapshot?: ComposedLetter;
  /**
   * Counts stored saves of this draft (schema v4). A save names the revision it started from and is refused when
   * the stored draft has moved on (another window, a restore, a review taken back): nothing is overwritten silently.
   * Absent on drafts from before v4 and in old backups: read as 0.
   */
  revision?: number;
  /** The names it was written with (see DraftNames); absent on drafts from before they were kept. */
  names?: DraftNames;
  /**
   * The editor window (a random id per opened editor) that saved this revision; absent when anything else saved it.
   * Tells the crash journal of that window's later keystrokes from another window's edits.
   */
  editorSession?: string;
}
