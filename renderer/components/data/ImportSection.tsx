import type { ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import { useImportFlow } from '../../hooks/useImportFlow';
import { SAMPLE_LABEL } from '../SampleDataNotice';
import { FilePicker } from './FilePicker';
import { ImportPreviewView, countChanges } from './ImportPreviewView';
import { RestoreConfirm } from './RestoreConfirm';

function Progress({ label, fraction }: { label: string; fraction: number }): ReactElement {
  return (
    <div className="progress-row">
      <label htmlFor="import-progress">{label}</label>
      <progress id="import-progress" max={100} value={Math.round(fraction * 100)}>
        {Math.round(fraction * 100)} %
      </progress>
      <span aria-hidden="true">{Math.round(fraction * 100)} %</span>
    </div>
  );
}

/** Import: choose or drop a file → read in a worker → preview → confirm → one transaction. */
export function ImportSection({
  dataset,
  datasetLabel,
}: {
  dataset: BarometerDataset | undefined;
  datasetLabel: string | undefined;
}): ReactElement {
  const { flow, read, confirm, cancel, finish } = useImportFlow();
  const busy = flow.step === 'reading' || flow.step === 'storing';
  return (
    <>
      <p className="muted">
        Filen skal have én række pr. indikator pr. måling med kolonnerne område, indikator_id, indikator,
        hovedindikator, enhed, retning, måling, værdi, basis_periode, basis_værdi, mål_periode og mål_værdi.
        Intet gemmes, før du har set forhåndsvisningen og trykket «Importér».
      </p>
      <FilePicker onFile={(bytes, name) => void read(bytes, name)} disabled={busy} />
      <div aria-live="polite">
        {flow.step === 'reading' && (
          <Progress label={`Læser «${flow.fileName}» …`} fraction={flow.fraction} />
        )}
        {flow.step === 'storing' && (
          <Progress label={`Gemmer «${flow.fileName}» …`} fraction={flow.fraction} />
        )}
        {flow.step === 'done' && <p className="saved-note">{flow.message}</p>}
      </div>
      {flow.step === 'failed' && (
        <p role="alert" className="form-error">
          {flow.message}
        </p>
      )}
      {flow.step === 'preview' && (
        <div className="import-review">
          <p>
            Fil: <strong>{flow.fileName}</strong> ({flow.result.rowCount} rækker)
          </p>
          {datasetLabel === SAMPLE_LABEL && (
            <p className="banner-warning">
              Eksempeldata er indlæst. Importen lægges oven i eksempeldataene; ryd dem først under
              «Sikkerhedskopi og gendannelse», hvis du kun vil have jeres egne data.
            </p>
          )}
          <ImportPreviewView preview={flow.preview} problems={flow.problems} existing={dataset} />
          <PreviewActions
            errorCount={flow.problems.filter((p) => p.severity === 'error').length}
            changeCount={countChanges(flow.preview)}
            onConfirm={() => void confirm()}
            onCancel={cancel}
          />
        </div>
      )}
      {flow.step === 'restore' && flow.result.backup && (
        <RestoreConfirm
          fileName={flow.fileName}
          data={flow.result.backup.data}
          exportedAt={flow.result.backup.exportedAt}
          onDone={finish}
          onCancel={cancel}
        />
      )}
    </>
  );
}

function PreviewActions({
  errorCount,
  changeCount,
  onConfirm,
  onCancel,
}: {
  errorCount: number;
  changeCount: number;
  onConfirm: () => void;
  onCancel: () => void;
}): ReactElement {
  const blocked = errorCount > 0;
  return (
    <>
      {blocked && (
        <p id="import-blocked" className="form-error">
          Filen kan ikke importeres, før{' '}
          {errorCount === 1 ? 'fejlen er rettet' : `de ${errorCount} fejl er rettet`}. Ret filen, og vælg den
          igen. Intet er gemt.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={blocked}
          aria-describedby={blocked ? 'import-blocked' : undefined}
          onClick={onConfirm}
        >
          {changeCount === 0 && !blocked ? 'Importér (ingen ændringer)' : 'Importér'}
        </button>
        <button type="button" onClick={onCancel}>
          Annullér
        </button>
      </div>
    </>
  );
}
