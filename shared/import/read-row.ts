import { canonicalPeriod, parsePeriod } from '../domain/periods';
import type { Indicator } from '../domain/types';
import type { FieldKey, HeaderMap } from './fields';
import type { Cell } from './table';
import {
  cellText,
  parseDateCell,
  parseDirectionCell,
  parseMainCell,
  numberChangeMessage,
  parseNumberCell,
  type NumberStyle,
  type ParsedNumber,
} from './values';

/** Decimals beyond this are noise, not a precision anyone reports. */
export const MAX_PRECISION = 6;

/** One data row, read and checked cell by cell. */
export interface RowValues {
  areaName: string;
  indicatorId: string;
  name: string;
  isMain: boolean;
  unit: string;
  direction: Indicator['direction'];
  roundLabel: string;
  value: ParsedNumber | null;
  baseline: { period: string; value: ParsedNumber };
  target: { period: string; value: ParsedNumber };
  precision: number | undefined;
  published: string | undefined;
  roundPeriod: string | undefined;
}

/** `severity` 'warning': the value is used, but the user should know (a number stored differently from how it was written). */
export type ReportCell = (field: FieldKey, message: string, severity?: 'error' | 'warning') => void;

/**
 * Reads a row's cells into values, reporting every bad cell (not only the first) so the user can
 * fix a row in one go. One reader serves all rows: no closures are made per row of a 100,000-row file.
 */
export class RowReader {
  private cells: readonly Cell[] = [];
  private report: ReportCell = () => undefined;
  private ok = true;

  constructor(
    private readonly header: HeaderMap,
    private readonly numberStyle: NumberStyle,
  ) {}

  /** undefined when the row cannot be used; its problems have then been reported. */
  read(cells: readonly Cell[], report: ReportCell): RowValues | undefined {
    this.cells = cells;
    this.report = report;
    this.ok = true;

    const areaName = this.requiredText('area', 'Området mangler.');
    const indicatorId = this.requiredText('indicatorId', 'Indikatorens id mangler.');
    if (indicatorId.includes('@'))
      this.fail('indicatorId', `Indikatorens id «${indicatorId}» må ikke indeholde «@».`);
    const name = this.requiredText('indicator', 'Indikatorens navn mangler.');
    const isMain = parseMainCell(this.cell('main'));
    if (isMain === undefined)
      this.fail('main', `«${cellText(this.cell('main'))}» skal være «ja» eller «nej».`);
    const unit = cellText(this.cell('unit'));
    const direction = parseDirectionCell(this.cell('direction'));
    if (direction === undefined) {
      const text = cellText(this.cell('direction'));
      const what = text === '' ? 'Retningen mangler' : `«${text}» er ikke en retning`;
      this.fail('direction', `${what}; skriv «op» (højere er bedre) eller «ned» (lavere er bedre).`);
    }
    const roundLabel = this.requiredText('round', 'Målingen mangler (fx «2008» eller «Maj 2008»).');
    const value = this.number('value', null) ?? null;
    const baselinePeriod = this.period('baselinePeriod', 'Basisperioden mangler (fx «2006»).');
    const baselineValue = this.number('baselineValue', 'Basisværdien mangler.');
    const targetPeriod = this.period('targetPeriod', 'Målperioden mangler (fx «2010»).');
    const targetValue = this.number('targetValue', 'Målværdien mangler.');
    const precision = this.precision();
    const published = this.optional(
      'published',
      parseDateCell,
      'en dato (skriv fx 16-05-2008 eller 2008-05-16)',
    );
    const roundPeriod = this.optional(
      'roundPeriod',
      (cell) => canonicalPeriod(cellText(cell)),
      'en periode (skriv fx 2008 eller 2008-05)',
    );

    if (!this.ok || isMain === undefined || direction === undefined || !baselineValue || !targetValue)
      return undefined;
    return {
      areaName,
      indicatorId,
      name,
      isMain,
      unit,
      direction,
      roundLabel,
      value,
      baseline: { period: baselinePeriod, value: baselineValue },
      target: { period: targetPeriod, value: targetValue },
      precision,
      published,
      roundPeriod,
    };
  }

  private fail(field: FieldKey, message: string): undefined {
    this.report(field, message);
    this.ok = false;
    return undefined;
  }

  private cell(field: FieldKey): Cell | undefined {
    const column = this.header.columns[field];
    return column === undefined ? undefined : this.cells[column];
  }

  private requiredText(field: FieldKey, missing: string): string {
    const text = cellText(this.cell(field));
    if (text === '') this.fail(field, missing);
    return text;
  }

  /** A baseline or target period: the on-track line needs its place in time, so it must be readable. */
  private period(field: 'baselinePeriod' | 'targetPeriod', missing: string): string {
    const text = this.requiredText(field, missing);
    if (text !== '' && !parsePeriod(text)) {
      this.fail(
        field,
        `«${text}» kan ikke læses som en periode; skriv fx «2006», «2008-05» eller «maj 2008».`,
      );
    }
    return text;
  }

  /** `missing` null: an empty cell is allowed and gives undefined. */
  private number(field: FieldKey, missing: string | null): ParsedNumber | undefined {
    const raw = this.cell(field);
    if (raw === null || raw === undefined || raw === '') {
      return missing === null ? undefined : this.fail(field, missing);
    }
    const parsed = parseNumberCell(raw, this.numberStyle);
    if (parsed) {
      if (parsed.changed) {
        const written = typeof raw === 'number' && Object.is(raw, -0) ? '-0' : cellText(raw);
        const message = numberChangeMessage(written, parsed);
        if (message) this.report(field, message, 'warning');
      }
      return parsed;
    }
    const text = cellText(raw);
    if (text === '') return missing === null ? undefined : this.fail(field, missing);
    return this.fail(field, `«${text}» er ikke et tal.`);
  }

  private precision(): number | undefined {
    const text = cellText(this.cell('precision'));
    if (text === '') return undefined;
    const parsed = parseNumberCell(this.cell('precision'));
    if (parsed && Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= MAX_PRECISION) {
      return parsed.value;
    }
    return this.fail('precision', `«${text}» er ikke et antal decimaler (0 til ${MAX_PRECISION}).`);
  }

  /** An optional column: empty is fine, anything else must read as `what`. */
  private optional(field: FieldKey, parse: (cell: Cell | undefined) => string | undefined, what: string) {
    const text = cellText(this.cell(field));
    if (text === '') return undefined;
    return parse(this.cell(field)) ?? this.fail(field, `«${text}» er ikke ${what}.`);
  }
}
