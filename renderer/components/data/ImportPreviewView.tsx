import type { ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import type { ImportPreview } from '../../../shared/import/diff';
import { formatNumber } from '../../../shared/domain/wording';
import { formatProblem, type ImportProblem } from '../../../shared/import/problems';
import { countChanges } from './import-choice';

const LIST_LIMIT = 50;

function decimal(value: number | null): string {
  return value === null ? 'ingen måling' : String(value).replace('.', ',');
}

function Limited<T>({
  items,
  render,
}: {
  items: T[];
  render: (item: T, index: number) => ReactElement;
}): ReactElement {
  return (
    <>
      <ul>{items.slice(0, LIST_LIMIT).map(render)}</ul>
      {items.length > LIST_LIMIT && (
        <p className="muted">… og {formatNumber(items.length - LIST_LIMIT)} flere.</p>
      )}
    </>
  );
}

/** New, changed and wrong, before anything is stored: the user decides with the whole picture. */
export function ImportPreviewView({
  preview,
  problems,
  existing,
}: {
  preview: ImportPreview;
  problems: ImportProblem[];
  existing: BarometerDataset | undefined;
}): ReactElement {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const names = new Map(
    [...(existing?.indicators ?? []), ...preview.newIndicators].map((i) => [i.id, i.name]),
  );
  const roundLabels = new Map(
    [...(existing?.rounds ?? []), ...preview.newRounds].map((r) => [r.id, r.label]),
  );
  const total = countChanges(preview);
  // A count of 0 says nothing; a broken file shows only its problems (nothing would be imported anyway).
  const counts = [
    ['Nye områder', preview.newAreas.length],
    ['Nye indikatorer', preview.newIndicators.length],
    ['Ændrede indikatorer', preview.changedIndicators.length],
    ['Nye målinger', preview.newRounds.length],
    ['Ændrede målinger', preview.changedRounds.length],
    ['Nye værdier', preview.newMeasurements.length],
    ['Ændrede værdier', preview.changedMeasurements.length],
    ['Uændrede (findes allerede med samme værdi)', preview.unchanged],
  ] as const;
  return (
    <div className="import-preview">
      <h3>Forhåndsvisning</h3>
      {errors.length === 0 && (
        <ul className="preview-counts" aria-label="Optælling">
          {counts
            .filter(([, count]) => count > 0)
            .map(([label, count]) => (
              <li key={label}>
                {label}: {formatNumber(count)}
              </li>
            ))}
        </ul>
      )}
      {errors.length > 0 && (
        <section aria-labelledby="import-errors-heading">
          <h4 id="import-errors-heading" className="problem-error">
            Fejl i filen ({errors.length})
          </h4>
          <Limited
            items={errors}
            render={(problem, index) => (
              <li key={index} className="problem-error">
                {formatProblem(problem)}
              </li>
            )}
          />
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="import-warnings-heading">
          <h4 id="import-warnings-heading">Advarsler ({warnings.length})</h4>
          <Limited
            items={warnings}
            render={(problem, index) => (
              <li key={index} className="problem-warning">
                {formatProblem(problem)}
              </li>
            )}
          />
        </section>
      )}
      {errors.length === 0 && total === 0 && (
        <p className="saved-note" role="status">
          Ingen ændringer at importere: alt i filen findes allerede med samme værdier.
        </p>
      )}
      {errors.length === 0 && (preview.newIndicators.length > 0 || preview.newRounds.length > 0) && (
        <section>
          <h4>Nyt</h4>
          <Limited
            items={[
              ...preview.newAreas.map((a) => `Område: ${a.name}`),
              ...preview.newIndicators.map((i) => `Indikator: ${i.name}`),
              ...preview.newRounds.map((r) => `Måling: ${r.label}`),
            ]}
            render={(text, index) => <li key={index}>{text}</li>}
          />
        </section>
      )}
      {errors.length === 0 &&
        (preview.changedIndicators.length > 0 ||
          preview.changedRounds.length > 0 ||
          preview.changedMeasurements.length > 0) && (
          <section>
            <h4>Ændringer</h4>
            <Limited
              items={[
                ...[...preview.changedIndicators, ...preview.changedRounds].flatMap((record) =>
                  record.changes.map((c) => ({ what: `${record.name}: ${c.label}`, from: c.from, to: c.to })),
                ),
                ...preview.changedMeasurements.map((m) => ({
                  what: `${names.get(m.indicatorId) ?? m.indicatorId}, ${roundLabels.get(m.roundId) ?? m.roundId}`,
                  from: decimal(m.from),
                  to: decimal(m.to),
                })),
              ]}
              render={(change, index) => (
                <li key={index}>
                  {change.what}: <span className="change-old">{change.from || '(tom)'}</span> →{' '}
                  <strong>{change.to || '(tom)'}</strong>
                </li>
              )}
            />
          </section>
        )}
    </div>
  );
}
