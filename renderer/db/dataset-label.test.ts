import { describe, expect, it } from 'vitest';
import { SAMPLE_DATASET_LABEL } from '../../shared/sample/eksempeldata';
import { containsSampleData, dataOrigin, MIXED_SAMPLE_LABEL, SAMPLE_LABEL } from './dataset-label';

describe('what the stored data is made of', () => {
  it('tells the sample alone, the sample with own data, and own data apart', () => {
    expect(SAMPLE_LABEL).toBe(SAMPLE_DATASET_LABEL);
    expect(dataOrigin(SAMPLE_LABEL)).toBe('sample');
    expect(dataOrigin(MIXED_SAMPLE_LABEL)).toBe('mixed');
    expect(dataOrigin('barometer-2008.csv')).toBe('own');
    expect(dataOrigin(undefined)).toBe('own');
    expect(containsSampleData(MIXED_SAMPLE_LABEL)).toBe(true);
    expect(containsSampleData('barometer-2008.csv')).toBe(false);
  });
});
