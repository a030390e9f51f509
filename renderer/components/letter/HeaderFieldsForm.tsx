import { useState, type ReactElement } from 'react';
import { formatDateLong, formatDateNumeric } from '../../../shared/domain/wording';
import type { LetterHeader } from '../../../shared/letter/types';
import { danishDateProblem, isoToDanishDate, parseDanishDate } from '../../letters/danish-date';
import '../../styles/letter-fields.css';

const safe = (format: (iso: string) => string, iso: string): string => {
  try {
    return format(iso);
  } catch {
    return '';
  }
};

/**
 * The date as a text field in Danish order (dd-mm-åååå) rather than <input type="date">, which follows the browser's
 * language (11/30/2026 in an English Chromium). The letter keeps its last valid date while the text cannot be read;
 * the field says why.
 */
function DanishDateField({
  id,
  iso,
  onChange,
}: {
  id: string;
  iso: string;
  onChange: (iso: string) => void;
}): ReactElement {
  const [text, setText] = useState(() => isoToDanishDate(iso));
  const [seen, setSeen] = useState(iso);
  if (iso !== seen) {
    // Changed from outside (undo, another window): show it, unless the text already says that date.
    setSeen(iso);
    if (parseDanishDate(text) !== iso) setText(isoToDanishDate(iso));
  }
  const valid = parseDanishDate(text) !== null;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd-mm-åååå"
        value={text}
        required
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid ? `${id}-hint` : `${id}-error`}
        size={12}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseDanishDate(event.target.value);
          if (parsed && parsed !== iso) onChange(parsed);
        }}
        onBlur={() => {
          const parsed = parseDanishDate(text);
          if (parsed) setText(isoToDanishDate(parsed));
        }}
      />
      {valid ? (
        <span id={`${id}-hint`} className="visually-hidden">
          Skriv datoen som dd-mm-åååå.
        </span>
      ) : (
        <span id={`${id}-error`} className="date-error" role="alert">
          {danishDateProblem(text)}
        </span>
      )}
    </>
  );
}

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
        <DanishDateField
          id={id('date')}
          iso={header.date}
          onChange={(date) => onChange({ ...header, date }, false)}
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
