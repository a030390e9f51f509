import { useEffect, useState, type ReactElement } from 'react';
import { joinDanish } from '../../../shared/domain/wording';
import { IGNORE, ROUND_COLUMN, type ColumnChoice } from '../../../shared/import/column-guess';
import { FIELD_HEADER, LAYOUT_FIELDS, REQUIRED_FIELDS, type FieldKey } from '../../../shared/import/fields';
import {
  setOwn,
  type ColumnMapping,
  type ImportLayout,
  type LayoutRequest,
} from '../../../shared/import/layout';
import '../../styles/import-mapping.css';

/** What each field holds, in the words of the data screen (the layout's column name in parentheses). */
const FIELD_LABEL: Record<FieldKey, string> = {
  area: 'Område',
  indicatorId: 'Indikatorens id',
  indicator: 'Indikatorens navn',
  main: 'Hovedindikator (ja/nej)',
  unit: 'Enhed',
  direction: 'Retning (op/ned)',
  round: 'Måling (fx «Maj 2008»)',
  value: 'Værdi',
  baselinePeriod: 'Basisperiode',
  baselineValue: 'Basisværdi',
  targetPeriod: 'Målperiode',
  targetValue: 'Målværdi',
  precision: 'Præcision (decimaler)',
  published: 'Offentliggjort (dato)',
  roundPeriod: 'Målingens periode',
};

const CONSTANT_HINT: Partial<Record<FieldKey, string>> = {
  main: 'ja eller nej',
  direction: 'op eller ned',
  baselinePeriod: 'fx 2006',
  targetPeriod: 'fx 2010',
  round: 'fx Maj 2008',
};

function choiceLabel(choice: ColumnChoice): string {
  if (choice === IGNORE) return 'Brug ikke';
  if (choice === ROUND_COLUMN) return 'Én måling (kolonnen er en måling)';
  return `${FIELD_LABEL[choice]} – ${FIELD_HEADER[choice]}`;
}

const CHOICES: ColumnChoice[] = [IGNORE, ...LAYOUT_FIELDS, ROUND_COLUMN];

/**
 * The mapping step: which of the file's columns holds which field. Pre-filled by the best guess (or the
 * remembered mapping); a sheet and another header row can be chosen; fields no column holds can be given
 * once for every row (a statbank file's indicator). Nothing is stored here: «Brug tilknytningen» reads
 * the file again, and the preview below shows the result.
 */
export function ImportMappingStep({
  layout,
  remembered,
  onApply,
  onForget,
  onMissingChange,
  onEditedChange,
}: {
  layout: ImportLayout;
  remembered: boolean;
  onApply: (request: LayoutRequest) => void;
  onForget: () => void;
  /** The required fields the choices made so far leave without a column or a value, as they change. */
  onMissingChange?: (fields: FieldKey[]) => void;
  /** Whether the choices differ from those the file was read with (the preview below is then out of date). */
  onEditedChange?: (edited: boolean) => void;
}): ReactElement {
  const [choices, setChoices] = useState<ColumnChoice[]>(() => layout.columns.map((c) => c.choice));
  const [roundLabels, setRoundLabels] = useState<string[]>(() =>
    layout.columns.map((c) => c.roundLabel ?? c.label),
  );
  const [constants, setConstants] = useState<Partial<Record<FieldKey, string>>>(() => ({
    ...layout.constants,
  }));

  const mapped = new Set(choices.filter((c): c is FieldKey => c !== IGNORE && c !== ROUND_COLUMN));
  const wide = choices.includes(ROUND_COLUMN);
  const needsValue = (field: FieldKey) =>
    !mapped.has(field) && !(wide && (field === 'round' || field === 'value'));
  const unmapped = REQUIRED_FIELDS.filter(needsValue);
  const stillMissing = unmapped.filter((field) => (constants[field] ?? '').trim() === '');
  const duplicates = [...mapped].filter((field) => choices.filter((c) => c === field).length > 1);
  const missingKey = stillMissing.join('|');
  useEffect(() => {
    onMissingChange?.(missingKey === '' ? [] : (missingKey.split('|') as FieldKey[]));
  }, [missingKey, onMissingChange]);
  const edited = differsFromLayout(layout, choices, roundLabels, constants);
  useEffect(() => {
    onEditedChange?.(edited);
  }, [edited, onEditedChange]);

  // A field chosen for two columns cannot be read: which one would it be? The button waits until one is left.
  const blocked = stillMissing.length > 0 || duplicates.length > 0;
  const reasons = [
    ...(duplicates.length > 0 ? ['mapping-duplicates'] : []),
    ...(stillMissing.length > 0 ? ['mapping-still-missing'] : []),
  ].join(' ');
  const columnsOf = (field: FieldKey): string[] =>
    layout.columns.filter((_, index) => choices[index] === field).map((column) => column.letter);

  function apply(): void {
    if (blocked) return;
    const mapping: ColumnMapping = { columns: {} };
    const labels: Record<string, string> = {};
    layout.columns.forEach((column, index) => {
      if (column.header === '' && choices[index] === IGNORE) return;
      const choice = choices[index] ?? IGNORE;
      setOwn(mapping.columns, column.header, choice);
      const label = (roundLabels[index] ?? '').trim();
      if (choice === ROUND_COLUMN && label !== '' && label !== column.header)
        setOwn(labels, column.header, label);
    });
    const given: Partial<Record<FieldKey, string>> = {};
    for (const field of unmapped) {
      const value = (constants[field] ?? '').trim();
      if (value !== '') given[field] = value;
    }
    if (Object.keys(given).length > 0) mapping.constants = given;
    if (Object.keys(labels).length > 0) mapping.roundLabels = labels;
    onApply({ sheet: layout.sheetName, headerRow: layout.headerRow, mapping });
  }

  return (
    <section className="import-mapping" aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading">Tilknyt kolonner</h3>
      <p className="muted">
        Filens overskrifter er ikke Barometerbrevs egne. Vælg for hver kolonne, hvad den indeholder; forslaget
        er udfyldt ud fra overskrifterne og værdierne. Intet gemmes, før du har set forhåndsvisningen og
        trykket «Importér».
      </p>
      {remembered && (
        <p className="saved-note">
          Tilknytningen er husket fra en tidligere fil med samme overskriftsrække.{' '}
          <button type="button" className="link-button" onClick={onForget}>
            Glem tilknytning
          </button>
        </p>
      )}
      <div className="mapping-pickers">
        {layout.sheets.length > 1 && (
          <label>
            Ark{' '}
            <select value={layout.sheetName} onChange={(event) => onApply({ sheet: event.target.value })}>
              {layout.sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name} (
                  {sheet.rows === 0 ? 'tomt' : `${sheet.rows} rækker, ${sheet.columns} kolonner`})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Overskriftsrække{' '}
          <select
            value={layout.headerRow}
            onChange={(event) => onApply({ sheet: layout.sheetName, headerRow: Number(event.target.value) })}
          >
            {layout.firstRows.map((row) => (
              <option key={row.row} value={row.row}>
                Række {row.row}:{' '}
                {row.cells
                  .filter((cell) => cell !== '')
                  .slice(0, 4)
                  .join(' · ') || '(tom)'}
              </option>
            ))}
          </select>
        </label>
      </div>
      {layout.skippedRows.length > 0 && (
        <div className="mapping-skipped">
          <p>Disse rækker er ikke en del af tabellen og springes over:</p>
          <ul>
            {layout.skippedRows.slice(0, 8).map((row) => (
              <li key={row.row}>
                Række {row.row}: <span className="muted">{row.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {layout.columns.length > 0 && mappingTable()}
    </section>
  );

  /** Called as a function, not rendered as a component: the inputs keep their focus while typing. */
  function mappingTable(): ReactElement {
    return (
      <>
        {wide && (
          <p className="banner-info">
            Tabellen har én kolonne pr. måling (
            {joinDanish(
              layout.columns
                .filter((_, index) => choices[index] === ROUND_COLUMN)
                .map((column) => `«${roundLabels[column.index] ?? column.label}»`),
            )}
            ): hver række bliver én værdi pr. måling. Vælg «Brug ikke» ved en kolonne, der ikke er en måling.
          </p>
        )}
        <table className="mapping-table">
          <thead>
            <tr>
              <th scope="col">Kolonne</th>
              <th scope="col">Overskrift i filen</th>
              <th scope="col">Eksempler</th>
              <th scope="col">Indeholder</th>
            </tr>
          </thead>
          <tbody>
            {layout.columns.map((column, index) => {
              const choice = choices[index] ?? IGNORE;
              return (
                <tr key={column.index} className={choice === IGNORE ? 'is-ignored' : undefined}>
                  <td>{column.letter}</td>
                  <th scope="row" title={column.label !== column.header ? column.header : undefined}>
                    {column.label || <span className="muted">(tom)</span>}
                  </th>
                  <td className="mapping-samples">{column.samples.slice(0, 3).join(' · ')}</td>
                  <td>
                    <select
                      aria-label={`Kolonne ${column.letter} «${column.label}» indeholder`}
                      value={choice}
                      onChange={(event) =>
                        setChoices((now) =>
                          now.map((c, i) => (i === index ? (event.target.value as ColumnChoice) : c)),
                        )
                      }
                    >
                      {CHOICES.map((option) => (
                        <option key={option} value={option}>
                          {choiceLabel(option)}
                        </option>
                      ))}
                    </select>
                    {choice === ROUND_COLUMN && (
                      <input
                        className="mapping-round-label"
                        aria-label={`Målingens navn for kolonne ${column.letter}`}
                        value={roundLabels[index] ?? ''}
                        onChange={(event) =>
                          setRoundLabels((now) => now.map((l, i) => (i === index ? event.target.value : l)))
                        }
                      />
                    )}
                    {duplicates.includes(choice as FieldKey) && (
                      <span className="form-error"> Valgt for flere kolonner.</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {unmapped.length > 0 && (
          <fieldset className="mapping-constants">
            <legend>
              Felter uden kolonne: angiv en værdi for alle rækker, eller vælg en kolonne ovenfor
            </legend>
            {unmapped.map((field) => (
              <label key={field}>
                {FIELD_LABEL[field]}
                <input
                  value={constants[field] ?? ''}
                  placeholder={CONSTANT_HINT[field]}
                  onChange={(event) => setConstants((now) => ({ ...now, [field]: event.target.value }))}
                />
              </label>
            ))}
          </fieldset>
        )}
        {stillMissing.length > 0 && (
          <p id="mapping-still-missing" className="form-error" role="status">
            Mangler stadig: {joinDanish(stillMissing.map((field) => `«${FIELD_HEADER[field]}»`))}. Vælg en
            kolonne til {stillMissing.length === 1 ? 'feltet' : 'felterne'}, eller angiv en værdi for alle
            rækker; så kan tilknytningen bruges.
          </p>
        )}
        {duplicates.length > 0 && (
          <p id="mapping-duplicates" className="form-error" role="status">
            {duplicates
              .map(
                (field) => `«${FIELD_HEADER[field]}» er valgt for kolonne ${joinDanish(columnsOf(field))}.`,
              )
              .join(' ')}{' '}
            Et felt kan kun komme fra én kolonne: vælg et andet felt eller «Brug ikke» ved de andre; så kan
            tilknytningen bruges.
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={blocked}
            aria-describedby={blocked ? reasons : undefined}
            onClick={apply}
          >
            Brug tilknytningen
          </button>
        </div>
      </>
    );
  }
}

/** The choices made in the step against those the file was last read with. */
function differsFromLayout(
  layout: ImportLayout,
  choices: readonly ColumnChoice[],
  roundLabels: readonly string[],
  constants: Partial<Record<FieldKey, string>>,
): boolean {
  const columnChanged = layout.columns.some((column, index) => {
    if (choices[index] !== column.choice) return true;
    return (
      column.choice === ROUND_COLUMN &&
      (roundLabels[index] ?? '').trim() !== (column.roundLabel ?? column.label).trim()
    );
  });
  const fields = new Set([...Object.keys(constants), ...Object.keys(layout.constants)] as FieldKey[]);
  return (
    columnChanged ||
    [...fields].some((field) => (constants[field] ?? '').trim() !== (layout.constants[field] ?? '').trim())
  );
}
