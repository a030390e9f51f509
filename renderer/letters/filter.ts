import type { BarometerDataset } from '../../shared/domain/types';
import { joinDanish } from '../../shared/domain/wording';
import { runsToPlainText } from '../../shared/letter/plain-text';
import type { LetterDraft, LetterState } from '../../shared/letter/types';

export interface DraftFilter {
  state: LetterState | 'alle';
  roundId: string | 'alle';
  query: string;
}

/** A draft as the list shows it: names looked up in the data (an id when the data no longer has it). */
export interface DraftRow {
  draft: LetterDraft;
  recipient: string;
  areas: string;
  round: string;
}

export function draftRows(drafts: readonly LetterDraft[], dataset: BarometerDataset): DraftRow[] {
  return drafts.map((draft) => ({
    draft,
    recipient:
      dataset.committees.find((committee) => committee.id === draft.recipientCommitteeId)?.name ??
      draft.recipientCommitteeId,
    areas: joinDanish(draft.areaIds.map((id) => dataset.areas.find((area) => area.id === id)?.name ?? id)),
    round: dataset.rounds.find((round) => round.id === draft.roundId)?.label ?? draft.roundId,
  }));
}

const fold = (text: string): string => text.toLocaleLowerCase('da-DK');

/** Keeps the rows matching state, round and every word of the search (in recipient, areas or the letter's text). */
export function filterDraftRows(rows: readonly DraftRow[], filter: DraftFilter): DraftRow[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return rows.filter(({ draft, recipient, areas }) => {
    if (filter.state !== 'alle' && draft.state !== filter.state) return false;
    if (filter.roundId !== 'alle' && draft.roundId !== filter.roundId) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [recipient, areas, ...draft.paragraphs.map((paragraph) => runsToPlainText(paragraph.runs))].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
