import type { MutableRefObject } from 'react';
import type { SaveUnsaved } from '../../hooks/unsaved-registry';
import { useSaveBeforeSwitch } from '../../hooks/useSaveBeforeSwitch';
import { useId, useMemo, useState, type ReactElement } from 'react';
import { formatNumber } from '../../../shared/domain/wording';
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

/** Options at most in the indicator list; beyond them the user searches (20,000 options took 450 ms to draw). */
const MAX_OPTIONS = 200;

/** Choose an indicator, edit its fields; every field is checked before anything is saved. */
export function IndicatorEditor({ dataset }: { dataset: BarometerDataset }): ReactElement {
  const id = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [selectedId, choose, pendingSaveRef] = useSaveBeforeSwitch(dataset.indicators[0]?.id ?? '');
  const indicator = dataset.indicators.find((i) => i.id === selectedId) ?? dataset.indicators[0];
  const many = dataset.indicators.length > MAX_OPTIONS;
  const listed = useMemo(
    () => (many ? indicatorsMatching(dataset.indicators, query, indicator) : dataset.indicators),
    [many, dataset.indicators, query, indicator],
  );
  if (!indicator) return <p>Der er ingen indikatorer endnu. Importér en datafil for at få dem.</p>;
  const matches = many ? countMatching(dataset.indicators, query) : listed.length;
  return (
    <>
      {many && (
        <div className="form-field">
          <label htmlFor={searchId}>Søg efter indikator</label>
          <input
            id={searchId}
            type="search"
            value={query}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => {
              const next = event.target.value;
              setQuery(next);
              // The form below follows the search: the chosen indicator leaves the list unless it still matches.
              const needle = normalised(next);
              if (indicator && !matchesQuery(indicator, needle)) {
                const first = dataset.indicators.find((i) => matchesQuery(i, needle));
                if (first) void choose(first.id);
              }
            }}
          />
          <p id={`${searchId}-hint`} className="muted">
            {matches > MAX_OPTIONS
              ? `Listen viser ${formatNumber(MAX_OPTIONS)} af ${formatNumber(matches)} indikatorer${query.trim() ? ' der passer' : ''}. Skriv en del af navnet eller id'et for at finde de andre.`
              : matches === 0
                ? "Ingen indikator passer; søg på en anden del af navnet eller id'et."
                : `${formatNumber(matches)} ${matches === 1 ? 'indikator passer' : 'indikatorer passer'}.`}
          </p>
        </div>
      )}
      <div className="form-field">
        <label htmlFor={id}>Indikator</label>
        <select id={id} value={indicator.id} onChange={(event) => void choose(event.target.value)}>
          {dataset.areas.map((area) => {
            const inArea = listed.filter((i) => i.areaId === area.id);
            return inArea.length === 0 ? null : (
              <optgroup key={area.id} label={area.name}>
                {inArea.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} {i.isMain ? '(hovedindikator)' : ''}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <IndicatorFormView key={indicator.id} indicator={indicator} pendingSaveRef={pendingSaveRef} />
    </>
  );
}

function normalised(query: string): string {
  return query.trim().toLocaleLowerCase('da-DK');
}

function matchesQuery(indicator: Indicator, needle: string): boolean {
  return (
    needle === '' ||
    indicator.name.toLocaleLowerCase('da-DK').includes(needle) ||
    indicator.id.toLocaleLowerCase('da-DK').includes(needle)
  );
}

/** The first MAX_OPTIONS indicators whose name or id holds `query`, and always the chosen one (no empty list). */
function indicatorsMatching(
  indicators: readonly Indicator[],
  query: string,
  chosen: Indicator | undefined,
): Indicator[] {
  const needle = normalised(query);
  const found: Indicator[] = [];
  for (const indicator of indicators) {
    if (found.length >= MAX_OPTIONS) break;
    if (matchesQuery(indicator, needle)) found.push(indicator);
  }
  if (chosen && !found.includes(chosen)) found.unshift(chosen);
  return found;
}

function countMatching(indicators: readonly Indicator[], query: string): number {
  const needle = normalised(query);
  return needle === '' ? indicators.length : indicators.filter((i) => matchesQuery(i, needle)).length;
}
