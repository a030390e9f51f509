import type { ReactElement } from 'react';
import type { DevelopmentReference, StatusRule, StatusSettings } from '../../../shared/domain/types';
import { getDb } from '../../db/connection';
import { saveStatusSettings } from '../../db/edits';
import { useSaveFeedback } from '../../hooks/useSaveFeedback';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { useSyncedForm } from '../../hooks/useSyncedForm';
import { Feedback } from './Feedback';

const RULES: { value: StatusRule; label: string; explanation: string }[] = [
  {
    value: 'development',
    label: 'Udvikling siden reference (det nationale barometers regel)',
    explanation:
      'Seneste værdi sammenlignes med referencen, afrundet til indikatorens decimaler: bedre i indikatorens retning er grøn, uændret er gul, dårligere er rød.',
  },
  {
    value: 'on-track',
    label: 'På rette kurs mod målsætningen (Københavns regel)',
    explanation:
      'Den forventede værdi ligger på en ret linje fra basis til mål. På eller over linjen er grøn; forbedret siden basis, men bagud er gul; ingen forbedring er rød.',
  },
];

const REFERENCES: { value: DevelopmentReference; label: string }[] = [
  { value: 'baseline', label: 'Basismålingen' },
  { value: 'previous', label: 'Forrige måling' },
];

/** Which status rule the dataset uses, with a short Danish explanation of each. */
export function StatusRuleEditor({ settings }: { settings: StatusSettings }): ReactElement {
  const [form, setForm, dirty] = useSyncedForm(settings, (s) => ({ ...s }));
  const rule = form.rule;
  const reference = form.developmentReference;
  const setRule = (value: StatusRule) => setForm((f) => ({ ...f, rule: value }));
  const setReference = (value: DevelopmentReference) =>
    setForm((f) => ({ ...f, developmentReference: value }));
  const feedback = useSaveFeedback();

  async function save(): Promise<boolean> {
    return feedback.run(
      () => saveStatusSettings(getDb(), { rule, developmentReference: reference }),
      'Statusreglen er gemt. Alle statusser er beregnet igen.',
    );
  }

  useUnsavedChanges(dirty, save);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="radio-group">
        <legend>Statusregel</legend>
        {RULES.map((r) => (
          <div key={r.value} className="form-field">
            <label>
              <input
                type="radio"
                name="status-rule"
                value={r.value}
                checked={rule === r.value}
                onChange={() => setRule(r.value)}
              />{' '}
              {r.label}
            </label>
            <span className="muted">{r.explanation}</span>
          </div>
        ))}
      </fieldset>
      <fieldset className="radio-group" disabled={rule !== 'development'}>
        <legend>Reference for udviklingen</legend>
        {REFERENCES.map((r) => (
          <label key={r.value} className="radio-inline">
            <input
              type="radio"
              name="development-reference"
              value={r.value}
              checked={reference === r.value}
              onChange={() => setReference(r.value)}
            />{' '}
            {r.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary">
        Gem statusregel
      </button>
      <Feedback feedback={feedback} />
    </form>
  );
}
