import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import type { LayoutRequest } from '../../../shared/import/layout';
import { FIELD_HEADER, type FieldKey } from '../../../shared/import/fields';
import { countNoun, joinDanish } from '../../../shared/domain/wording';
import { useImportFlow, type ImportFlow } from '../../hooks/useImportFlow';
import { FilePicker } from './FilePicker';
import { ImportMappingStep } from './ImportMappingStep';
import { TemplateButtons } from './TemplateButtons';
import { ImportPreviewView } from './ImportPreviewView';
import { importChoice, shownPreview } from './import-choice';
import { formatProblem, type ImportProblem } from '../../../shared/import/problems';
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
  const { flow, read, remap, forget, answerRounds, confirm, cancel, finish } = useImportFlow();
  const busy = flow.step === 'reading' || flow.step === 'storing';
  return (
    <>
      <p className="muted">
        CSV, Excel (.xlsx), LibreOffice (.ods) eller en sikkerhedskopi. Barometerbrevs eget format har én
        række pr. indikator pr. måling med kolonnerne område, indikator_id, indikator, hovedindikator, enhed,
        retning, måling, værdi, basis_periode, basis_værdi, mål_periode og mål_værdi. Har filen andre
        overskrifter, titelrækker eller én kolonne pr. måling, vælger du i et trin, hvad kolonnerne
        indeholder. Intet gemmes, før du har set forhåndsvisningen og trykket «Importér».
      </p>
      <TemplateButtons />
      <FilePicker onFile={(bytes, name) => void read(bytes, name)} disabled={busy} />
      <div aria-live="polite">
        {flow.step === 'reading' && (
          <>
            <Progress label={`Læser «${flow.fileName}» …`} fraction={flow.fraction} />
            <button type="button" className="cancel-reading" onClick={cancel}>
              Annullér indlæsningen
            </button>
          </>
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
          key={`${flow.fileName}|${flow.result.rowCount}|${layoutKey(flow)}`}
          flow={flow}
          existing={dataset}
          onRemap={remap}
          onForget={forget}
          onAnswerRounds={answerRounds}
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

/** Changes whenever the file is read with another sheet, header row or mapping, so the steps start afresh. */
function layoutKey(flow: PreviewFlow): string {
  const layout = flow.result.layout;
  if (!layout) return '';
  return `${layout.sheetName}|${layout.headerRow}|${layout.columns.map((c) => `${c.choice}:${c.roundLabel ?? ''}`).join(',')}|${JSON.stringify(layout.constants)}`;
}

/** The preview and what it offers: import, nothing to import, blocked, or the sample-data question. */
function PreviewStep({
  flow,
  existing,
  onConfirm,
  onCancel,
  onRemap,
  onForget,
  onAnswerRounds,
}: {
  flow: PreviewFlow;
  existing: BarometerDataset | undefined;
  onConfirm: (removeSample: boolean) => void;
  onCancel: () => void;
  onRemap: (request: LayoutRequest) => void;
  onForget: () => void;
  onAnswerRounds: (same: boolean) => void;
}): ReactElement {
  const layout = flow.result.layout;
  const waitingForRounds = flow.lookalikes.length > 0 && flow.sameRounds === undefined;
  const choice = importChoice(flow);
  const { preview, problems } = shownPreview(flow, choice);
  const [asking, setAsking] = useState(false);
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  // The mapping step is not done: the file was not read with it, so the preview has nothing final to say.
  const [mappingEdited, setMappingEdited] = useState(false);
  const mappingPending =
    layout !== undefined && !layout.exact && layout.columns.length > 0 && (!layout.readable || mappingEdited);
  const [stillMissing, setStillMissing] = useState<FieldKey[]>(() => layout?.missing ?? []);
  const rowCount = mappingPending ? layout.dataRows : flow.result.rowCount;
  return (
    <div className="import-review">
      <p>
        Fil: <strong>{flow.fileName}</strong> ({countNoun(rowCount, 'række', 'rækker')})
      </p>
      {choice.kind === 'replace-sample-only' && (
        <p className="banner-warning">
          Filen passer ikke sammen med de indlæste eksempeldata (de opdigtede tal), men den kan importeres,
          hvis eksempeldataene fjernes først. Forhåndsvisningen viser, hvad der gemmes.
        </p>
      )}
      {layout && !layout.exact && (
        <ImportMappingStep
          layout={layout}
          remembered={flow.remembered}
          onApply={onRemap}
          onForget={onForget}
          onMissingChange={setStillMissing}
          onEditedChange={setMappingEdited}
        />
      )}
      {mappingPending && (
        <div className="import-preview">
          <h3>Forhåndsvisning</h3>
          <p className="muted" role="status">
            {stillMissing.length > 0
              ? `Vises, når tilknytningen er brugt. Vælg først en kolonne eller en værdi for alle rækker til ${joinDanish(stillMissing.map((field) => `«${FIELD_HEADER[field]}»`))} i «Tilknyt kolonner» ovenfor, og tryk «Brug tilknytningen».`
              : mappingEdited && layout.readable
                ? 'Du har ændret tilknytningen. Forhåndsvisningen og «Importér» vises igen, når du har trykket «Brug tilknytningen» ovenfor.'
                : 'Vises, når du har trykket «Brug tilknytningen» ovenfor.'}
          </p>
          {layout.missing.length === 0 && !mappingEdited && <ProblemList problems={problems} />}
        </div>
      )}
      {flow.lookalikes.length > 0 && errorCount === 0 && (
        <RoundQuestion flow={flow} onAnswer={onAnswerRounds} />
      )}
      {!mappingPending && <ImportPreviewView preview={preview} problems={problems} existing={existing} />}
      {choice.kind === 'blocked' && !mappingPending && (
        // Announced: a refused file (too many cells, a broken header) is otherwise only a list a reader must find.
        <p className="form-error" role="alert">
          Intet kan importeres, før{' '}
          {errorCount === 1 ? 'fejlen er rettet' : `de ${errorCount} fejl er rettet`}. Ret filen, og vælg den
          igen. Intet er gemt.
        </p>
      )}
      {asking ? (
        <SampleQuestion onConfirm={onConfirm} onCancel={onCancel} />
      ) : (
        <div className="button-row">
          {choice.kind === 'import' && !mappingPending && (
            <button
              type="button"
              className="primary"
              disabled={waitingForRounds}
              onClick={() => onConfirm(false)}
            >
              Importér
            </button>
          )}
          {choice.kind === 'ask-sample' && !mappingPending && (
            <button
              type="button"
              className="primary"
              disabled={waitingForRounds}
              onClick={() => setAsking(true)}
            >
              Importér
            </button>
          )}
          {choice.kind === 'replace-sample-only' && !mappingPending && (
            <button
              type="button"
              className="primary"
              disabled={waitingForRounds}
              onClick={() => onConfirm(true)}
            >
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

/** The mapping's own problems (a field chosen twice): to be put right in the step above, not in the file. */
function ProblemList({ problems }: { problems: ImportProblem[] }): ReactElement | null {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby="mapping-problems-heading">
      <h4 id="mapping-problems-heading" className="problem-error">
        Ret i tilknytningen ({errors.length})
      </h4>
      <ul>
        {errors.slice(0, 20).map((problem, index) => (
          <li key={index} className="problem-error">
            {formatProblem(problem)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Asked when the file would add rounds that have the period of stored rounds under another label («2008-05»
 * beside «Maj 2008»): the same rounds, or new ones? Nothing is imported before the answer.
 */
function RoundQuestion({
  flow,
  onAnswer,
}: {
  flow: PreviewFlow;
  onAnswer: (same: boolean) => void;
}): ReactElement {
  const pairs = flow.lookalikes.map((pair) => `«${pair.incoming.label}» = «${pair.existing.label}»`);
  return (
    <div className="round-question" role="group" aria-labelledby="round-question-text">
      <p id="round-question-text">
        <strong>
          Filen har {pairs.length === 1 ? 'en måling' : `${pairs.length} målinger`} med samme periode som{' '}
          {pairs.length === 1 ? 'en gemt måling' : 'gemte målinger'}, men et andet navn: {pairs.join(', ')}.
          Er det de samme målinger?
        </strong>
      </p>
      {flow.sameRounds !== undefined && (
        <p className="saved-note" role="status">
          {flow.sameRounds
            ? 'Værdierne lægges på de gemte målinger; der kommer ingen nye målinger.'
            : 'Målingerne tilføjes som nye målinger ved siden af de gemte.'}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className={flow.sameRounds === true ? 'primary' : undefined}
          aria-pressed={flow.sameRounds === true}
          onClick={() => onAnswer(true)}
        >
          Ja, brug de gemte målinger
        </button>
        <button type="button" aria-pressed={flow.sameRounds === false} onClick={() => onAnswer(false)}>
          Nej, tilføj som nye målinger
        </button>
      </div>
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
