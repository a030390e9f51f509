import { dataFingerprint } from '../../shared/domain/fingerprint';
import { computeAreaStatuses } from '../../shared/domain/status';
import type { AreaId, AreaStatus, BarometerDataset, CommitteeId, RoundId } from '../../shared/domain/types';
import { composeLetter } from '../../shared/letter/compose';
import { createDraft, draftToComposed, refreshComputedParagraphs } from '../../shared/letter/draft';
import type { ComposedLetter, LetterDraft, LetterHeader, LetterTemplate } from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { loadDataset } from '../db/dataset';
import { saveDraft } from '../db/letters';
import { loadTemplates } from '../db/templates';

/** What the user chose on "Nyt brev" (or what the batch chooses per committee). */
export interface DraftRequest {
  roundId: RoundId;
  recipientCommitteeId: CommitteeId;
  areaIds: AreaId[];
  header: LetterHeader;
}

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

/**
 * The fingerprint a draft is compared with: the whole round, not only the letter's areas, because the progress
 * paragraph speaks of every area.
 */
export function currentFingerprint(dataset: BarometerDataset, roundId: RoundId): string {
  return dataFingerprint(dataset, roundId);
}

export function composeFromRequest(
  dataset: BarometerDataset,
  templates: readonly LetterTemplate[],
  request: DraftRequest,
  areaStatuses: AreaStatus[] = computeAreaStatuses(dataset, request.roundId),
): ComposedLetter {
  return composeLetter({
    dataset,
    roundId: request.roundId,
    recipientCommitteeId: request.recipientCommitteeId,
    areaIds: request.areaIds,
    areaStatuses,
    header: request.header,
    templates,
    dataFingerprint: currentFingerprint(dataset, request.roundId),
  });
}

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
  });
}

/** Reads the stored data and templates, drafts the letter and stores it; returns the stored draft. */
export async function createStoredDraft(db: BarometerDb, request: DraftRequest): Promise<LetterDraft> {
  const [dataset, templates] = await Promise.all([loadDataset(db), loadTemplates(db)]);
  const draft = draftFromRequest(dataset, templates, request);
  await saveDraft(db, draft);
  return draft;
}

/** True when the data under the draft changed since its computed paragraphs were written. */
export function isDraftOutdated(dataset: BarometerDataset, draft: LetterDraft): boolean {
  if (!dataset.rounds.some((round) => round.id === draft.roundId)) return false;
  return currentFingerprint(dataset, draft.roundId) !== draft.dataFingerprint;
}

/** "Opdatér de beregnede afsnit": fresh computed paragraphs, the user's edited paragraphs untouched. */
export function refreshDraft(
  dataset: BarometerDataset,
  templates: readonly LetterTemplate[],
  draft: LetterDraft,
): LetterDraft {
  const fresh = composeFromRequest(dataset, templates, {
    roundId: draft.roundId,
    recipientCommitteeId: draft.recipientCommitteeId,
    areaIds: draft.areaIds,
    header: draft.header,
  });
  return refreshComputedParagraphs(draft, fresh);
}

/** The letter as preview and export show it; null when its round or committee no longer exists in the data. */
export function composeDraft(dataset: BarometerDataset, draft: LetterDraft): ComposedLetter | null {
  try {
    return draftToComposed(draft, dataset, computeAreaStatuses(dataset, draft.roundId));
  } catch {
    return null;
  }
}

/** `Brev til Børne- og Ungdomsudvalget 2008-05-16.docx`, with characters Windows refuses replaced. */
export function letterFileName(recipientName: string, isoDate: string, extension: 'docx' | 'pdf'): string {
  const base = `Brev til ${recipientName} ${isoDate}`
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
  return `${base || 'Brev'}.${extension}`;
}
