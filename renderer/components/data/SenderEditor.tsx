import { useState, type ReactElement } from 'react';
import type { SenderProfile } from '../../../shared/domain/types';
import { getDb } from '../../db/connection';
import { saveSender } from '../../db/edits';
import { useSaveFeedback } from '../../hooks/useSaveFeedback';
import { useSyncedForm } from '../../hooks/useSyncedForm';
import { EditForm } from './EditForm';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';
import { linesToText, textToLines } from './lines';

type SenderText = Omit<SenderProfile, 'addressLines' | 'websites' | 'committeeId'> & {
  addressLines: string;
  websites: string;
};

function senderToText(sender: SenderProfile): SenderText {
  return {
    signatoryName: sender.signatoryName,
    signatoryTitle: sender.signatoryTitle,
    addressLines: linesToText(sender.addressLines),
    phone: sender.phone,
    directPhone: sender.directPhone,
    fax: sender.fax,
    email: sender.email,
    websites: linesToText(sender.websites),
  };
}

/** The signatory and contact block printed at the foot of every letter. */
export function SenderEditor({ sender }: { sender: SenderProfile }): ReactElement {
  const [form, setForm, dirty] = useSyncedForm(sender, senderToText);
  const [emailError, setEmailError] = useState<string | undefined>();
  const feedback = useSaveFeedback();
  const set = (key: keyof SenderText) => (value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  async function save(): Promise<boolean> {
    const email = form.email.trim();
    if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setEmailError(`«${email}» er ikke en gyldig e-mailadresse.`);
      return false;
    }
    setEmailError(undefined);
    const updated: SenderProfile = {
      ...sender,
      signatoryName: form.signatoryName.trim(),
      signatoryTitle: form.signatoryTitle.trim(),
      addressLines: textToLines(form.addressLines),
      phone: form.phone.trim(),
      directPhone: form.directPhone.trim(),
      fax: form.fax.trim(),
      email,
      websites: textToLines(form.websites),
    };
    return feedback.run(() => saveSender(getDb(), updated), 'Afsenderoplysningerne er gemt.');
  }

  return (
    <EditForm dirty={dirty} save={save} submitLabel="Gem afsender" feedback={feedback}>
      <div className="form-grid">
        <TextField label="Underskriver" value={form.signatoryName} onChange={set('signatoryName')} />
        <TextField label="Titel" value={form.signatoryTitle} onChange={set('signatoryTitle')} wide />
        <TextAreaField
          label="Adresse"
          value={form.addressLines}
          onChange={set('addressLines')}
          hint="Én linje pr. adresselinje."
        />
        <TextField label="Telefon" type="tel" value={form.phone} onChange={set('phone')} />
        <TextField
          label="Direkte telefon"
          type="tel"
          value={form.directPhone}
          onChange={set('directPhone')}
        />
        <TextField label="Telefax" type="tel" value={form.fax} onChange={set('fax')} />
        <TextField
          label="E-mail"
          type="email"
          value={form.email}
          onChange={set('email')}
          error={emailError}
        />
        <TextAreaField
          label="Hjemmesider"
          value={form.websites}
          onChange={set('websites')}
          hint="Én adresse pr. linje."
        />
      </div>
    </EditForm>
  );
}
