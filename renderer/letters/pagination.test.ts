import { describe, expect, it } from 'vitest';
import { paginate, type FlowBlock } from './pagination';

const para = (id: string, lines: number, extra: Partial<FlowBlock> = {}): FlowBlock =>
  ({ id, kind: 'lines', lines, lineHeight: 10, before: 0, after: 0, ...extra }) as FlowBlock;

const ids = (pages: ReturnType<typeof paginate>): string[][] =>
  pages.map((page) => page.map((f) => `${f.id}[${f.from}-${f.to})`));

const options = { pageHeight: 100, widowLines: 2 };

describe('paginate', () => {
  it('keeps everything on one page when it fits, counting space before and after', () => {
    // 40 + 20 + 10 + 30 = 100: fits exactly.
    const pages = paginate([para('a', 4, { after: 20 }), para('b', 3, { before: 10 })], options);
    expect(pages).toHaveLength(1);
    // 40 + 20 + 10 + 40 = 110 > 100: one more line does not fit, and b (4 lines) splits 2 | 2.
    expect(ids(paginate([para('a', 4, { after: 20 }), para('b', 4, { before: 10 })], options))).toEqual([
      ['a[0-4)', 'b[0-2)'],
      ['b[2-4)'],
    ]);
  });

  it('splits a long paragraph between lines, leaving no single line (widow or orphan) alone', () => {
    const pages = paginate([para('a', 8), para('b', 3)], options);
    // 2 lines of b's 3 fit, but that would leave 1 line alone on page 2 (widow), and 1 line alone on page 1 would
    // be an orphan: b moves whole.
    expect(ids(pages)).toEqual([['a[0-8)'], ['b[0-3)']]);
    const long = paginate([para('long', 25)], options);
    expect(ids(long)).toEqual([['long[0-10)'], ['long[10-20)'], ['long[20-25)']]);
    const widow = paginate([para('w', 21)], options);
    expect(ids(widow)).toEqual([['w[0-10)'], ['w[10-19)'], ['w[19-21)']]);
  });

  it('moves a keep-lines paragraph whole and keeps a keep-with-next chain with the first lines of the next block', () => {
    expect(ids(paginate([para('a', 8), para('b', 4, { keepLines: true })], options))).toEqual([
      ['a[0-8)'],
      ['b[0-4)'],
    ]);
    // Closing paragraph (3 lines) kept with greeting + name + title (keepNext chain): all move together.
    const pages = paginate(
      [
        para('body', 6),
        para('closing', 2, { keepNext: true }),
        para('greeting', 1, { keepNext: true, after: 20 }),
        para('name', 1, { keepNext: true }),
        para('title', 1),
      ],
      options,
    );
    expect(ids(pages)).toEqual([['body[0-6)'], ['closing[0-2)', 'greeting[0-1)', 'name[0-1)', 'title[0-1)']]);
  });

  it('starts a page at a page break before, keeping the space before there', () => {
    const pages = paginate(
      [para('letter', 2), para('annex', 1, { pageBreakBefore: true, before: 5 })],
      options,
    );
    expect(pages).toHaveLength(2);
    expect(pages[1]?.[0]).toEqual({ id: 'annex', from: 0, to: 1, withBefore: true });
  });

  it('drops space before at the top of a page reached by a soft break', () => {
    const pages = paginate([para('a', 9), para('b', 3, { before: 30, keepLines: true })], options);
    expect(pages[1]?.[0]).toMatchObject({ id: 'b', withBefore: false });
  });

  it('breaks a table between rows and never leaves its header alone at the bottom of a page', () => {
    const table: FlowBlock = {
      id: 't',
      kind: 'rows',
      before: 0,
      after: 0,
      headerHeight: 20,
      rowHeights: [30, 30, 30, 30],
    };
    expect(ids(paginate([para('a', 2), table], options))).toEqual([['a[0-2)', 't[0-2)'], ['t[2-4)']]);
    // Only 15 px left: not even the header + first row fit, so the table starts on the next page.
    expect(ids(paginate([para('a', 8), table], options))).toEqual([['a[0-8)'], ['t[0-2)'], ['t[2-4)']]);
  });

  it('keeps the last row of a table with the note under it, moving the row (with a repeated header) if need be', () => {
    const table: FlowBlock = {
      id: 't',
      kind: 'rows',
      before: 0,
      after: 0,
      headerHeight: 10,
      rowHeights: [20, 20, 20],
      keepLastRowWithNext: true,
    };
    const note = para('note', 2);
    // 30 + 10 + 60 = 100: the table fits exactly, the note does not: the last row goes with the note.
    expect(ids(paginate([para('a', 3), table, note], options))).toEqual([
      ['a[0-3)', 't[0-2)'],
      ['t[2-3)', 'note[0-2)'],
    ]);
    // Without the rule the note would start page 2 alone.
    expect(ids(paginate([para('a', 3), { ...table, keepLastRowWithNext: false }, note], options))).toEqual([
      ['a[0-3)', 't[0-3)'],
      ['note[0-2)'],
    ]);
  });

  it('puts a block taller than a page on a page of its own instead of looping', () => {
    const pages = paginate(
      [para('a', 2), { id: 'img', kind: 'whole', height: 150, before: 0, after: 0 }],
      options,
    );
    expect(ids(pages)).toEqual([['a[0-2)'], ['img[0-1)']]);
  });
});
