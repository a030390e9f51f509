import { computeAreaStatuses } from '../../shared/domain/status';
import type { BarometerDataset, RoundId } from '../../shared/domain/types';
import type { LetterDraft, LetterHeader, LetterState, LetterTemplate } from '../../shared/letter/types';
import type { BarometerDb } from '../db/database';
import { loadDataset } from '../db/dataset';
import { addDraftsForCommitteesWithout, saveDrafts } from '../db/letters';
import { loadTemplates } from '../db/templates';
import {
  draftFromRequest,
  isDraftOutdated,
  isSampleDataLoaded,
  markSample,
  refreshDraft,
} from './draft-service';
import { committeeSummaries, type CommitteeSummary } from './selection';

export interface BatchPlan {
  /** Committees with a red or yellow main indicator on one of their areas: each gets a letter about those areas. */
  withLetter: CommitteeSummary[];
  /** Only green (or unmeasured) areas: no letter. */
  withoutLetter: CommitteeSummary[];
}

export function batchPlan(dataset: BarometerDataset, roundId: RoundId): BatchPlan {
  const summaries = committeeSummaries(dataset, computeAreaStatuses(dataset, roundId));
  return {
    withLetter: summaries.filter((summary) => summary.attentionAreaIds.length > 0),
    withoutLetter: summaries.filter((summary) => summary.attentionAreaIds.length === 0),
  };
}

/** One draft per committee in the plan (pure). */
export function batchDrafts(
  dataset: BarometerDataset,
  templates: readonly LetterTemplate[],
  roundId: RoundId,
  header: LetterHeader,
  onProgress?: (done: number, total: number) => void,
): LetterDraft[] {
  const { withLetter } = batchPlan(dataset, roundId);
  return withLetter.map((summary, index) => {
    const draft = draftFromRequest(dataset, templates, {
      roundId,
      recipientCommitteeId: summary.committee.id,
      areaIds: summary.attentionAreaIds,
      header,
    });
    onProgress?.(index + 1, withLetter.length);
    return draft;
  });
}

export interface BatchCreation {
  /** The drafts stored now. */
  created: LetterDraft[];
  /** Committees skipped because they already have a draft for the round (the user's edits are never duplicated). */
  skippedCommitteeIds: string[];
}

/**
 * "Opret udkast til alle": drafts a letter for each committee in the plan that has no draft for the round yet, and
 * stores them in one transaction (all or none). Drafts made while the sample data is loaded are flagged.
 */
export async function createBatch(
  db: BarometerDb,
  roundId: RoundId,
  header: LetterHeader,
  onProgress?: (done: number, total: number) => void,
): Promise<BatchCreation> {
  const [dataset, templates, sample] = await Promise.all([
    loadDataset(db),
    loadTemplates(db),
    isSampleDataLoaded(db),
  ]);
  const drafts = batchDrafts(dataset, templates, roundId, header, onProgress).map((draft) =>
    markSample(draft, sample),
  );
  const { added, skipped } = await addDraftsForCommitteesWithout(db, drafts);
  return { created: added, skippedCommitteeIds: skipped.map((draft) => draft.recipientCommitteeId) };
}

/** "1 udkast er oprettet. 2 udvalg har allerede et udkast for målingen og er sprunget over." */
export function describeBatchCreation(result: BatchCreation): string {
  const skipped = result.skippedCommitteeIds.length;
  const created =
    result.created.length === 0 && skipped > 0
      ? 'Der er ikke oprettet nye udkast.'
      : `${result.created.length} udkast er oprettet. De ligger under Breve.`;
  if (skipped === 0) return created;
  return `${created} ${skipped} udvalg har allerede et udkast for målingen og er sprunget over.`;
}

/** How many drafts each committee has for the round: the export takes the newest when there are several. */
export function draftCountPerCommittee(
  drafts: readonly LetterDraft[],
  roundId: RoundId,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const draft of drafts)
    if (draft.roundId === roundId)
      counts.set(draft.recipientCommitteeId, (counts.get(draft.recipientCommitteeId) ?? 0) + 1);
  return counts;
}

/** Which of several drafts the batch exports: the one furthest along, a sent letter only when nothing else is left. */
const STATE_PREFERENCE: Record<LetterState, number> = {
  'klar-til-underskrift': 0,
  'til-gennemsyn': 1,
  kladde: 2,
  sendt: 3,
};

/**
 * The draft per committee for the round that "Eksportér alle som Word" exports: the most advanced state (Klar til
 * underskrift > Til gennemsyn > Kladde; a sent letter only when it is the only kind), then the newest.
 */
export function preferredDraftPerCommittee(
  drafts: readonly LetterDraft[],
  roundId: RoundId,
  committeeIds: readonly string[],
): LetterDraft[] {
  return committeeIds.flatMap((committeeId) => {
    const best = drafts
      .filter((draft) => draft.roundId === roundId && draft.recipientCommitteeId === committeeId)
      .sort(
        (a, b) =>
          STATE_PREFERENCE[a.state] - STATE_PREFERENCE[b.state] ||
          (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
      )[0];
    return best ? [best] : [];
  });
}

/** Why this draft was exported when the committee has several: "det nyeste af 3 udkast med status Klar til underskrift". */
export function describePreferredDraft(
  draft: LetterDraft,
  drafts: readonly LetterDraft[],
  stateLabel: (state: LetterState) => string,
): string {
  const siblings = drafts.filter(
    (other) => other.roundId === draft.roundId && other.recipientCommitteeId === draft.recipientCommitteeId,
  );
  if (siblings.length <= 1) return '';
  const sameState = siblings.filter((other) => other.state === draft.state).length;
  const state = stateLabel(draft.state).toLocaleLowerCase('da-DK');
  const which =
    sameState > 1
      ? `det nyeste af ${sameState} udkast med status «${state}»`
      : `udkastet med status «${state}»`;
  return ` – ${which} (${siblings.length} udkast i alt)`;
}

export interface BatchExportDrafts {
  /** The drafts to export, in the same order, outdated ones refreshed. */
  drafts: LetterDraft[];
  /** How many drafts got fresh computed paragraphs. */
  refreshedCount: number;
  /** "Brev til …: …" for each user edit of a computed paragraph the refresh replaced. */
  notices: string[];
}

/**
 * Before "Eksportér alle som Word": a draft whose data changed gets fresh computed paragraphs, so no exported letter
 * says "viser fremgang" above an annex showing red. Pure; the caller stores the refreshed drafts.
 */
export function refreshOutdatedDrafts(
  dataset: BarometerDataset,
  templates: readonly LetterTemplate[],
  drafts: readonly LetterDraft[],
): BatchExportDrafts {
  let refreshedCount = 0;
  const notices: string[] = [];
  const result = drafts.map((draft) => {
    // A sent letter stays as it was sent (it is exported from its frozen copy), so it is never refreshed.
    if (draft.state === 'sendt' || !isDraftOutdated(dataset, draft)) return draft;
    const refreshed = refreshDraft(dataset, templates, draft);
    refreshedCount++;
    const recipient =
      dataset.committees.find((committee) => committee.id === draft.recipientCommitteeId)?.name ??
      draft.recipientCommitteeId;
    notices.push(...refreshed.notices.map((notice) => `Brev til ${recipient}: ${notice}`));
    return refreshed.draft;
  });
  return { drafts: result, refreshedCount, notices };
}

/** Refreshes the outdated drafts and stores them in one transaction, so what is exported is what the editor shows. */
export async function prepareBatchExport(
  db: BarometerDb,
  dataset: BarometerDataset,
  drafts: readonly LetterDraft[],
): Promise<BatchExportDrafts> {
  const prepared = refreshOutdatedDrafts(dataset, await loadTemplates(db), drafts);
  const changed = prepared.drafts.filter((draft, index) => draft !== drafts[index]);
  if (changed.length > 0) await saveDrafts(db, changed);
  return prepared;
}
