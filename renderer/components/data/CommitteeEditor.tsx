import type { MutableRefObject } from 'react';
import type { SaveUnsaved } from '../../hooks/unsaved-registry';
import { useSaveBeforeSwitch } from '../../hooks/useSaveBeforeSwitch';
import { useId, useState, type ReactElement } from 'react';
import type { BarometerDataset, Committee } from '../../../shared/domain/types';
import { getDb } from '../../db/connection';
import { saveCommittee } from '../../db/edits';
import { useSaveFeedback } from '../../hooks/useSaveFeedback';
import { useSyncedForm } from '../../hooks/useSyncedForm';
import { EditForm } from './EditForm';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';
import { linesToText, textToLines } from './lines';

interface CommitteeFormValues {
  name: string;
  chairTitle: string;
  chairName: string;
  address: string;
  /** Sorted, so the order of ticking does not count as a change. */
  areaIds: string[];
}

function committeeToForm(committee: Committee): CommitteeFormValues {
  return {
    name: committee.name,
    chairTitle: committee.chairTitle,
    chairName: committee.chairName,
    address: linesToText(committee.addressLines),
    areaIds: [...committee.areaIds].sort(),
  };
}

function CommitteeForm({
  committee,
  dataset,
  pendingSaveRef,
}: {
  committee: Committee;
  dataset: BarometerDataset;
  pendingSaveRef: MutableRefObject<SaveUnsaved | null>;
}): ReactElement {
  // Synced: an import or restore that replaces the committee starts the form over (no false "unsaved changes").
  const [form, setForm, dirty] = useSyncedForm(committee, committeeToForm);
  const { name, chairTitle, chairName, address, areaIds } = form;
  const setter =
    <K extends keyof CommitteeFormValues>(key: K) =>
    (value: CommitteeFormValues[K]): void =>
      setForm((previous) => ({ ...previous, [key]: value }));
  const setName = setter('name');
  const setChairTitle = setter('chairTitle');
  const setChairName = setter('chairName');
  const setAddress = setter('address');
  const [nameError, setNameError] = useState<string | undefined>();
  const feedback = useSaveFeedback();

  async function save(): Promise<boolean> {
    if (name.trim() === '') {
      setNameError('Udvalgets navn skal udfyldes.');
      return false;
    }
    setNameError(undefined);
    const updated: Committee = {
      ...committee,
      name: name.trim(),
      chairTitle: chairTitle.trim(),
      chairName: chairName.trim(),
      addressLines: textToLines(address),
      areaIds: dataset.areas.map((a) => a.id).filter((id) => areaIds.includes(id)),
    };
    return feedback.run(() => saveCommittee(getDb(), updated), `${updated.name} er gemt.`);
  }

  function toggle(areaId: string, checked: boolean): void {
    setForm((previous) => ({
      ...previous,
      areaIds: checked
        ? [...previous.areaIds, areaId].sort()
        : previous.areaIds.filter((id) => id !== areaId),
    }));
  }

  return (
    <EditForm
      dirty={dirty}
      save={save}
      pendingSaveRef={pendingSaveRef}
      submitLabel="Gem udvalg"
      feedback={feedback}
    >
      <div className="form-grid">
        <TextField label="Udvalgets navn" value={name} onChange={setName} error={nameError} wide />
        <TextField label="Formandens titel" value={chairTitle} onChange={setChairTitle} wide />
        <TextField label="Formandens navn" value={chairName} onChange={setChairName} />
        <TextAreaField
          label="Adresse"
          value={address}
          onChange={setAddress}
          hint="Én linje pr. adresselinje."
        />
      </div>
      <fieldset className="checkbox-list">
        <legend>Ansvarlig for områderne</legend>
        {dataset.areas.map((area) => (
          <label key={area.id}>
            <input
              type="checkbox"
              checked={areaIds.includes(area.id)}
              onChange={(event) => toggle(area.id, event.target.checked)}
            />{' '}
            {area.name}
          </label>
        ))}
      </fieldset>
    </EditForm>
  );
}

/** The committees the letters go to: names, chairs, addresses and the areas each answers for. */
export function CommitteeEditor({ dataset }: { dataset: BarometerDataset }): ReactElement {
  const id = useId();
  const [selectedId, choose, pendingSaveRef] = useSaveBeforeSwitch(dataset.committees[0]?.id ?? '');
  const committee = dataset.committees.find((c) => c.id === selectedId) ?? dataset.committees[0];
  if (!committee) return <p>Der er ingen udvalg endnu.</p>;
  return (
    <>
      <div className="form-field">
        <label htmlFor={id}>Udvalg</label>
        <select id={id} value={committee.id} onChange={(event) => void choose(event.target.value)}>
          {dataset.committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.shortName})
            </option>
          ))}
        </select>
      </div>
      <CommitteeForm
        key={committee.id}
        committee={committee}
        dataset={dataset}
        pendingSaveRef={pendingSaveRef}
      />
    </>
  );
}
