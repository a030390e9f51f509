import { computeAreaStatuses } from '../../shared/domain/status';
import type { BarometerDataset } from '../../shared/domain/types';
import {
  composeFromRequest,
  letterDataFingerprint,
  type LetterRequest,
} from '../../shared/letter/compose-request';
import {
  createDraft,
  draftNames,
  draftToComposed,
  refreshDraftParagraphs,
  type DraftRefresh,
} from '../../shared/letter/draft';
import { frozenLetter, withLetterState } from '../../shared/letter/sent-snapshot';
import type {
  ComposedLetter,
  LetterDraft,
  LetterHeader,
  LetterState,
  LetterTemplate,
} from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { loadDataset } from '../db/dataset';
import { saveDraft } from '../db/letters';
import { readSetting } from '../db/settings';
import { loadTemplates } from '../db/templates';
import { containsSampleData } from '../db/dataset-label';

/** What the user chose on "Nyt brev" (or what the batch chooses per committee). */
export type DraftRequest = LetterRequest;

/** Today's date as YYYY-MM-DD in local time (the letter's default date). */
export function todayIso(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function defaultHeader(now = new Date()): LetterHeader {
  return { date: todayIso(now), dateStyle: 'numeric', sagsnr: '', doknr: '' };
}

export function newLetterId(): string {
  return crypto.randomUUID();
}

/** The fingerprint a draft is compared with (the same the CLI records): the whole round. */
export const currentFingerprint = letterDataFingerprint;

export { composeFromRequest };

/** A new draft from the data and the user's templates (pure: nothing is stored). */
export function draftFromRequest(
  dataset: BarometerDataset,
  templates: readonly LetterTemplate[],
  request: DraftRequest,
  id: string = newLetterId(),
  now?: string,
): LetterDraft {
  const composed = composeFromRequest(dataset, templates, request);
  return createDraft(composed, {
    id,
    roundId: request.roundId,
    recipientCommitteeId: request.recipientCommitteeId,
    areaIds: request.areaIds,
    ...(now ? { now } : {}),
    names: draftNames(dataset, request.roundId, request.recipientCommitteeId, request.areaIds),
  });
}

/**
 * Reads the stored data and templates, drafts the letter and stores it; returns the stored draft. A draft made while
 * the sample data is loaded is flagged `sampleData`, so it is marked "må ikke sendes" for good.
 */
export async function createStoredDraft(db: BarometerDb, request: DraftRequest): Promise<LetterDraft> {
  const [dataset, templates, sample] = await Promise.all([
    loadDataset(db),
    loadTemplates(db),
    isSampleDataLoaded(db),
  ]);
  const draft = markSample(draftFromRequest(dataset, templates, request), sample);
  await saveDraft(db, draft);
  return draft;
}

/** The draft flagged as drafted from the sample data (unchanged when `sample` is false). */
export function markSample(draft: LetterDraft, sample: boolean): LetterDraft {
  return sample ? { ...draft, sampleData: true } : draft;
}

/** True when the data under the draft changed since its computed paragraphs were written. */
export function isDraftOutdated(dataset: BarometerDataset, draft: LetterDraft): boolean {
  if (!dataset.rounds.some((round) => round.id === draft.roundId)) return false;
  return currentFingerprint(dataset, draft.roundId) !== draft.dataFingerprint;
}

/**
 * "Opdatér de beregnede afsnit": fresh computed paragraphs, the user's own paragraphs untouched. The notices name the
 * user's edits of computed paragraphs that were replaced because the data behind them changed.
 */
export function refreshDraft(
  dataset: BarometerDataset,
  templates: readonly LetterTemplate[],
  draft: LetterDraft,
): DraftRefresh {
  const fresh = composeFromRequest(dataset, templates, {
    roundId: draft.roundId,
    recipientCommitteeId: draft.recipientCommitteeId,
    areaIds: draft.areaIds,
    header: draft.header,
  });
  return refreshDraftParagraphs(draft, fresh);
}

/** What the draft refers to but the data no longer has, in Danish; null when everything is there. */
export function missingReference(dataset: BarometerDataset, draft: LetterDraft): string | null {
  if (!dataset.rounds.some((round) => round.id === draft.roundId)) return 'Brevets måling';
  if (!dataset.committees.some((committee) => committee.id === draft.recipientCommitteeId))
    return 'Det modtagende udvalg';
  if (!dataset.committees.some((committee) => committee.id === dataset.sender.committeeId))
    return 'Det afsendende udvalg';
  const gone = draft.areaIds.filter((areaId) => !dataset.areas.some((area) => area.id === areaId));
  if (gone.length > 0) return `Indsatsområdet ${gone.map((id) => `«${id}»`).join(', ')}`;
  return null;
}

/**
 * The letter as preview and export show it; null when its round, committee or an area no longer exists in the data
 * (see `missingReference`). Any other failure is a real error and is thrown, not hidden as "missing".
 * `sampleLoaded`: the sample data is loaded now, so the annex shows invented numbers and the letter is marked
 * "må ikke sendes" even if it was drafted from real data.
 */
export function composeDraft(
  dataset: BarometerDataset,
  draft: LetterDraft,
  sampleLoaded = false,
  /** The user's templates: only for the notices on their placeholders (the text is the draft's own). */
  templates?: readonly LetterTemplate[],
): ComposedLetter | null {
  // A sent letter shows and exports what was sent, whatever the data says now.
  const frozen = frozenLetter(draft);
  if (frozen) return frozen;
  if (missingReference(dataset, draft) !== null) return null;
  const composed = draftToComposed(draft, dataset, computeAreaStatuses(dataset, draft.roundId), templates);
  return sampleLoaded ? { ...composed, sampleData: true } : composed;
}

/**
 * The draft in a new state; marking it "Sendt" freezes the letter as it reads now (see sent-snapshot.ts). Null when
 * the letter cannot be composed (its round or committee is gone), so it is not marked sent.
 */
export function changeDraftState(
  dataset: BarometerDataset,
  draft: LetterDraft,
  state: LetterState,
  sampleLoaded = false,
  templates?: readonly LetterTemplate[],
): LetterDraft | null {
  return withLetterState(draft, state, () => composeDraft(dataset, draft, sampleLoaded, templates));
}

/** True while any invented sample numbers are loaded ("Eksempeldata", alone or under own data). */
export async function isSampleDataLoaded(db: BarometerDb): Promise<boolean> {
  return containsSampleData(await readSetting<string>(db, 'datasetLabel'));
}

/** `Brev til Børne- og Ungdomsudvalget 2008-05-16.docx` (`… (EKSEMPELDATA).docx` on sample data), with characters Windows refuses replaced. */
export function letterFileName(
  recipientName: string,
  isoDate: string,
  extension: 'docx' | 'pdf',
  /** Drafted from or showing the sample data: the name says so too, so the file is never sent by mistake. */
  sampleData = false,
): string {
  const base = `Brev til ${recipientName} ${isoDate}${sampleData ? ' (EKSEMPELDATA)' : ''}`
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
  return `${base || 'Brev'}.${extension}`;
}
