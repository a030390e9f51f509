import { describe, expect, it } from 'vitest';
import { markupProblems, parseInlineMarkup } from './inline-markup';

describe('links in template markup', () => {
  it('keeps balanced parentheses in the address (Wikipedia)', () => {
    expect(parseInlineMarkup('Se [wiki](https://da.wikipedia.org/wiki/Rådhus_(København)) her.')).toEqual([
      { text: 'Se ' },
      { text: 'wiki', link: 'https://da.wikipedia.org/wiki/Rådhus_(København)' },
      { text: ' her.' },
    ]);
    expect(markupProblems('[wiki](https://da.wikipedia.org/wiki/Rådhus_(København))')).toEqual([]);
  });

  it('ends the address at the first unbalanced ")"', () => {
    expect(parseInlineMarkup('([kk](https://www.kk.dk))')).toEqual([
      { text: '(' },
      { text: 'kk', link: 'https://www.kk.dk' },
      { text: ')' },
    ]);
  });

  it('quotes the whole refused address with «»', () => {
    expect(markupProblems('[klik](javascript:alert(1))')).toEqual([
      'Linket «javascript:alert(1)» er ikke en gyldig web- eller mailadresse (skal begynde med https://, http:// eller mailto:).',
    ]);
    expect(parseInlineMarkup('[klik](javascript:alert(1))')).toEqual([
      { text: '[klik](javascript:alert(1))' },
    ]);
  });
});
