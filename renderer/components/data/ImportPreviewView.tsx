import type { ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import type { ImportPreview } from '../../../shared/import/diff';
import { formatProblem, type ImportProblem } from '../../../shared/import/problems';

const LIST_LIMIT = 50;

function countChanges(preview: ImportPreview): number {
  return (
    preview.newAreas.length +
    preview.newIndicators.length +
    preview.changedIndicators.length +
    preview.newRounds.length +
    preview.changedRounds.length +
    preview.newMeasurements.length +
    preview.changedMeasurements.length
  );
}

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
      {items.length > LIST_LIMIT && <p className="muted">… og {items.length - LIST_LIMIT} flere.</p>}
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
  return (
    <div className="import-preview">
      <h3>Forhåndsvisning</h3>
      <ul className="preview-counts" aria-label="Optælling">
        <li>Nye indikatorer: {preview.newIndicators.length}</li>
        <li>Ændrede indikatorer: {preview.changedIndicators.length}</li>
        <li>Nye målinger: {preview.newRounds.length}</li>
        <li>Nye værdier: {preview.newMeasurements.length}</li>
        <li>Ændrede værdier: {preview.changedMeasurements.length}</li>
        <li>Uændrede: {preview.unchanged}</li>
        <li>Fejl: {errors.length}</li>
      </ul>
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
          Ingen ændringer: alt i filen findes allerede præcis sådan.
        </p>
      )}
      {(preview.newIndicators.length > 0 || preview.newRounds.length > 0) && (
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
      {(preview.changedIndicators.length > 0 ||
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

export { countChanges };
