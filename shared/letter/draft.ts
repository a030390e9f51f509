import type { AreaId, AreaStatus, BarometerDataset, CommitteeId, RoundId } from '../domain/types';
import { composeLetter } from './compose';
import { computedParagraph, copyParagraph, isComputed, refreshDraftParagraphs } from './refresh';
import type { ComposedLetter, LetterDraft } from './types';

export { refreshDraftParagraphs, type DraftRefresh } from './refresh';

export interface DraftIdentity {
  id: string;
  roundId: RoundId;
  recipientCommitteeId: CommitteeId;
  areaIds: AreaId[];
  /** ISO timestamp; defaults to now. */
  now?: string;
}

export function createDraft(composed: ComposedLetter, identity: DraftIdentity): LetterDraft {
  const now = identity.now ?? new Date().toISOString();
  return {
    id: identity.id,
    roundId: identity.roundId,
    recipientCommitteeId: identity.recipientCommitteeId,
    areaIds: [...identity.areaIds],
    state: 'kladde',
    variant: composed.variant,
    header: { ...composed.header },
    paragraphs: composed.paragraphs.map((paragraph) =>
      isComputed(paragraph) ? computedParagraph(paragraph) : copyParagraph(paragraph),
    ),
    dataFingerprint: composed.properties.dataFingerprint,
    statusRule: composed.properties.statusRule,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * After the data changed: fresh computed paragraphs (see refresh.ts for the rules and the notices on replaced edits).
 * Kept for callers that need only the draft.
 */
export function refreshComputedParagraphs(
  draft: LetterDraft,
  fresh: ComposedLetter,
  now?: string,
): LetterDraft {
  return refreshDraftParagraphs(draft, fresh, now).draft;
}

/**
 * The letter as preview and export show it: the draft's own paragraphs (the user's text), with salutation, sender
 * block, annex and properties built fresh from the data.
 */
export function draftToComposed(
  draft: LetterDraft,
  dataset: BarometerDataset,
  areaStatuses: AreaStatus[],
): ComposedLetter {
  const fresh = composeLetter({
    dataset,
    roundId: draft.roundId,
    recipientCommitteeId: draft.recipientCommitteeId,
    areaIds: draft.areaIds,
    areaStatuses,
    header: draft.header,
    dataFingerprint: draft.dataFingerprint,
  });
  // Notices about template placeholders describe the fresh text, not the draft's, so they are left out here.
  const notices = fresh.notices.filter((notice) => !notice.includes('pladsholder'));
  return {
    ...fresh,
    variant: draft.variant,
    paragraphs: draft.paragraphs.map(copyParagraph),
    notices,
    ...(draft.sampleData ? { sampleData: true } : {}),
  };
}
