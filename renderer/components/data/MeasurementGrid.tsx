import { useCallback, useId, useMemo, useState, type ReactElement } from 'react';
import type { Area, BarometerDataset, Indicator, Measurement, Round } from '../../../shared/domain/types';
import { sortRounds } from '../../../shared/domain/status';
import { formatNumber } from '../../../shared/domain/wording';
import { getDb } from '../../db/connection';
import { saveMeasurement } from '../../db/edits';
import { describeStorageError } from '../../db/errors';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { MoreIndicators } from '../MoreIndicators';
import { useIncrementalCount } from '../useIncrementalCount';
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

/** Rows at most drawn without being asked; a longer grid also gets a filter by area. */
const ROWS_UNASKED = 100;
const ALL_AREAS = '';

/**
 * Indicators × rounds; a cell saves when left (or on Enter) if its value is a number or empty. A grid of
 * thousands of indicators (one input per value) is drawn a chunk at a time and beyond 100 rows on request:
 * 20,000 indicators drawn at once held the page for seconds after an import.
 */
export function MeasurementGrid({ dataset }: { dataset: BarometerDataset }): ReactElement {
  const rounds = useMemo(() => sortRounds(dataset.rounds), [dataset.rounds]);
  const [areaFilter, setAreaFilter] = useState(ALL_AREAS);
  const filterId = useId();
  const allRows = useMemo(() => rowsByArea(dataset.areas, dataset.indicators), [dataset]);
  const rows = areaFilter === ALL_AREAS ? allRows : allRows.filter((row) => row.area.id === areaFilter);
  const { shown, showMore } = useIncrementalCount(rows.length, {
    step: 25,
    automatic: ROWS_UNASKED,
    resetKey: areaFilter,
  });
  const shownRows = rows.slice(0, shown);
  // Values of the drawn rows only: a key per value of 100,000 cost more than drawing the rows.
  const values = valuesOf(dataset.measurements, shownRows);
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
      {allRows.length > ROWS_UNASKED && (
        <div className="form-field grid-filter">
          <label htmlFor={filterId}>Vis område</label>
          <select id={filterId} value={areaFilter} onChange={(event) => setAreaFilter(event.target.value)}>
            <option value={ALL_AREAS}>Alle områder ({formatNumber(allRows.length)} indikatorer)</option>
            {dataset.areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
        </div>
      )}
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
            {shownRows.map(({ area, indicator }) => (
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
            ))}
          </tbody>
        </table>
      </div>
      <MoreIndicators shown={shown} total={rows.length} onMore={showMore} />
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

/** The grid's rows: each area's indicators in the areas' order (indicators of an unknown area are left out). */
function rowsByArea(
  areas: readonly Area[],
  indicators: readonly Indicator[],
): { area: Area; indicator: Indicator }[] {
  const byArea = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const list = byArea.get(indicator.areaId);
    if (list) list.push(indicator);
    else byArea.set(indicator.areaId, [indicator]);
  }
  return areas.flatMap((area) => (byArea.get(area.id) ?? []).map((indicator) => ({ area, indicator })));
}

/** The stored values of `rows`' indicators, by "indicatorId@roundId". */
function valuesOf(
  measurements: readonly Measurement[],
  rows: readonly { indicator: Indicator }[],
): Map<string, number | null> {
  const drawn = new Set(rows.map((row) => row.indicator.id));
  const found = new Map<string, number | null>();
  for (const m of measurements)
    if (drawn.has(m.indicatorId)) found.set(`${m.indicatorId}@${m.roundId}`, m.value);
  return found;
}
