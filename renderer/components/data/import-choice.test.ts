import { describe, expect, it } from 'vitest';
import { emptyImportPreview, type ImportPreview } from '../../../shared/import/diff';
import type { ImportProblem } from '../../../shared/import/problems';
import { importChoice, shownPreview } from './import-choice';

function preview(changes: Partial<ImportPreview> = {}): ImportPreview {
  return { ...emptyImportPreview(), unchanged: 12, ...changes };
}
const withNewValue = preview({
  newMeasurements: [{ id: 'besk-1@2009', indicatorId: 'besk-1', roundId: '2009', value: 50 }],
});
const error: ImportProblem = {
  file: 'ny.csv',
  row: 5,
  column: 'værdi (kolonne H)',
  message: '«x7» er ikke et tal.',
  severity: 'error',
};
const warning: ImportProblem = { ...error, severity: 'warning', message: 'Værdierne har decimaler.' };

describe('what the import preview offers', () => {
  it('blocks a file with errors', () => {
    expect(importChoice({ preview: withNewValue, problems: [error], withoutSample: undefined }).kind).toBe(
      'blocked',
    );
  });

  it('offers nothing to import when everything is stored already, warnings or not', () => {
    expect(importChoice({ preview: preview(), problems: [warning], withoutSample: undefined }).kind).toBe(
      'nothing',
    );
  });

  it('imports plainly without sample data, and asks first while the sample data is loaded', () => {
    expect(importChoice({ preview: withNewValue, problems: [], withoutSample: undefined }).kind).toBe(
      'import',
    );
    const sample = { preview: withNewValue, problems: [] };
    expect(importChoice({ preview: withNewValue, problems: [], withoutSample: sample }).kind).toBe(
      'ask-sample',
    );
  });

  it('offers only removing the sample when the file clashes with the invented data alone', () => {
    const input = {
      preview: withNewValue,
      problems: [error],
      withoutSample: { preview: preview({ unchanged: 0 }), problems: [warning] },
    };
    const choice = importChoice(input);
    expect(choice.kind).toBe('replace-sample-only');
    expect(shownPreview(input, choice).problems).toEqual([warning]);
  });

  it('blocks a file broken on its own even while the sample data is loaded', () => {
    const input = {
      preview: withNewValue,
      problems: [error],
      withoutSample: { preview: withNewValue, problems: [error] },
    };
    expect(importChoice(input).kind).toBe('blocked');
  });
});
