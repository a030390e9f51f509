import { useCallback, useState, type ReactElement } from 'react';
import type { BarometerDataset, Indicator, Round } from '../../../shared/domain/types';
import { sortRounds } from '../../../shared/domain/status';
import { getDb } from '../../db/connection';
import { saveMeasurement } from '../../db/edits';
import { describeStorageError } from '../../db/errors';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { decimalText, readDecimal } from './decimal';

function MeasurementCell({
  indicator,
  round,
  stored,
  error,
  onError,
}: {
  indicator: Indicator;
  round: Round;
  stored: number | null | undefined;
  error: string | undefined;
  onError: (cellKey: string, message: string | null) => void;
}): ReactElement {
  const storedText = decimalText(stored, indicator.precision);
  const [text, setText] = useState(storedText);
  // What this cell is storing or last stored: leaving the cell saves at once, but the write and then the live data
  // finish a moment later, and until then the cell must not count as unsaved (a click on a menu link would ask).
  const [committedText, setCommittedText] = useState<string | null>(null);
  const cellKey = `${indicator.id}@${round.id}`;
  const errorId = cellErrorId(cellKey);
  const setError = (message: string | null): void => onError(cellKey, message);

  async function commit(): Promise<boolean> {
    const read = readDecimal(text, { allowEmpty: true });
    if (!read.ok) {
      setError(read.message);
      return false;
    }
    setError(null);
    if (read.value === (stored ?? null)) return true;
    setCommittedText(text.trim());
    try {
      await saveMeasurement(getDb(), indicator.id, round.id, read.value);
      return true;
    } catch (failure) {
      setCommittedText(null);
      setError(describeStorageError(failure));
      return false;
    }
  }
  // A menu command can leave the screen without the cell losing focus: the typed value still counts.
  useUnsavedChanges(text.trim() !== storedText.trim() && text.trim() !== committedText, commit);

  return (
    <td className="number">
      <input
        type="text"
        inputMode="decimal"
        className="grid-input"
        aria-label={`${indicator.name}, ${round.label}`}
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
        }}
      />
    </td>
  );
}

function cellErrorId(cellKey: string): string {
  return `maaling-fejl-${cellKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Indicators × rounds; a cell saves when left (or on Enter) if its value is a number or empty. */
export function MeasurementGrid({ dataset }: { dataset: BarometerDataset }): ReactElement {
  const rounds = sortRounds(dataset.rounds);
  const values = new Map(dataset.measurements.map((m) => [`${m.indicatorId}@${m.roundId}`, m.value]));
  // Errors are listed under the grid, naming the cell: inside a narrow number cell they wrapped unreadably.
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const reportError = useCallback((cellKey: string, message: string | null) => {
    setErrors((previous) => {
      if ((previous.get(cellKey) ?? null) === message) return previous;
      const next = new Map(previous);
      if (message === null) next.delete(cellKey);
      else next.set(cellKey, message);
      return next;
    });
  }, []);
  const cellName = (cellKey: string): string => {
    const [indicatorId, roundId] = cellKey.split('@');
    const indicator = dataset.indicators.find((i) => i.id === indicatorId);
    const round = dataset.rounds.find((r) => r.id === roundId);
    return `${indicator?.name ?? indicatorId ?? ''}, ${round?.label ?? roundId ?? ''}`;
  };
  if (rounds.length === 0 || dataset.indicators.length === 0) {
    return (
      <p>Der er ingen indikatorer eller målinger endnu. Importér data, eller tilføj en måling nedenfor.</p>
    );
  }
  return (
    <>
      <p className="muted">
        Skriv tal med komma eller punktum som decimaltegn (fx 47,5). Et tomt felt betyder «ingen måling».
        Værdien gemmes, når du forlader feltet.
      </p>
      <div className="table-scroll">
        <table className="data-table measurement-grid">
          <thead>
            <tr>
              <th scope="col">Indikator</th>
              {rounds.map((round) => (
                <th scope="col" key={round.id}>
                  {round.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dataset.areas.map((area) =>
              dataset.indicators
                .filter((indicator) => indicator.areaId === area.id)
                .map((indicator) => (
                  <tr key={indicator.id}>
                    <th scope="row">
                      {indicator.name}
                      <span className="muted">
                        {' '}
                        ({area.name}
                        {indicator.unit ? `, ${indicator.unit}` : ''})
                      </span>
                    </th>
                    {rounds.map((round) => {
                      const stored = values.get(`${indicator.id}@${round.id}`);
                      return (
                        <MeasurementCell
                          // A new stored value (import, restore) resets the cell's text.
                          key={`${round.id}:${String(stored)}`}
                          indicator={indicator}
                          round={round}
                          stored={stored}
                          error={errors.get(`${indicator.id}@${round.id}`)}
                          onError={reportError}
                        />
                      );
                    })}
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
      {errors.size > 0 && (
        <ul className="grid-errors" role="alert" aria-label="Fejl i målingerne">
          {[...errors].map(([cellKey, message]) => (
            <li key={cellKey} id={cellErrorId(cellKey)} className="form-error">
              <strong>{cellName(cellKey)}:</strong> {message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
