import { describe, expect, it } from 'vitest';
import { cellText, parseDateCell, parseDirectionCell, parseMainCell, parseNumberCell } from './values';

describe('parseNumberCell', () => {
  it.each([
    ['47,5', 47.5, 1],
    ['47.5', 47.5, 1],
    ['45,0', 45, 1],
    ['1.234,5', 1234.5, 1],
    ['1,234.5', 1234.5, 1],
    ['1 234,50', 1234.5, 2],
    ['1.234.567', 1234567, 0],
    ['1.234', 1234, 0],
    ['47,5 %', 47.5, 1],
    ['−1,5', -1.5, 1],
    ['-3', -3, 0],
  ])('reads %s', (text, value, decimals) => {
    expect(parseNumberCell(text)).toEqual({ value, decimals });
  });

  it.each(['47,5x', 'abc', '1.2.3,4,5', '1,23,4', '', '%'])('refuses %s', (text) => {
    expect(parseNumberCell(text)).toBeUndefined();
  });

  it('reads a lone point before three digits as a decimal point in English files', () => {
    expect(parseNumberCell('1.234', 'english')).toEqual({ value: 1.234, decimals: 3 });
  });

  it('takes Excel numbers as they are, without binary noise in the decimals', () => {
    expect(parseNumberCell(0.1 + 0.2)).toEqual({ value: 0.1 + 0.2, decimals: 1 });
  });
});

describe('cell words', () => {
  it('reads main-indicator marks', () => {
    expect(['ja', 'Yes', '1', 'x', 'X'].map(parseMainCell)).toEqual([true, true, true, true, true]);
    expect(['nej', 'no', '0', ''].map(parseMainCell)).toEqual([false, false, false, false]);
    expect(parseMainCell('måske')).toBeUndefined();
  });

  it('reads directions in Danish and English', () => {
    expect(['op', 'UP', 'Højere er bedre'].map(parseDirectionCell)).toEqual(['up', 'up', 'up']);
    expect(['ned', 'down', 'lavere'].map(parseDirectionCell)).toEqual(['down', 'down', 'down']);
    expect(parseDirectionCell('sidelæns')).toBeUndefined();
  });

  it('undoes the apostrophe the export puts before a formula-like text', () => {
    expect(cellText("'=1+2")).toBe('=1+2');
    expect(cellText("'Rock'n'roll")).toBe("'Rock'n'roll");
  });
});

describe('dates', () => {
  it('reads Danish and ISO dates, and refuses impossible ones', () => {
    expect(['2008-05-16', '16-05-2008', '16.05.2008', '16. maj 2008'].map(parseDateCell)).toEqual(
      Array(4).fill('2008-05-16'),
    );
    expect(parseDateCell('31-02-2008')).toBeUndefined();
  });

  it('reads English and abbreviated month names in long dates', () => {
    expect(parseDateCell('16. okt 2008')).toBe('2008-10-16');
    expect(parseDateCell('16 October 2008')).toBe('2008-10-16');
  });
});
