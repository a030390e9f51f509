import { useState, type ReactElement } from 'react';
import type { BarometerDataset, Round } from '../../../shared/domain/types';
import { sortRounds } from '../../../shared/domain/status';
import { getDb } from '../../db/connection';
import { deleteRound, saveRound } from '../../db/edits';
import { useSaveFeedback } from '../../hooks/useSaveFeedback';
import { useSyncedForm } from '../../hooks/useSyncedForm';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { Feedback } from './Feedback';
import { TextField } from './TextField';
import { formToRound, roundToForm, type RoundForm, type RoundFormErrors } from './round-form';

const EMPTY: RoundForm = { label: '', period: '', publishedOn: '' };
const formOf = (round: Round | null): RoundForm => (round ? roundToForm(round) : EMPTY);

function RoundFormView({
  rounds,
  original,
  valueCount,
}: {
  rounds: Round[];
  original?: Round;
  valueCount: number;
}): ReactElement {
  // Synced: an import or restore that replaces the round starts the form over, so no leftover value (the sample's
  // publication date) counts as an unsaved change and is saved into the new data.
  const [form, setForm, dirty] = useSyncedForm(original ?? null, formOf);
  const [errors, setErrors] = useState<RoundFormErrors>({});
  const [confirming, setConfirming] = useState(false);
  const feedback = useSaveFeedback();
  const set = (key: keyof RoundForm) => (value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  async function save(): Promise<boolean> {
    const result = formToRound(form, rounds, original);
    if (!result.ok) {
      setErrors(result.errors);
      return false;
    }
    setErrors({});
    const saved = await feedback.run(
      () => saveRound(getDb(), result.round),
      `Målingen «${result.round.label}» er gemt.`,
    );
    if (saved && !original) setForm(EMPTY);
    return saved;
  }

  useUnsavedChanges(dirty, save);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
      className="round-form"
    >
      <fieldset>
        <legend>{original ? original.label : 'Ny måling'}</legend>
        <div className="form-grid">
          <TextField label="Navn" value={form.label} onChange={set('label')} error={errors.label} />
          <TextField label="Periode" value={form.period} onChange={set('period')} error={errors.period} />
          <TextField
            label="Offentliggjort (ÅÅÅÅ-MM-DD)"
            value={form.publishedOn}
            onChange={set('publishedOn')}
            error={errors.publishedOn}
          />
        </div>
        <div className="button-row">
          <button type="submit" className={original ? undefined : 'primary'}>
            {original ? 'Gem måling' : 'Tilføj måling'}
          </button>
          {original && !confirming && (
            <button type="button" onClick={() => setConfirming(true)}>
              Slet måling
            </button>
          )}
          {original && confirming && (
            <span role="alert" className="undo-bar">
              Slet «{original.label}» og dens {valueCount} måleværdier?
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void feedback.run(() => deleteRound(getDb(), original.id), 'Målingen er slettet.')
                }
              >
                Ja, slet
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Annullér
              </button>
            </span>
          )}
        </div>
        <Feedback feedback={feedback} />
      </fieldset>
    </form>
  );
}

/** The rounds (målinger) with label, period and publication date; add and delete (with confirmation). */
export function RoundEditor({ dataset }: { dataset: BarometerDataset }): ReactElement {
  const rounds = sortRounds(dataset.rounds);
  return (
    <>
      {rounds.map((round) => (
        <RoundFormView
          key={round.id}
          rounds={rounds}
          original={round}
          valueCount={dataset.measurements.filter((m) => m.roundId === round.id && m.value !== null).length}
        />
      ))}
      <RoundFormView rounds={rounds} valueCount={0} />
    </>
  );
}
