import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureLetter } from '../letter/test-fixtures';
import { CONTENT_WIDTH } from './layout';
import { estimatePages, lineCount } from './page-estimate';

describe('estimatePages', () => {
  it('breaks lines at words: a short line is one line, a long text several, hard breaks count', () => {
    expect(lineCount('Kære Bo Asmus Kjeldgaard', CONTENT_WIDTH, 'body')).toBe(1);
    const long = 'ord '.repeat(400);
    const lines = lineCount(long, CONTENT_WIDTH, 'body');
    expect(lines).toBeGreaterThan(10);
    // Half the width, about twice the lines.
    expect(lineCount(long, CONTENT_WIDTH / 2, 'body')).toBeGreaterThanOrEqual(2 * lines - 1);
    expect(lineCount('a\nb\nc', CONTENT_WIDTH, 'body')).toBe(3);
  });

  it('expects the reference letter on one page and the annex after it', () => {
    const pages = estimatePages(fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp' }));
    expect(pages.letter).toBe(1);
    expect(pages.annex).toBeGreaterThanOrEqual(1);
    expect(pages.total).toBe(pages.letter + pages.annex);
    expect(pages.words).toBeGreaterThan(150);
  });

  it('expects more letter pages for a 1,000-word paragraph', () => {
    const letter = fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp' });
    const words = Array.from({ length: 1000 }, (_unused, index) => `ord${index}`).join(' ');
    letter.paragraphs.push({ id: 'long', role: 'custom', runs: [{ text: words }], editedByUser: true });
    expect(estimatePages(letter).letter).toBeGreaterThanOrEqual(2);
  });
});
