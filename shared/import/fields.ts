import { joinDanish } from '../domain/wording';
import { makeProblem, type ImportProblem } from './problems';
import type { Cell } from './table';

/** The import layout's columns (domain.md "Import layout") plus the optional extras. */
export const FIELD_HEADER = {
  area: 'område',
  indicatorId: 'indikator_id',
  indicator: 'indikator',
  main: 'hovedindikator',
  unit: 'enhed',
  direction: 'retning',
  round: 'måling',
  value: 'værdi',
  baselinePeriod: 'basis_periode',
  baselineValue: 'basis_værdi',
  targetPeriod: 'mål_periode',
  targetValue: 'mål_værdi',
  precision: 'præcision',
  published: 'offentliggjort',
  roundPeriod: 'måling_periode',
} as const;

export type FieldKey = keyof typeof FIELD_HEADER;

/** Every column in layout order: the export writes them so, and a file written so reads back unchanged. */
export const LAYOUT_FIELDS = Object.keys(FIELD_HEADER) as readonly FieldKey[];

export const REQUIRED_FIELDS: readonly FieldKey[] = [
  'area',
  'indicatorId',
  'indicator',
  'main',
  'unit',
  'direction',
  'round',
  'value',
  'baselinePeriod',
  'baselineValue',
  'targetPeriod',
  'targetValue',
];

const ALIASES: Readonly<Record<FieldKey, readonly string[]>> = {
  area: ['område', 'area', 'indsatsområde'],
  indicatorId: ['indikator_id', 'indicator_id', 'id'],
  indicator: ['indikator', 'indicator', 'indikator_navn', 'indicator_name'],
  main: ['hovedindikator', 'main', 'main_indicator'],
  unit: ['enhed', 'unit'],
  direction: ['retning', 'direction'],
  round: ['måling', 'round'],
  value: ['værdi', 'value'],
  baselinePeriod: ['basis_periode', 'baseline_period'],
  baselineValue: ['basis_værdi', 'baseline_value'],
  targetPeriod: ['mål_periode', 'target_period'],
  targetValue: ['mål_værdi', 'target_value'],
  precision: ['præcision', 'precision', 'decimaler', 'decimals'],
  published: ['offentliggjort', 'published', 'published_on'],
  roundPeriod: ['måling_periode', 'round_period'],
};

/** "Mål_Værdi" → "maalvaerdi": case, spacing, underscores and accents never matter. */
function normaliseLong(header: string): string {
  return strip(header.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'));
}

/** The other ASCII habit: "mal_vardi", "omrade". */
function normaliseShort(header: string): string {
  return strip(header.toLowerCase().replace(/[æå]/g, 'a').replace(/ø/g, 'o'));
}

function strip(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const FIELD_BY_SPELLING = new Map<string, FieldKey>();
for (const [field, aliases] of Object.entries(ALIASES) as [FieldKey, readonly string[]][]) {
  for (const alias of aliases) {
    FIELD_BY_SPELLING.set(normaliseLong(alias), field);
    FIELD_BY_SPELLING.set(normaliseShort(alias), field);
  }
}

export function fieldOfHeader(header: string): FieldKey | undefined {
  const trimmed = header.replace(/^\ufeff/, '').trim();
  return FIELD_BY_SPELLING.get(normaliseLong(trimmed)) ?? FIELD_BY_SPELLING.get(normaliseShort(trimmed));
}

export interface HeaderMap {
  /** Column index of each field found. */
  columns: Partial<Record<FieldKey, number>>;
  /** The header as the user wrote it, for messages. */
  names: Partial<Record<FieldKey, string>>;
  problems: ImportProblem[];
  missing: FieldKey[];
  /** Fields read from cells the import adds (a value given for every row, a wide table's round): no column letter. */
  virtual?: ReadonlySet<FieldKey>;
  /** Columns of the file itself; cells from here on were added by the import (the virtual fields' cells). */
  fileWidth?: number;
}

export function mapHeader(headerCells: readonly Cell[], file: string, row: number): HeaderMap {
  const columns: Partial<Record<FieldKey, number>> = {};
  const names: Partial<Record<FieldKey, string>> = {};
  const problems: ImportProblem[] = [];
  headerCells.forEach((cell, columnIndex) => {
    const header = cell === null ? '' : String(cell).trim();
    if (header === '') return;
    const field = fieldOfHeader(header);
    if (!field) {
      problems.push(
        makeProblem(
          { file, row, columnName: header, columnIndex },
          `Kolonnen «${header}» kendes ikke og springes over.`,
          'warning',
        ),
      );
      return;
    }
    const earlier = columns[field];
    if (earlier !== undefined) {
      problems.push(
        makeProblem(
          { file, row, columnName: header, columnIndex },
          `Kolonnen «${FIELD_HEADER[field]}» står to gange i overskriften; fjern den ene.`,
        ),
      );
      return;
    }
    columns[field] = columnIndex;
    names[field] = header;
  });
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const list = joinDanish(missing.map((field) => `«${FIELD_HEADER[field]}»`));
    const word = missing.length === 1 ? 'kolonnen' : 'kolonnerne';
    problems.push(
      makeProblem(
        { file, row },
        `Overskriftsrækken mangler ${word} ${list}. Første række skal indeholde: ${REQUIRED_FIELDS.map((f) => FIELD_HEADER[f]).join(', ')}.`,
      ),
    );
  }
  return { columns, names, problems, missing };
}
