import type { Round } from '../../../shared/domain/types';
import { roundIdFromLabel } from '../../../shared/domain/ids';
import { parsePeriod } from '../../../shared/domain/periods';

export interface RoundForm {
  label: string;
  period: string;
  publishedOn: string;
}

export type RoundFormErrors = Partial<Record<keyof RoundForm, string>>;

export function roundToForm(round: Round): RoundForm {
  return { label: round.label, period: round.period, publishedOn: round.publishedOn ?? '' };
}

/** Checks a round; a new round gets its id from the label and must not clash with an existing one. */
export function formToRound(
  form: RoundForm,
  existing: readonly Round[],
  original?: Round,
): { ok: true; round: Round } | { ok: false; errors: RoundFormErrors } {
  const errors: RoundFormErrors = {};
  const label = form.label.trim();
  const period = form.period.trim();
  const publishedOn = form.publishedOn.trim();
  if (label === '') errors.label = 'Navnet skal udfyldes (fx «Maj 2008»).';
  if (period === '') errors.period = 'Perioden skal udfyldes (fx 2008 eller 2008-05).';
  else if (!parsePeriod(period))
    errors.period = `Perioden «${period}» kan ikke læses. Skriv fx 2008 eller 2008-05.`;
  if (publishedOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) {
    errors.publishedOn = 'Datoen skal skrives som ÅÅÅÅ-MM-DD.';
  }
  const id = original?.id ?? roundIdFromLabel(label);
  if (!original && label !== '' && id === '') errors.label = 'Navnet skal indeholde bogstaver eller tal.';
  if (!original && existing.some((r) => r.id === id))
    errors.label = `Der findes allerede en måling med navnet «${label}».`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, round: { id, label, period, ...(publishedOn ? { publishedOn } : {}) } };
}
