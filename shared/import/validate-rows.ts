import { measurementId, roundIdFromLabel, slugifyAreaName } from '../domain/ids';
import type { Area, Indicator, Measurement, Round } from '../domain/types';
import { newArea } from './area-forms';
import { FIELD_HEADER, LAYOUT_FIELDS, mapHeader, type FieldKey, type HeaderMap } from './fields';
import { checkOneMainPerArea } from './main-indicators';
import { ProblemList } from './problem-list';
import { makeProblem, type ImportProblem } from './problems';
import { emptyRecords, type ImportRecords, type SourceRows } from './records';
import type { Cell, Table } from './table';
import { cellText } from './values';
import { differences, sameIndicator } from './indicator-consistency';
import { RowReader, type RowValues } from './read-row';
import type { NumberStyle } from './values';
import { canonicalPeriod } from '../domain/periods';
import { targetOnWrongSide, wrongSideMessage } from '../domain/validate';

export interface RowsResult {
  records: ImportRecords;
  problems: ImportProblem[];
  /** Data rows below the header (blank rows not counted). */
  rowCount: number;
}

const PROGRESS_EVERY = 4096;

interface IndicatorState {
  indicator: Indicator;
  row: number;
  explicitPrecision: boolean;
  /** First cell of this indicator whose value is not a whole number: rounded when no precision is given. */
  firstDecimal: { row: number; field: FieldKey } | undefined;
}

export const ROUNDED_DECIMALS_WARNING =
  'Værdierne har decimaler; status beregnes på hele tal. Tilføj kolonnen «præcision» for at sammenligne med decimaler.';

/** The first of the row's numbers that is not whole ("47,5"; "45,0" is whole and loses nothing). */
function firstDecimalField(values: RowValues): FieldKey | undefined {
  if (values.value && !Number.isInteger(values.value.value)) return 'value';
  if (!Number.isInteger(values.baseline.value.value)) return 'baselineValue';
  if (!Number.isInteger(values.target.value.value)) return 'targetValue';
  return undefined;
}

/** Header → fields, each data row → records, and the checks across rows (domain.md's import layout). */
export function buildRecords(
  table: Table,
  file: string,
  onProgress?: (fraction: number) => void,
  numberStyle: NumberStyle = 'danish',
  /** Columns already mapped to fields (the import's mapping step); otherwise read from the header row. */
  mappedHeader?: HeaderMap,
): RowsResult {
  const problems = new ProblemList();
  const headerCells = table.rows[0];
  const headerRow = table.rowNumbers[0] ?? 1;
  if (!headerCells) {
    problems.add(makeProblem({ file, row: 0 }, 'Filen er tom.'));
    return { records: emptyRecords(), problems: problems.finish(file), rowCount: 0 };
  }
  const header = mappedHeader ?? mapHeader(headerCells, file, headerRow);
  problems.addAll(header.problems);
  const rowCount = table.rows.length - 1;
  if (header.missing.length > 0)
    return { records: emptyRecords(), problems: problems.finish(file), rowCount };
  if (rowCount === 0) {
    problems.add(
      makeProblem({ file, row: headerRow }, 'Filen har en overskriftsrække, men ingen datarækker.'),
    );
    return { records: emptyRecords(), problems: problems.finish(file), rowCount };
  }

  const where = (field: FieldKey, row: number) => ({
    file,
    row,
    columnName: header.names[field] ?? FIELD_HEADER[field],
    columnIndex: header.virtual?.has(field) ? undefined : header.columns[field],
  });
  const reader = new RowReader(header, numberStyle);
  // Cells right of the header's last column belong to no field: say so instead of dropping them silently.
  const headerWidth = lastFilled(headerCells) + 1;
  // Cells the import added after the file's own (values given once, a wide table's round and value) are not the file's.
  const fileWidth = header.fileWidth ?? Number.POSITIVE_INFINITY;
  const reportBeyondHeader = (cells: readonly Cell[], width: number, row: number): void => {
    for (let column = width; column < Math.min(cells.length, fileWidth); column++) {
      const text = cellText(cells[column]);
      if (text === '') continue;
      problems.add(
        makeProblem(
          { file, row, columnName: 'uden overskrift', columnIndex: column },
          `Cellen «${text.length > 40 ? `${text.slice(0, 40)}…` : text}» står til højre for overskriftsrækkens sidste kolonne og læses ikke.`,
          'warning',
        ),
      );
    }
  };
  const areas = new Map<string, { area: Area; row: number }>();
  const indicators = new Map<string, IndicatorState>();
  const rounds = new Map<string, { round: Round; row: number; publishedRow: number }>();
  const measurementRows = new Map<string, number>();
  const measurements: Measurement[] = [];
  const areaSlugs = new Map<string, string>();
  const roundSlugs = new Map<string, string>();

  for (let index = 1; index < table.rows.length; index++) {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index / table.rows.length);
    const row = table.rowNumbers[index] ?? index + 1;
    const cells = table.rows[index] ?? [];
    const values = reader.read(cells, (field, message, severity) =>
      problems.add(makeProblem(where(field, row), message, severity)),
    );
    if (cells.length > headerWidth) reportBeyondHeader(cells, headerWidth, row);
    if (!values) continue;

    const areaId = cached(areaSlugs, values.areaName, slugifyAreaName);
    const roundId = cached(roundSlugs, values.roundLabel, roundIdFromLabel);
    if (!areaId) {
      problems.add(
        makeProblem(where('area', row), `«${values.areaName}» kan ikke bruges som navn på et område.`),
      );
      continue;
    }
    if (!roundId) {
      problems.add(
        makeProblem(where('round', row), `«${values.roundLabel}» kan ikke bruges som navn på en måling.`),
      );
      continue;
    }
    if (!areas.has(areaId)) areas.set(areaId, { area: newArea(areaId, values.areaName, areas.size), row });

    const decimalField = firstDecimalField(values);
    const firstDecimal = decimalField ? { row, field: decimalField } : undefined;
    const candidate: Indicator = {
      id: values.indicatorId,
      areaId,
      name: values.name,
      unit: values.unit,
      direction: values.direction,
      isMain: values.isMain,
      // domain.md: values are compared "after rounding both to the indicator's precision (whole numbers
      // by default)"; the decimals a file happens to be written with say nothing about that precision.
      precision: values.precision ?? 0,
      baseline: { period: values.baseline.period, value: values.baseline.value.value },
      target: { period: values.target.period, value: values.target.value.value },
      sortOrder: indicators.size,
    };
    const known = indicators.get(values.indicatorId);
    if (!known) {
      indicators.set(values.indicatorId, {
        indicator: candidate,
        row,
        explicitPrecision: values.precision !== undefined,
        firstDecimal,
      });
      if (targetOnWrongSide(candidate)) {
        problems.add(
          makeProblem(
            where('direction', row),
            `Indikatoren «${values.indicatorId}»: ${wrongSideMessage(candidate.direction)}.`,
            'warning',
          ),
        );
      }
    } else {
      known.firstDecimal ??= firstDecimal;
      if (values.precision !== undefined && !known.explicitPrecision) {
        known.indicator.precision = values.precision;
        known.explicitPrecision = true;
      }
      const comparePrecision = values.precision !== undefined;
      const differing = sameIndicator(known.indicator, candidate, comparePrecision)
        ? []
        : differences(known.indicator, candidate, comparePrecision);
      for (const difference of differing) {
        problems.add(
          makeProblem(
            where(difference.field, row),
            `Indikatoren «${values.indicatorId}» har ${difference.label} «${difference.here}» her, men «${difference.first}» i række ${known.row}. En indikator skal have samme ${difference.label} på alle rækker.`,
          ),
        );
      }
    }

    const knownRound = rounds.get(roundId);
    if (!knownRound) {
      const roundPeriod = values.roundPeriod ?? canonicalPeriod(values.roundLabel);
      const round: Round = {
        id: roundId,
        label: values.roundLabel,
        period: roundPeriod ?? values.roundLabel,
      };
      if (values.published) round.publishedOn = values.published;
      rounds.set(roundId, { round, row, publishedRow: values.published ? row : 0 });
      if (!roundPeriod) {
        problems.add(
          makeProblem(
            where('round', row),
            `Målingen «${values.roundLabel}» kan ikke læses som et år eller en måned (fx «2008» eller «Maj 2008»); den sorteres efter sit navn og vælges aldrig som seneste måling.`,
            'warning',
          ),
        );
      }
    } else if (values.published) {
      if (!knownRound.round.publishedOn) {
        knownRound.round.publishedOn = values.published;
        knownRound.publishedRow = row;
      } else if (knownRound.round.publishedOn !== values.published) {
        problems.add(
          makeProblem(
            where('published', row),
            `Målingen «${values.roundLabel}» er offentliggjort ${values.published} her, men ${knownRound.round.publishedOn} i række ${knownRound.publishedRow}.`,
          ),
        );
      }
    }

    const id = measurementId(values.indicatorId, roundId);
    const earlierRow = measurementRows.get(id);
    if (earlierRow !== undefined) {
      problems.add(
        makeProblem(
          where('round', row),
          `Indikatoren «${values.indicatorId}» har allerede en række for målingen «${values.roundLabel}» (række ${earlierRow}); der må kun være én værdi pr. indikator og måling.`,
        ),
      );
      continue;
    }
    measurementRows.set(id, row);
    measurements.push({ id, indicatorId: values.indicatorId, roundId, value: values.value?.value ?? null });
  }

  const inferredPrecision: string[] = [];
  let firstRounded: { row: number; field: FieldKey } | undefined;
  for (const state of indicators.values()) {
    if (state.explicitPrecision) continue;
    inferredPrecision.push(state.indicator.id);
    if (state.firstDecimal && (!firstRounded || state.firstDecimal.row < firstRounded.row))
      firstRounded = state.firstDecimal;
  }
  // Once per file, at the first decimal that will be rounded: one cause, one fix (the «præcision» column).
  if (firstRounded)
    problems.add(
      makeProblem(where(firstRounded.field, firstRounded.row), ROUNDED_DECIMALS_WARNING, 'warning'),
    );
  const indicatorStates = [...indicators.values()];
  problems.addAll(
    checkOneMainPerArea(
      [...areas.values()],
      indicatorStates.map((state) => ({ indicator: state.indicator, row: state.row })),
      (row) => where('main', row),
    ),
  );
  onProgress?.(1);
  return {
    records: {
      areas: [...areas.values()].map((entry) => entry.area),
      indicators: indicatorStates.map((state) => state.indicator),
      rounds: [...rounds.values()].map((entry) => entry.round),
      measurements,
      inferredPrecision,
      sourceRows: {
        areas: Object.fromEntries([...areas].map(([id, entry]) => [id, entry.row])),
        indicators: Object.fromEntries(indicatorStates.map((state) => [state.indicator.id, state.row])),
        rounds: Object.fromEntries([...rounds].map(([id, entry]) => [id, entry.row])),
        columns: sourceColumns(header),
      },
    },
    problems: problems.finish(file),
    rowCount,
  };
}

function cached(cache: Map<string, string>, key: string, compute: (key: string) => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}

function sourceColumns(header: ReturnType<typeof mapHeader>): SourceRows['columns'] {
  const columns: SourceRows['columns'] = {};
  for (const field of LAYOUT_FIELDS) {
    const index = header.columns[field];
    if (index !== undefined) columns[field] = { name: header.names[field] ?? FIELD_HEADER[field], index };
  }
  return columns;
}

/** Index of the last non-empty cell (-1 for an empty row). */
function lastFilled(cells: readonly Cell[]): number {
  for (let index = cells.length - 1; index >= 0; index--) if (cellText(cells[index]) !== '') return index;
  return -1;
}
