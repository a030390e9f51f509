import { IGNORE, ROUND_COLUMN, type ColumnChoice } from '../../shared/import/column-guess';
import { FIELD_HEADER, fieldOfHeader, LAYOUT_FIELDS } from '../../shared/import/fields';
import type { ImportParseResult } from '../../shared/import/import-file';
import { setOwn, type ColumnMapping } from '../../shared/import/layout';

/** A --columns value the command line cannot use; the message is Danish. */
export class ColumnsOptionError extends Error {}

const FIELD_NAMES = LAYOUT_FIELDS.map((field) => FIELD_HEADER[field]);
const IGNORE_WORDS = new Set(['brug ikke', 'ignorer', 'ignore', '-']);
const ROUND_WORDS = new Set(['måling-kolonne', 'målingskolonne', 'runde', 'round-column']);

/**
 * `--columns "Basisår=basis_periode,Værdi 2008=værdi"`: the file's header = a field of the layout (its name or
 * an alias), «brug ikke», or «måling-kolonne» (the column is one round of a wide table).
 */
export function parseColumnsOption(text: string): ColumnMapping['columns'] {
  const columns: ColumnMapping['columns'] = {};
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const equals = part.lastIndexOf('=');
    const header = equals < 0 ? '' : part.slice(0, equals).trim();
    const target = equals < 0 ? '' : part.slice(equals + 1).trim();
    if (header === '' || target === '')
      throw new ColumnsOptionError(
        `--columns: «${part.trim()}» skal skrives som KOLONNE=felt, fx "Basisår=basis_periode".`,
      );
    const lowered = target.toLocaleLowerCase('da-DK');
    let choice: ColumnChoice | undefined;
    if (IGNORE_WORDS.has(lowered)) choice = IGNORE;
    else if (ROUND_WORDS.has(lowered)) choice = ROUND_COLUMN;
    else choice = fieldOfHeader(target);
    if (!choice)
      throw new ColumnsOptionError(
        `--columns: «${target}» er ikke et felt. Brug et af: ${FIELD_NAMES.join(', ')}, «brug ikke» eller «måling-kolonne».`,
      );
    setOwn(columns, header, choice);
  }
  return columns;
}

/**
 * When the file's columns leave a required field without a column: the file's columns and the fields still
 * missing, and how to settle them; undefined when nothing is missing.
 */
export function unmappedColumnsMessage(result: ImportParseResult, fileName: string): string | undefined {
  const layout = result.layout;
  if (!layout || layout.missing.length === 0) return undefined;
  const columns = layout.columns
    .filter((column) => column.header !== '')
    .map((column) => {
      const used =
        column.choice === IGNORE
          ? 'bruges ikke'
          : column.choice === ROUND_COLUMN
            ? `måling «${column.roundLabel ?? column.header}»`
            : FIELD_HEADER[column.choice];
      return `  ${column.letter}  «${column.header}» → ${used}`;
    });
  const sheet = layout.sheets.length > 1 ? `, ark «${layout.sheetName}»` : '';
  return [
    `Datafilen «${fileName}»${sheet} (overskrift i række ${layout.headerRow}) mangler kolonner for: ${layout.missing.map((field) => FIELD_HEADER[field]).join(', ')}.`,
    'Filens kolonner:',
    ...columns,
    `Angiv hvilke kolonner der er hvad med --columns, fx --columns "${layout.columns.find((c) => c.choice === IGNORE && c.header !== '')?.header ?? 'Kolonne'}=${FIELD_HEADER[layout.missing[0] ?? 'value']}".`,
  ].join('\n');
}
