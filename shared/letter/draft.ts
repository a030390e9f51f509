import type { AreaId, AreaStatus, BarometerDataset, CommitteeId, RoundId } from '../domain/types';
import { ACKNOWLEDGE_NOTICE, GREEN_LEFT_OUT_NOTICE_START, NO_CALL_NOTICE, composeLetter } from './compose';
import { computedParagraph, copyParagraph, isComputed, refreshDraftParagraphs } from './refresh';
import { findTemplate } from './templates';
import type {
  ComposedLetter,
  DraftNames,
  LetterDraft,
  LetterParagraph,
  LetterTemplate,
  ParagraphRole,
  TemplateId,
} from './types';

export { refreshDraftParagraphs, type DraftRefresh } from './refresh';

export interface DraftIdentity {
  id: string;
  roundId: RoundId;
  recipientCommitteeId: CommitteeId;
  areaIds: AreaId[];
  /** ISO timestamp; defaults to now. */
  now?: string;
  /** The names the letter is written with (see draftNames), kept for when the data no longer has them. */
  names?: DraftNames;
}

/** The committee's, round's and areas' names as the data has them now (empty where it has none). */
export function draftNames(
  dataset: BarometerDataset,
  roundId: RoundId,
  committeeId: CommitteeId,
  areaIds: readonly AreaId[],
): DraftNames {
  const committee = dataset.committees.find((candidate) => candidate.id === committeeId);
  const areas: Record<string, string> = {};
  for (const areaId of areaIds) {
    const area = dataset.areas.find((candidate) => candidate.id === areaId);
    if (area) areas[areaId] = area.name;
  }
  return {
    committeeId,
    roundId,
    committee: committee?.name ?? '',
    committeeShort: committee?.shortName ?? '',
    chairName: committee?.chairName ?? '',
    round: dataset.rounds.find((round) => round.id === roundId)?.label ?? '',
    areas,
  };
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
    ...(identity.names ? { names: identity.names } : {}),
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
  templates?: readonly LetterTemplate[],
): ComposedLetter {
  const fresh = composeLetter({
    dataset,
    roundId: draft.roundId,
    recipientCommitteeId: draft.recipientCommitteeId,
    areaIds: draft.areaIds,
    areaStatuses,
    header: draft.header,
    dataFingerprint: draft.dataFingerprint,
    ...(templates ? { templates } : {}),
  });
  const notices = conclusionNotices(
    draft.paragraphs,
    fresh,
    fresh.notices.filter((notice) => placeholderNoticeFits(notice, draft, templates)),
  );
  return {
    ...fresh,
    variant: draft.variant,
    paragraphs: draft.paragraphs.map(copyParagraph),
    notices,
    ...(draft.sampleData ? { sampleData: true } : {}),
  };
}

type Conclusion = 'call' | 'acknowledge' | 'none';

function conclusionOf(paragraphs: readonly LetterParagraph[]): Conclusion {
  if (paragraphs.some((paragraph) => paragraph.role === 'computed-acknowledge')) return 'acknowledge';
  return paragraphs.some((paragraph) => paragraph.role === 'computed-call') ? 'call' : 'none';
}

const DRAFT_IS: Record<Conclusion, string> = {
  acknowledge: 'Brevet er skrevet som et anerkendende brev.',
  call: 'Brevet er skrevet som et brev med en opfordring.',
  none: 'Brevet indeholder ingen opfordring.',
};
const AFTER_UPDATE: Record<Conclusion, string> = {
  acknowledge: 'et anerkendende brev, fordi alle valgte indsatsområder nu er grønne',
  call: 'et brev med en opfordring, fordi et valgt indsatsområde nu er rødt eller gult',
  none: 'et brev uden opfordring',
};

/**
 * The notices must describe the draft's text. When the data changed so much that the fresh letter would end
 * differently (an urging draft whose areas all turned green), the fresh letter's notices about its conclusion would
 * contradict the text on screen: they are replaced by what the draft is and what the update will make of it.
 */
function conclusionNotices(
  paragraphs: readonly LetterParagraph[],
  fresh: ComposedLetter,
  notices: readonly string[],
): string[] {
  const drafted = conclusionOf(paragraphs);
  const computed = conclusionOf(fresh.paragraphs);
  if (drafted === computed) return [...notices];
  const aboutConclusion = (notice: string): boolean =>
    notice === ACKNOWLEDGE_NOTICE ||
    notice === NO_CALL_NOTICE ||
    notice.startsWith(GREEN_LEFT_OUT_NOTICE_START);
  return [
    `${DRAFT_IS[drafted]} Data er ændret: efter «Opdatér de beregnede afsnit» bliver brevet ${AFTER_UPDATE[computed]}.`,
    ...notices.filter((notice) => !aboutConclusion(notice)),
  ];
}

const TEMPLATE_ROLE: Record<TemplateId, ParagraphRole> = {
  context: 'context',
  results: 'results',
  call: 'computed-call',
  acknowledge: 'computed-acknowledge',
  closing: 'closing',
};

/**
 * A notice about a template's placeholder («Pladsholderen {farve} …», «… ukendte pladsholder …») is shown only when
 * the draft has the paragraph that template made: a note on the acknowledgement means nothing in an urging draft.
 */
function placeholderNoticeFits(
  notice: string,
  draft: LetterDraft,
  templates: readonly LetterTemplate[] | undefined,
): boolean {
  if (!/pladsholder/i.test(notice)) return true;
  const ids = Object.keys(TEMPLATE_ROLE) as TemplateId[];
  const source = ids.find((id) => notice.includes(`«${findTemplate(templates, id).label}»`));
  if (!source) return false;
  return draft.paragraphs.some((paragraph) => paragraph.role === TEMPLATE_ROLE[source]);
}
