import { describe, expect, it } from 'vitest';
import {
  containment,
  contextAround,
  normalizeText,
  sameText,
  shortenAtWord,
  similarity,
  wordDiff,
} from './text';

describe('wordDiff', () => {
  it('reads as old words → new words, and joins back to both texts', () => {
    const before = 'Vi ser frem til et fortsat konstruktivt samarbejde i København.';
    const after = 'Vi ser frem til et godt og tæt samarbejde i Københavns Kommune.';
    const parts = wordDiff(before, after);
    expect(parts).toEqual([
      { kind: 'same', text: 'Vi ser frem til et ' },
      { kind: 'removed', text: 'fortsat konstruktivt' },
      { kind: 'added', text: 'godt og tæt' },
      { kind: 'same', text: ' samarbejde i ' },
      { kind: 'removed', text: 'København.' },
      { kind: 'added', text: 'Københavns Kommune.' },
    ]);
    const join = (kind: 'removed' | 'added') =>
      parts
        .filter((part) => part.kind !== kind)
        .map((part) => part.text)
        .join('');
    expect(join('added')).toBe(before);
    expect(join('removed')).toBe(after);
  });

  it('shows a sentence added at the end as just that sentence', () => {
    expect(wordDiff('Tak for i dag.', 'Tak for i dag. Vi ses.')).toEqual([
      { kind: 'same', text: 'Tak for i dag.' },
      { kind: 'added', text: ' Vi ses.' },
    ]);
    expect(wordDiff('', 'Nyt.')).toEqual([{ kind: 'added', text: 'Nyt.' }]);
    expect(wordDiff('Væk.', '')).toEqual([{ kind: 'removed', text: 'Væk.' }]);
  });
});

describe('text comparison', () => {
  it('ignores runs of spaces and no-break spaces, not a line break', () => {
    expect(normalizeText('  a \u00a0 b\t c ')).toBe('a b c');
    expect(sameText('a  b', 'a b')).toBe(true);
    expect(sameText('a b', 'a\nb')).toBe(false);
  });

  it('scores similar paragraphs high and unrelated ones low', () => {
    const sent = 'Udvalget opfordres til at prioritere uddannelsesområdet i budgettet.';
    expect(similarity(sent, sent.replace('prioritere', 'styrke'))).toBeGreaterThan(0.8);
    expect(similarity(sent, 'Kære Pia Allerslev')).toBeLessThan(0.2);
    expect(containment('uddannelsesområdet i budgettet.', sent)).toBe(1);
  });
});

describe('quoted context is cut between words', () => {
  const text =
    'Integrationsindsatsen har gennem det seneste år været genstand for stor opmærksomhed, og mange dagsordner har med god grund handlet om den.';
  it('shows whole words either side of the quote, with … where text was left out', () => {
    const at = text.indexOf('stor opmærksomhed');
    const { before, after, cutBefore, cutAfter } = contextAround(text, at, 'stor opmærksomhed'.length);
    expect(before).toBe('det seneste år været genstand for ');
    expect(text.slice(0, text.indexOf(before))).toMatch(/\s$/);
    expect(after).toBe(', og mange dagsordner har med god grund');
    expect(cutBefore).toBe(true);
    expect(cutAfter).toBe(true);
  });
  it('leaves nothing out of a short paragraph', () => {
    expect(contextAround('Vi ser frem til det.', 3, 3)).toEqual({
      before: 'Vi ',
      after: ' frem til det.',
      cutBefore: false,
      cutAfter: false,
    });
  });
  it('shortens a paragraph for a message at a word boundary', () => {
    const closing =
      'Beskæftigelses- og Integrationsudvalget ser frem til et fortsat konstruktivt samarbejde om opfølgningen.';
    expect(shortenAtWord(closing, 60)).toBe('Beskæftigelses- og Integrationsudvalget ser frem til et …');
    expect(shortenAtWord('Kort tekst.', 60)).toBe('Kort tekst.');
  });
});
