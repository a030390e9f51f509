import type { AreaId, AreaStatus, BarometerDataset, CommitteeId, RoundId } from '../domain/types';
import { composeLetter } from './compose';
import type { ComposedLetter, LetterDraft, LetterParagraph } from './types';

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
    paragraphs: composed.paragraphs.map(copyParagraph),
    dataFingerprint: composed.properties.dataFingerprint,
    statusRule: composed.properties.statusRule,
    createdAt: now,
    updatedAt: now,
  };
}

function copyParagraph(paragraph: LetterParagraph): LetterParagraph {
  return { ...paragraph, runs: paragraph.runs.map((run) => ({ ...run })) };
}

const isComputed = (paragraph: LetterParagraph): boolean => paragraph.role.startsWith('computed-');

/**
 * After the data changed: computed paragraphs the user has NOT edited are replaced by the fresh ones (or dropped when
 * the fresh letter no longer has them, e.g. the call once every area turned green); the user's own text stays.
 * A computed paragraph new to the draft is placed after the paragraph that precedes it in the fresh letter.
 */
export function refreshComputedParagraphs(
  draft: LetterDraft,
  fresh: ComposedLetter,
  now?: string,
): LetterDraft {
  const freshById = new Map(fresh.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const result: LetterParagraph[] = [];
  for (const paragraph of draft.paragraphs) {
    if (!isComputed(paragraph) || paragraph.editedByUser) {
      result.push(copyParagraph(paragraph));
      continue;
    }
    const replacement = freshById.get(paragraph.id);
    if (replacement) result.push(copyParagraph(replacement));
  }

  fresh.paragraphs.forEach((paragraph, freshIndex) => {
    if (!isComputed(paragraph) || result.some((existing) => existing.id === paragraph.id)) return;
    const anchor = fresh.paragraphs
      .slice(0, freshIndex)
      .map((earlier) => result.findIndex((existing) => existing.id === earlier.id))
      .filter((index) => index >= 0)
      .pop();
    result.splice(anchor === undefined ? 0 : anchor + 1, 0, copyParagraph(paragraph));
  });

  return {
    ...draft,
    variant: fresh.variant,
    paragraphs: result,
    dataFingerprint: fresh.properties.dataFingerprint,
    statusRule: fresh.properties.statusRule,
    updatedAt: now ?? new Date().toISOString(),
  };
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
  };
}
