import { useState, type ReactElement } from 'react';
import type { BarometerDataset, Indicator, Round } from '../../../shared/domain/types';
import { sortRounds } from '../../../shared/domain/status';
import { getDb } from '../../db/connection';
import { saveMeasurement } from '../../db/edits';
import { describeStorageError } from '../../db/errors';
import { decimalText, readDecimal } from './decimal';

function MeasurementCell({
  indicator,
  round,
  stored,
}: {
  indicator: Indicator;
  round: Round;
  stored: number | null | undefined;
}): ReactElement {
  const [text, setText] = useState(decimalText(stored, indicator.precision));
  const [error, setError] = useState<string | null>(null);
  const errorId = `maaling-fejl-${indicator.id}-${round.id}`;

  async function commit(): Promise<void> {
    const read = readDecimal(text, { allowEmpty: true });
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    if (read.value === (stored ?? null)) return;
    try {
      await saveMeasurement(getDb(), indicator.id, round.id, read.value);
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }

  return (
    <td className="number">
      <input
        type="text"
        inputMode="decimal"
        className="grid-input"
        aria-label={`${indicator.name}, ${round.label}`}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
        }}
      />
      {error && (
        <span id={errorId} className="cell-error" role="alert">
          {error}
        </span>
      )}
    </td>
  );
}

/** Indicators × rounds; a cell saves when left (or on Enter) if its value is a number or empty. */
export function MeasurementGrid({ dataset }: { dataset: BarometerDataset }): ReactElement {
  const rounds = sortRounds(dataset.rounds);
  const values = new Map(dataset.measurements.map((m) => [`${m.indicatorId}@${m.roundId}`, m.value]));
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
                        />
                      );
                    })}
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
