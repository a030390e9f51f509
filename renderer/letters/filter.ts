import type { BarometerDataset } from '../../shared/domain/types';
import { joinDanish } from '../../shared/domain/wording';
import { runsToPlainText } from '../../shared/letter/plain-text';
import type { LetterDraft, LetterState } from '../../shared/letter/types';
import { draftLabels } from './labels';

export interface DraftFilter {
  state: LetterState | 'alle';
  roundId: string | 'alle';
  query: string;
}

/** A draft as the list shows it: names looked up in the data (else the names it was written with, else an id). */
export interface DraftRow {
  draft: LetterDraft;
  recipient: string;
  /** The committee's short name ("BUU"); '' when the data no longer has the committee. */
  recipientShort: string;
  /** The committee chair's name, so the search finds "Pia Allerslev"; '' when unknown. */
  chairName: string;
  areas: string;
  round: string;
}

export function draftRows(drafts: readonly LetterDraft[], dataset: BarometerDataset): DraftRow[] {
  return drafts.map((draft) => {
    const labels = draftLabels(dataset, draft);
    return {
      draft,
      recipient: labels.recipient,
      recipientShort: labels.recipientShort,
      chairName: labels.chairName,
      areas: joinDanish(labels.areas),
      round: labels.round,
    };
  });
}

/** A copy made with "Kopiér" that nobody has edited yet: the list marks it "(kopi)". */
export function isUneditedCopy(draft: LetterDraft): boolean {
  return draft.copyOf !== undefined && draft.updatedAt === draft.createdAt;
}

/** "Viser 1 af 1 brev", "Viser 2 af 5 breve". */
export function describeShown(shown: number, total: number): string {
  return `Viser ${shown} af ${total} ${total === 1 ? 'brev' : 'breve'}`;
}

const fold = (text: string): string => text.toLocaleLowerCase('da-DK');

/**
 * Keeps the rows matching state, round and every word of the search (in recipient, its short name and chair, areas,
 * Sagsnr., Dok.nr. or the letter's text).
 */
export function filterDraftRows(rows: readonly DraftRow[], filter: DraftFilter): DraftRow[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return rows.filter(({ draft, recipient, recipientShort, chairName, areas }) => {
    if (filter.state !== 'alle' && draft.state !== filter.state) return false;
    if (filter.roundId !== 'alle' && draft.roundId !== filter.roundId) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [
        recipient,
        recipientShort,
        chairName,
        areas,
        draft.header.sagsnr,
        draft.header.doknr,
        ...draft.paragraphs.map((paragraph) => runsToPlainText(paragraph.runs)),
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
