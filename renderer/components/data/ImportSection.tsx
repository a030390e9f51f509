import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import { countNoun } from '../../../shared/domain/wording';
import { useImportFlow, type ImportFlow } from '../../hooks/useImportFlow';
import { FilePicker } from './FilePicker';
import { ImportPreviewView } from './ImportPreviewView';
import { importChoice, shownPreview } from './import-choice';
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
export function ImportSection({ dataset }: { dataset: BarometerDataset | undefined }): ReactElement {
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
        <PreviewStep
          key={flow.fileName + String(flow.result.rowCount)}
          flow={flow}
          existing={dataset}
          onConfirm={(removeSample) => void confirm({ removeSample })}
          onCancel={cancel}
        />
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

type PreviewFlow = Extract<ImportFlow, { step: 'preview' }>;

/** The preview and what it offers: import, nothing to import, blocked, or the sample-data question. */
function PreviewStep({
  flow,
  existing,
  onConfirm,
  onCancel,
}: {
  flow: PreviewFlow;
  existing: BarometerDataset | undefined;
  onConfirm: (removeSample: boolean) => void;
  onCancel: () => void;
}): ReactElement {
  const choice = importChoice(flow);
  const { preview, problems } = shownPreview(flow, choice);
  const [asking, setAsking] = useState(false);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="import-review">
      <p>
        Fil: <strong>{flow.fileName}</strong> ({countNoun(flow.result.rowCount, 'række', 'rækker')})
      </p>
      {choice.kind === 'replace-sample-only' && (
        <p className="banner-warning">
          Filen passer ikke sammen med de indlæste eksempeldata (de opdigtede tal), men den kan importeres,
          hvis eksempeldataene fjernes først. Forhåndsvisningen viser, hvad der gemmes.
        </p>
      )}
      <ImportPreviewView preview={preview} problems={problems} existing={existing} />
      {choice.kind === 'blocked' && (
        <p className="form-error">
          Intet kan importeres, før{' '}
          {errorCount === 1 ? 'fejlen er rettet' : `de ${errorCount} fejl er rettet`}. Ret filen, og vælg den
          igen. Intet er gemt.
        </p>
      )}
      {asking ? (
        <SampleQuestion onConfirm={onConfirm} onCancel={onCancel} />
      ) : (
        <div className="button-row">
          {choice.kind === 'import' && (
            <button type="button" className="primary" onClick={() => onConfirm(false)}>
              Importér
            </button>
          )}
          {choice.kind === 'ask-sample' && (
            <button type="button" className="primary" onClick={() => setAsking(true)}>
              Importér
            </button>
          )}
          {choice.kind === 'replace-sample-only' && (
            <button type="button" className="primary" onClick={() => onConfirm(true)}>
              Fjern eksempeldata og importér
            </button>
          )}
          <button type="button" onClick={onCancel}>
            {choice.kind === 'blocked' || choice.kind === 'nothing' ? 'Luk' : 'Annullér'}
          </button>
        </div>
      )}
    </div>
  );
}

/** Asked in the page when importing over the sample data: remove it first, lay the file on top, or stop. */
function SampleQuestion({
  onConfirm,
  onCancel,
}: {
  onConfirm: (removeSample: boolean) => void;
  onCancel: () => void;
}): ReactElement {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="sample-question" role="group" aria-labelledby="sample-question-text">
      <p id="sample-question-text">
        <strong>Eksempeldata er indlæst. Skal de fjernes, før jeres data importeres?</strong>
      </p>
      <p className="muted">
        Fjernes de, er kun jeres data tilbage. Lægges jeres data oven i, bliver de opdigtede tal liggende, og
        alle skærme bliver ved med at sige, at data indeholder eksempeldata. Breve (kladder) bevares i begge
        tilfælde.
      </p>
      <div className="button-row">
        <button ref={first} type="button" className="primary" onClick={() => onConfirm(true)}>
          Fjern eksempeldata og importér
        </button>
        <button type="button" onClick={() => onConfirm(false)}>
          Importér oven i eksempeldata
        </button>
        <button type="button" onClick={onCancel}>
          Annullér
        </button>
      </div>
    </div>
  );
}
