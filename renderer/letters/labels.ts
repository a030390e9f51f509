import type { BarometerDataset } from '../../shared/domain/types';
import type { LetterDraft, LetterState, ParagraphRole } from '../../shared/letter/types';

/** The order a letter moves through before it is sent. */
export const LETTER_STATES: readonly LetterState[] = [
  'kladde',
  'til-gennemsyn',
  'klar-til-underskrift',
  'sendt',
];

export const STATE_LABEL: Readonly<Record<LetterState, string>> = {
  kladde: 'Kladde',
  'til-gennemsyn': 'Til gennemsyn',
  'klar-til-underskrift': 'Klar til underskrift',
  sendt: 'Sendt',
};

export const ROLE_LABEL: Readonly<Record<ParagraphRole, string>> = {
  context: 'Indledning',
  results: 'Målingens resultater',
  'computed-progress': 'Fremgang og tilbagegang (beregnet fra data)',
  'computed-call': 'Opfordring (beregnet fra data)',
  'computed-acknowledge': 'Anerkendelse (beregnet fra data)',
  closing: 'Afslutning',
  custom: 'Eget afsnit',
};

/** "16. maj 2008 kl. 14:32" for the draft list's "Senest ændret". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} kl. ${time}`;
}

/** How a letter's committee, round and areas are named on screen (see draftLabels). */
export interface DraftLabels {
  recipient: string;
  /** False when neither the data nor the letter has the committee's name (`recipient` is then its id). */
  recipientKnown: boolean;
  recipientShort: string;
  chairName: string;
  round: string;
  areas: string[];
}

/**
 * The names the data has now; where it no longer has them (after "Ryd alle data"), the names the letter was written
 * with; for old drafts without those, the id ("ukendt måling (maj-2008)").
 */
export function draftLabels(
  dataset: Pick<BarometerDataset, 'committees' | 'rounds' | 'areas'> | undefined,
  draft: LetterDraft,
): DraftLabels {
  const committee = dataset?.committees.find((candidate) => candidate.id === draft.recipientCommitteeId);
  const round = dataset?.rounds.find((candidate) => candidate.id === draft.roundId);
  const names = draft.names;
  // Names kept for another committee or round (the draft was moved) do not apply.
  const kept = names && names.committeeId === draft.recipientCommitteeId ? names : undefined;
  const keptRound = names && names.roundId === draft.roundId ? names.round : '';
  const recipient = committee?.name || kept?.committee || '';
  return {
    recipient: recipient || draft.recipientCommitteeId,
    recipientKnown: recipient !== '',
    recipientShort: committee?.shortName ?? kept?.committeeShort ?? '',
    chairName: committee?.chairName ?? kept?.chairName ?? '',
    round: round?.label || keptRound || `ukendt måling (${draft.roundId})`,
    areas: draft.areaIds.map(
      (id) => dataset?.areas.find((area) => area.id === id)?.name ?? names?.areas[id] ?? id,
    ),
  };
}
