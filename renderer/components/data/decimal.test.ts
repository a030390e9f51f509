import { describe, expect, it } from 'vitest';
import { decimalText, readDecimal } from './decimal';

describe('numbers in the measurement grid', () => {
  it("shows a stored value at the indicator's precision, as the annex does", () => {
    expect(decimalText(6, 1)).toBe('6,0');
    expect(decimalText(47.5, 1)).toBe('47,5');
    expect(decimalText(51, 0)).toBe('51');
    expect(decimalText(null, 1)).toBe('');
  });

  it('never shows fewer decimals than stored, so leaving the field cannot round a value away', () => {
    expect(decimalText(47.5, 0)).toBe('47,5');
    expect(decimalText(0.1 + 0.2, 1)).toBe('0,3');
    const shown = decimalText(7.25, 1);
    expect(shown).toBe('7,25');
    expect(readDecimal(shown, { allowEmpty: true })).toEqual({ ok: true, value: 7.25 });
  });
});
