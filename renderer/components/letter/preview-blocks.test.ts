import { describe, expect, it } from 'vitest';
import { sliceRuns } from './preview-blocks';

describe('sliceRuns', () => {
  const runs = [
    { text: 'Kære ' },
    { text: 'udvalg', bold: true },
    { text: ', se ' },
    { text: 'kk.dk', link: 'https://kk.dk' },
  ];

  it('keeps each run’s formatting on the part of it inside the range', () => {
    expect(sliceRuns(runs, 3, 14)).toEqual([{ text: 'e ' }, { text: 'udvalg', bold: true }, { text: ', s' }]);
    expect(sliceRuns(runs, 14, Number.MAX_SAFE_INTEGER)).toEqual([
      { text: 'e ' },
      { text: 'kk.dk', link: 'https://kk.dk' },
    ]);
  });

  it('gives the whole text back in two parts split anywhere', () => {
    const text = runs.map((run) => run.text).join('');
    for (let split = 0; split <= text.length; split++) {
      const parts = [...sliceRuns(runs, 0, split), ...sliceRuns(runs, split, text.length)];
      expect(parts.map((run) => run.text).join('')).toBe(text);
    }
  });
});
