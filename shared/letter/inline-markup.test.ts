import { describe, expect, it } from 'vitest';
import { markupProblems, parseInlineMarkup, runsToMarkup } from './inline-markup';

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

describe('runsToMarkup', () => {
  it('writes bold, italic and links as the template markup, and reads back the same runs', () => {
    const runs = [
      { text: 'Kære ' },
      { text: '{formand}', bold: true },
      { text: ', se ' },
      { text: 'barometeret', link: 'https://www.kk.dk/integrationsbarometer', bold: true },
      { text: ' og ' },
      { text: 'både fed', bold: true, italic: true },
      { text: ' og kursiv', italic: true },
      { text: '.' },
    ];
    const markup = runsToMarkup(runs);
    expect(markup).toBe(
      'Kære **{formand}**, se **[barometeret](https://www.kk.dk/integrationsbarometer)** og ***både fed** og kursiv*.',
    );
    expect(parseInlineMarkup(markup)).toEqual(runs);
    expect(markupProblems(markup)).toEqual([]);
  });

  it('keeps every default-like text unchanged through a round trip', () => {
    for (const text of [
      'Med henvisning til [www.kk.dk/integrationsbarometer](http://www.kk.dk/integrationsbarometer) ({måling}).',
      '*Kursiv* i starten og **fed** til sidst',
      'Ingen formatering, men {udvalg} og {område}.',
    ]) {
      expect(runsToMarkup(parseInlineMarkup(text))).toBe(text);
    }
  });

  it('writes a link whose text cannot be markup, or an unsafe one, as plain text', () => {
    expect(runsToMarkup([{ text: 'a]b', link: 'https://kk.dk' }])).toBe('a]b');
    expect(runsToMarkup([{ text: 'klik', link: 'javascript:alert(1)' }])).toBe('klik');
  });
});
