import { useId, type ReactElement } from 'react';
import type { Round } from '../../shared/domain/types';
import { periodText } from '../../shared/domain/periods';
import { formatDateLong } from '../../shared/domain/wording';

/** "offentliggjort 28. maj 2008", or nothing when the date is unknown or unreadable. */
export function publishedText(round: Round): string | null {
  if (!round.publishedOn) return null;
  try {
    return `offentliggjort ${formatDateLong(round.publishedOn)}`;
  } catch {
    return `offentliggjort ${round.publishedOn}`;
  }
}

/** Chooses the round every screen shows, with its period and publication date (data lags up to a year). */
export function RoundPicker({
  rounds,
  round,
  onSelect,
}: {
  rounds: Round[];
  round: Round;
  onSelect: (roundId: string) => void;
}): ReactElement {
  const id = useId();
  const published = publishedText(round);
  return (
    <div className="round-picker">
      <label htmlFor={id}>Måling</label>
      <select id={id} value={round.id} onChange={(event) => onSelect(event.target.value)}>
        {[...rounds].reverse().map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <p className="round-picker-info">
        Periode: {periodText(round.period)}.{' '}
        <span className="muted">
          {published
            ? `Data halter op til et år: målingen er ${published}.`
            : 'Data halter op til et år; målingens offentliggørelsesdato er ikke angivet (kan tilføjes under Data).'}
        </span>
      </p>
    </div>
  );
}
