import { describe, expect, it } from 'vitest';
import { canonicalPeriod, parsePeriod, periodText, periodToYearFraction } from './periods';

describe('parsePeriod', () => {
  it.each([
    ['2006', { year: 2006, month: null }],
    ['2008-05', { year: 2008, month: 5 }],
    ['2008-05-30', { year: 2008, month: 5 }],
    ['05-2008', { year: 2008, month: 5 }],
    ['5/2008', { year: 2008, month: 5 }],
    ['maj 2008', { year: 2008, month: 5 }],
    ['Maj 2008', { year: 2008, month: 5 }],
    ['  Okt.  2007 ', { year: 2007, month: 10 }],
    ['December 2007', { year: 2007, month: 12 }],
    ['2008M05', { year: 2008, month: 5 }],
    ['2008 Q2', { year: 2008, month: 5 }],
    ['2008K4', { year: 2008, month: 11 }],
    ['2. kvartal 2008', { year: 2008, month: 5 }],
    ['2007/2008', { year: 2008, month: 1 }],
    ['2007/08', { year: 2008, month: 1 }],
    ['1999/00', { year: 2000, month: 1 }],
  ])('reads %s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(['', 'snart', '2008-13', '13-2008', 'maj', 'mai 2008', '2008 Q5', '2007/2009', '08', '2008M00'])(
    'returns null for unreadable %j',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );
});

describe('periodToYearFraction', () => {
  it('places months at their middle and a whole year at mid-year', () => {
    expect(periodToYearFraction({ year: 2008, month: 1 })).toBeCloseTo(2008 + 1 / 24);
    expect(periodToYearFraction({ year: 2008, month: 5 })).toBeCloseTo(2008.375);
    expect(periodToYearFraction({ year: 2008, month: null })).toBe(2008.5);
  });

  it('orders periods written in different styles', () => {
    const labels = ['2008', 'maj 2008', '2007/2008', '2006', '2007 Q4'];
    const parse = (text: string) => parsePeriod(text) ?? { year: 0, month: null };
    const sorted = [...labels].sort(
      (a, b) => periodToYearFraction(parse(a)) - periodToYearFraction(parse(b)),
    );
    expect(sorted).toEqual(['2006', '2007 Q4', '2007/2008', 'maj 2008', '2008']);
  });
});

describe('canonicalPeriod', () => {
  it('stores a year as "2008" and a month as "2008-05", whatever the spelling', () => {
    expect(canonicalPeriod('2008')).toBe('2008');
    expect(canonicalPeriod('Maj 2008')).toBe('2008-05');
    expect(canonicalPeriod('oct 2009')).toBe('2009-10');
    expect(canonicalPeriod('5/2008')).toBe('2008-05');
    expect(canonicalPeriod('2. kvartal 2008')).toBe('2008-05');
    expect(canonicalPeriod('Efterår 2008')).toBeUndefined();
  });
});

describe('parsePeriod cache', () => {
  it('gives the same answer on repeat calls, and answers that cannot be changed by a caller', () => {
    const first = parsePeriod('maj 2008');
    expect(parsePeriod('maj 2008')).toEqual({ year: 2008, month: 5 });
    expect(parsePeriod('maj 2008')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parsePeriod('ultimo 2006')).toBeNull();
    expect(parsePeriod('ultimo 2006')).toBeNull();
  });

  it('keeps answering right past its size bound', () => {
    for (let year = 1000; year < 4000; year++) expect(parsePeriod(String(year))?.year).toBe(year);
    expect(parsePeriod('2. kvartal 2008')).toEqual({ year: 2008, month: 5 });
  });
});

describe('periodText', () => {
  it('writes a stored month as a reader says it: "2008-05" is "maj 2008"', () => {
    expect(periodText('2008-05')).toBe('maj 2008');
    expect(periodText('2008-5')).toBe('maj 2008');
    expect(periodText('2008M12')).toBe('december 2008');
    expect(periodText('2008-05-31')).toBe('maj 2008');
  });

  it('leaves years, words, quarters and school years as written (a quarter is not a month)', () => {
    for (const text of ['2006', 'Maj 2008', '2. kvartal 2008', '2008K2', '2006/2007', 'ukendt', '2008-13']) {
      expect(periodText(text)).toBe(text);
    }
  });
});
