import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../shared/review/text';
import { tidyDiff } from './diff-display';

describe('a suggestion shown as old → new', () => {
  it('shows only the added sentence when a paragraph gets one more at its end', () => {
    const before = 'Vi ser frem til samarbejdet i København.';
    const after = 'Vi ser frem til samarbejdet i København. Vi glæder os til at høre fra jer.';
    const parts = tidyDiff(wordDiff(before, after));
    expect(parts).toEqual([
      { kind: 'same', text: 'Vi ser frem til samarbejdet i København.' },
      { kind: 'added', text: ' Vi glæder os til at høre fra jer.' },
    ]);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('shows only the removed sentence when the last one is taken out, and leaves real replacements alone', () => {
    expect(
      tidyDiff([
        { kind: 'removed', text: 'København. Tak.' },
        { kind: 'added', text: 'København.' },
      ]),
    ).toEqual([
      { kind: 'same', text: 'København.' },
      { kind: 'removed', text: ' Tak.' },
    ]);
    const replaced = [
      { kind: 'same' as const, text: 'Udvalget ' },
      { kind: 'removed' as const, text: 'opfordres ' },
      { kind: 'added' as const, text: 'bedes ' },
    ];
    expect(tidyDiff(replaced)).toEqual(replaced);
  });
});
