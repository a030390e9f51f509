import { describe, expect, it } from 'vitest';
import {
  capitalize,
  countNoun,
  formatDateLong,
  formatDateNumeric,
  formatNumber,
  formatValue,
  joinDanish,
  STATUS_SYMBOL,
  STATUS_WORD,
} from './wording';

describe('Danish wording', () => {
  it('joins lists with commas and "og" before the last item', () => {
    expect(joinDanish([])).toBe('');
    expect(joinDanish(['bolig'])).toBe('bolig');
    expect(joinDanish(['beskæftigelse', 'bolig'])).toBe('beskæftigelse og bolig');
    expect(joinDanish(['beskæftigelse', 'bolig', 'kultur og fritid'])).toBe(
      'beskæftigelse, bolig og kultur og fritid',
    );
  });

  it('formats numbers with decimal comma and thousands point', () => {
    expect(formatNumber(47.5, 1)).toBe('47,5');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(-3, 0)).toBe('-3');
  });

  it('writes values with their unit, but counts and indexes bare', () => {
    expect(formatValue(47.5, '%', 1)).toBe('47,5 %');
    expect(formatValue(510, 'antal')).toBe('510');
    expect(formatValue(102, 'Indeks')).toBe('102');
    expect(formatValue(null, '%')).toBe('–');
  });

  it('writes dates both ways the letter offers', () => {
    expect(formatDateNumeric('2008-05-16')).toBe('16-05-2008');
    expect(formatDateLong('2008-05-16')).toBe('16. maj 2008');
    expect(() => formatDateLong('16/5/2008')).toThrow(/Ugyldig dato/);
  });

  it('gives every status a distinct word and symbol', () => {
    expect(new Set(Object.values(STATUS_WORD)).size).toBe(4);
    expect(new Set(Object.values(STATUS_SYMBOL)).size).toBe(4);
    expect(capitalize('uddannelse')).toBe('Uddannelse');
  });
});

describe('countNoun', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(countNoun(1, 'manuel status', 'manuelle statusser')).toBe('1 manuel status');
    expect(countNoun(2, 'manuel status', 'manuelle statusser')).toBe('2 manuelle statusser');
    expect(countNoun(0, 'brev', 'breve')).toBe('0 breve');
    expect(countNoun(1200, 'værdi', 'værdier')).toBe('1.200 værdier');
  });

  it('prints numbers rounded the way the status rules round them (half away from zero, no float noise)', () => {
    expect(formatNumber(57.5, 0)).toBe('58');
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(-2.5, 0)).toBe('-3');
    expect(formatNumber(-0.2, 0)).toBe('0');
    expect(formatValue(0.045, '%', 2)).toBe('0,05 %');
  });
});
