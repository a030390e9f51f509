import { describe, expect, it } from 'vitest';
import { danishDateProblem, isoToDanishDate, parseDanishDate } from './danish-date';

describe('the letter date, typed the Danish way', () => {
  it('reads day-month-year with -, . or /, and ISO dates', () => {
    expect(parseDanishDate('16-05-2008')).toBe('2008-05-16');
    expect(parseDanishDate(' 16.5.2008 ')).toBe('2008-05-16');
    expect(parseDanishDate('1/12/2026')).toBe('2026-12-01');
    expect(parseDanishDate('2008-05-16')).toBe('2008-05-16');
    expect(parseDanishDate('29-02-2008')).toBe('2008-02-29');
  });

  it('refuses what is not a real date, and never reads it month first', () => {
    for (const text of [
      '',
      '31-02-2008',
      '29-02-2007',
      '16-13-2008',
      '00-05-2008',
      '16-05-08',
      '11/30/2026',
      'maj',
    ])
      expect(parseDanishDate(text)).toBeNull();
  });

  it('shows a stored date day first and names the bad text in its message', () => {
    expect(isoToDanishDate('2026-11-30')).toBe('30-11-2026');
    expect(isoToDanishDate('ugyldig')).toBe('');
    expect(danishDateProblem('11/30/2026')).toBe(
      'Datoen «11/30/2026» kan ikke læses. Skriv den som dd-mm-åååå, fx 16-05-2008.',
    );
  });
});
