import { describe, expect, it } from 'vitest';
import { parseImportFile } from './import-file';
import { formatProblem, hasErrors } from './problems';
import { parseNumberCell } from './values';

/** Issue 11 item 4: no value is changed or dropped without a word naming row and column. */
const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';
const row = (value: string, extra = '') =>
  `Uddannelse;udd-1;Andel med uddannelse;ja;%;op;Maj 2008;${value};2006;45;2010;55${extra}`;
const csv = (...lines: string[]) => new TextEncoder().encode(`${[HEADER, ...lines].join('\r\n')}\r\n`);

describe('numbers stored differently from how they are written', () => {
  it('reads -0 as 0 and marks it', () => {
    expect(parseNumberCell('-0')).toEqual({ value: 0, decimals: 0, changed: 'negative-zero' });
    expect(parseNumberCell('-0,0')).toMatchObject({ value: 0, changed: 'negative-zero' });
    expect(parseNumberCell(-0)).toMatchObject({ value: 0, changed: 'negative-zero' });
    expect(Object.is(parseNumberCell('-0')?.value, -0)).toBe(false);
    expect(parseNumberCell('0')).toEqual({ value: 0, decimals: 0 });
  });

  it('marks numbers with more digits than a double keeps, and only those', () => {
    expect(parseNumberCell('99999999999999999999999')).toMatchObject({ value: 1e23, changed: 'imprecise' });
    expect(parseNumberCell('9007199254740993')?.changed).toBe('imprecise');
    expect(parseNumberCell('1.234.567.890.123.456.789')?.changed).toBe('imprecise');
    for (const exact of [
      '123456789012345',
      '12345678901234,5',
      '100000000000000000000',
      '0,1',
      '1.234',
      '-47,5',
    ]) {
      expect(parseNumberCell(exact)?.changed, exact).toBeUndefined();
    }
  });

  it('warns in the import, naming row and column, and still imports the value', async () => {
    const result = await parseImportFile(
      csv(row('-0'), row('99999999999999999999999').replace('Maj 2008', '2009')),
      'data.csv',
    );
    expect(hasErrors(result.problems)).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      'Advarsel: Fil «data.csv», række 2, kolonne «værdi» (H): «-0» gemmes som 0.',
      'Advarsel: Fil «data.csv», række 3, kolonne «værdi» (H): «99999999999999999999999» har flere cifre, end et tal kan gemmes med (højst 15); det gemmes som 100.000.000.000.000.000.000.000.',
    ]);
    expect(result.records.measurements.map((m) => m.value)).toEqual([0, 1e23]);
    expect(Object.is(result.records.measurements[0]?.value, -0)).toBe(false);
  });
});

describe('cells beyond the header’s last column', () => {
  it('are named by row and column letter instead of being dropped silently', async () => {
    const result = await parseImportFile(
      csv(row('47', ';;note til række 2'), row('48', ';').replace('Maj 2008', '2009')),
      'data.csv',
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'Advarsel: Fil «data.csv», række 2, kolonne «uden overskrift» (N): Cellen «note til række 2» står til højre for overskriftsrækkens sidste kolonne og læses ikke.',
    ]);
    expect(result.records.measurements).toHaveLength(2);
  });
});
