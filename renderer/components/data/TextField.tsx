import { useId, type ReactElement } from 'react';

/** A labelled text input with its Danish validation message right below it. */
export function TextField({
  label,
  value,
  onChange,
  error,
  inputMode,
  type = 'text',
  wide = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email' | 'tel';
  type?: 'text' | 'date' | 'email' | 'tel';
  /** Its own row, wide enough for long Danish titles and names ("Beskæftigelses- og Integrationsborgmester"). */
  wide?: boolean;
}): ReactElement {
  const id = useId();
  return (
    <div className={wide ? 'form-field form-field-wide' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="cell-error">
          {error}
        </span>
      )}
    </div>
  );
}
