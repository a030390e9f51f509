import type { ReactElement } from 'react';
import { formatDateLong, formatDateNumeric } from '../../../shared/domain/wording';
import type { LetterHeader } from '../../../shared/letter/types';

const safe = (format: (iso: string) => string, iso: string): string => {
  try {
    return format(iso);
  } catch {
    return '';
  }
};

/** Dato (with its style), Sagsnr. and Dok.nr.: the letter's header fields. */
export function HeaderFieldsForm({
  header,
  onChange,
  idPrefix,
  legend = 'Brevets felter',
  disabled = false,
}: {
  header: LetterHeader;
  /** `group`: a keystroke in a text field, which the undo history joins with its neighbours. */
  onChange: (next: LetterHeader, group: boolean) => void;
  idPrefix: string;
  legend?: string;
  /** The letter is locked (sent): the fields are shown but cannot be changed. */
  disabled?: boolean;
}): ReactElement {
  const id = (name: string): string => `${idPrefix}-${name}`;
  return (
    <fieldset className="header-fields" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={id('date')}>Dato</label>
        <input
          id={id('date')}
          type="date"
          value={header.date}
          required
          onChange={(event) => event.target.value && onChange({ ...header, date: event.target.value }, false)}
        />
      </div>
      <div className="field" role="radiogroup" aria-labelledby={id('style-label')}>
        <span id={id('style-label')} className="field-label">
          Datoform
        </span>
        <label className="choice">
          <input
            type="radio"
            name={id('style')}
            checked={header.dateStyle === 'numeric'}
            onChange={() => onChange({ ...header, dateStyle: 'numeric' }, false)}
          />
          {safe(formatDateNumeric, header.date) || 'dd-mm-åååå'}
        </label>
        <label className="choice">
          <input
            type="radio"
            name={id('style')}
            checked={header.dateStyle === 'long'}
            onChange={() => onChange({ ...header, dateStyle: 'long' }, false)}
          />
          {safe(formatDateLong, header.date) || 'd. måned åååå'}
        </label>
      </div>
      <div className="field">
        <label htmlFor={id('sagsnr')}>Sagsnr.</label>
        <input
          id={id('sagsnr')}
          type="text"
          value={header.sagsnr}
          placeholder="fx 2007-114951"
          onChange={(event) => onChange({ ...header, sagsnr: event.target.value }, true)}
        />
      </div>
      <div className="field">
        <label htmlFor={id('doknr')}>Dok.nr.</label>
        <input
          id={id('doknr')}
          type="text"
          value={header.doknr}
          placeholder="fx 2008-255779"
          onChange={(event) => onChange({ ...header, doknr: event.target.value }, true)}
        />
      </div>
    </fieldset>
  );
}
