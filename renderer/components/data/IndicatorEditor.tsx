import type { MutableRefObject } from 'react';
import type { SaveUnsaved } from '../../hooks/unsaved-registry';
import { useSaveBeforeSwitch } from '../../hooks/useSaveBeforeSwitch';
import { useId, useState, type ReactElement } from 'react';
import type { BarometerDataset, Indicator } from '../../../shared/domain/types';
import { getDb } from '../../db/connection';
import { saveIndicator } from '../../db/edits';
import { useSaveFeedback } from '../../hooks/useSaveFeedback';
import { useSyncedForm } from '../../hooks/useSyncedForm';
import { EditForm } from './EditForm';
import { TextField } from './TextField';
import {
  formToIndicator,
  indicatorToForm,
  type IndicatorForm,
  type IndicatorFormErrors,
} from './indicator-form';

function IndicatorFormView({
  indicator,
  pendingSaveRef,
}: {
  indicator: Indicator;
  pendingSaveRef: MutableRefObject<SaveUnsaved | null>;
}): ReactElement {
  const id = useId();
  const [form, setForm, dirty] = useSyncedForm(indicator, indicatorToForm);
  const [errors, setErrors] = useState<IndicatorFormErrors>({});
  const feedback = useSaveFeedback();
  const set =
    <K extends keyof IndicatorForm>(key: K) =>
    (value: IndicatorForm[K]) =>
      setForm((previous) => ({ ...previous, [key]: value }));

  async function save(): Promise<boolean> {
    const result = formToIndicator(form, indicator);
    if (!result.ok) {
      setErrors(result.errors);
      feedback.clear();
      return false;
    }
    setErrors({});
    return feedback.run(
      () => saveIndicator(getDb(), result.indicator),
      `Indikatoren «${result.indicator.name}» er gemt.`,
    );
  }

  return (
    <EditForm
      dirty={dirty}
      save={save}
      pendingSaveRef={pendingSaveRef}
      submitLabel="Gem indikator"
      feedback={feedback}
    >
      <div className="form-grid">
        <TextField label="Navn" value={form.name} onChange={set('name')} error={errors.name} wide />
        <TextField label="Enhed" value={form.unit} onChange={set('unit')} />
        <div className="form-field">
          <label htmlFor={`${id}-direction`}>Retning</label>
          <select
            id={`${id}-direction`}
            value={form.direction}
            onChange={(event) => set('direction')(event.target.value === 'down' ? 'down' : 'up')}
          >
            <option value="up">Op – højere er bedre</option>
            <option value="down">Ned – lavere er bedre</option>
          </select>
        </div>
        <TextField
          label="Antal decimaler"
          value={form.precision}
          onChange={set('precision')}
          error={errors.precision}
          inputMode="numeric"
        />
        <TextField
          label="Basisperiode"
          value={form.baselinePeriod}
          onChange={set('baselinePeriod')}
          error={errors.baselinePeriod}
        />
        <TextField
          label="Basisværdi"
          value={form.baselineValue}
          onChange={set('baselineValue')}
          error={errors.baselineValue}
          inputMode="decimal"
        />
        <TextField
          label="Målets periode"
          value={form.targetPeriod}
          onChange={set('targetPeriod')}
          error={errors.targetPeriod}
        />
        <TextField
          label="Målværdi"
          value={form.targetValue}
          onChange={set('targetValue')}
          error={errors.targetValue}
          inputMode="decimal"
        />
      </div>
      <div className="form-field">
        <label>
          <input
            type="checkbox"
            checked={form.isMain}
            onChange={(event) => set('isMain')(event.target.checked)}
          />{' '}
          Hovedindikator for området (de øvrige indikatorer på området bliver underindikatorer)
        </label>
      </div>
    </EditForm>
  );
}

/** Choose an indicator, edit its fields; every field is checked before anything is saved. */
export function IndicatorEditor({ dataset }: { dataset: BarometerDataset }): ReactElement {
  const id = useId();
  const [selectedId, choose, pendingSaveRef] = useSaveBeforeSwitch(dataset.indicators[0]?.id ?? '');
  const indicator = dataset.indicators.find((i) => i.id === selectedId) ?? dataset.indicators[0];
  if (!indicator) return <p>Der er ingen indikatorer endnu. Importér en datafil for at få dem.</p>;
  return (
    <>
      <div className="form-field">
        <label htmlFor={id}>Indikator</label>
        <select id={id} value={indicator.id} onChange={(event) => void choose(event.target.value)}>
          {dataset.areas.map((area) => (
            <optgroup key={area.id} label={area.name}>
              {dataset.indicators
                .filter((i) => i.areaId === area.id)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} {i.isMain ? '(hovedindikator)' : ''}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <IndicatorFormView key={indicator.id} indicator={indicator} pendingSaveRef={pendingSaveRef} />
    </>
  );
}
