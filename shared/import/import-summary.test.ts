import { describe, expect, it } from 'vitest';
import { describeImportCounts } from './import-summary';

describe('describeImportCounts', () => {
  it('names each kind with Danish singular and plural', () => {
    expect(describeImportCounts({ areas: 1, indicators: 1, rounds: 1, values: 26 })).toBe(
      '1 område, 1 indikator, 1 måling og 26 værdier',
    );
    expect(describeImportCounts({ areas: 6, indicators: 6, rounds: 2, values: 1 })).toBe(
      '6 områder, 6 indikatorer, 2 målinger og 1 værdi',
    );
  });

  it('leaves out kinds the import did not touch', () => {
    expect(describeImportCounts({ areas: 0, indicators: 0, rounds: 0, values: 3 })).toBe('3 værdier');
    expect(describeImportCounts({ areas: 0, indicators: 2, rounds: 0, values: 4 })).toBe(
      '2 indikatorer og 4 værdier',
    );
  });
});
