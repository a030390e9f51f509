/**
 * Page breaking for the A4 preview, with the rules the .docx gives Word and LibreOffice: a paragraph breaks between
 * lines (at least `widowLines` on each side), "keep lines together" moves it whole, "keep with next" keeps it on
 * the page where the next block starts, "page break before" starts a page, a table breaks between rows and repeats
 * its header row, and space before is dropped at the top of a page reached by a soft break (Word's rule).
 *
 * Pure: the preview measures each block in the DOM (heights in CSS pixels) and hands the numbers in here.
 */

interface BlockBase {
  id: string;
  /** Space before and after the block, in px. */
  before: number;
  after: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

/** A paragraph of `lines` lines, each `lineHeight` px. keepLines: never split. */
export interface LinesBlock extends BlockBase {
  kind: 'lines';
  lines: number;
  lineHeight: number;
  keepLines?: boolean;
}

/** A table: its header row repeats on every page it spans; rows never split (cantSplit). */
export interface RowsBlock extends BlockBase {
  kind: 'rows';
  headerHeight: number;
  rowHeights: readonly number[];
  /** The last row is kept with the first piece of the next block (a note under the table never starts a page). */
  keepLastRowWithNext?: boolean;
}

/** Anything that moves as a whole (an image, the header-field table). */
export interface WholeBlock extends BlockBase {
  kind: 'whole';
  height: number;
}

export type FlowBlock = LinesBlock | RowsBlock | WholeBlock;

/** A block's part on one page: `from`/`to` are line or body-row indices (to exclusive); `top` its y in px. */
export interface Fragment {
  id: string;
  from: number;
  to: number;
  /** Whether the space before the block applies on this page (false at the top of a page after a soft break). */
  withBefore: boolean;
}

export interface PaginateOptions {
  /** Usable height of the page body in px. */
  pageHeight: number;
  /** Widow/orphan control: least lines of a split paragraph on either page (1 = off). */
  widowLines: number;
}

function count(block: FlowBlock): number {
  if (block.kind === 'lines') return block.lines;
  if (block.kind === 'rows') return block.rowHeights.length;
  return 1;
}

/** Height of the first piece a block must bring along to a page (what "keep with next" keeps). */
function firstPieceHeight(block: FlowBlock, widowLines: number): number {
  if (block.kind === 'lines')
    return (block.keepLines ? block.lines : Math.min(block.lines, widowLines)) * block.lineHeight;
  if (block.kind === 'rows') return block.headerHeight + (block.rowHeights[0] ?? 0);
  return block.height;
}

function fullHeight(block: FlowBlock): number {
  if (block.kind === 'lines') return block.lines * block.lineHeight;
  if (block.kind === 'rows') return block.headerHeight + block.rowHeights.reduce((sum, h) => sum + h, 0);
  return block.height;
}

/** Splits a flow into pages: each page lists the fragments on it, in order. */
export function paginate(blocks: readonly FlowBlock[], options: PaginateOptions): Fragment[][] {
  const { pageHeight, widowLines } = options;
  const pages: Fragment[][] = [[]];
  let y = 0;
  // A soft break (the page filled up) drops the next block's space before; a hard break keeps it.
  let softTop = false;
  const current = (): Fragment[] => pages[pages.length - 1] ?? [];
  const newPage = (soft: boolean): void => {
    pages.push([]);
    y = 0;
    softTop = soft;
  };
  const pageIsEmpty = (): boolean => current().length === 0;

  blocks.forEach((block, index) => {
    if (block.pageBreakBefore && !pageIsEmpty()) newPage(false);
    // Keep with next: the chain of keepNext blocks plus the first piece of the block after it must share a page.
    if (block.keepNext && !pageIsEmpty()) {
      let need = block.before + fullHeight(block) + block.after;
      let next = index + 1;
      while (next < blocks.length && blocks[next]?.keepNext) {
        const chained = blocks[next] as FlowBlock;
        need += chained.before + fullHeight(chained) + chained.after;
        next++;
      }
      const last = blocks[next];
      if (last && !last.pageBreakBefore) need += last.before + firstPieceHeight(last, widowLines);
      if (y + need > pageHeight && need <= pageHeight) newPage(true);
    }

    let from = 0;
    const total = count(block);
    while (from < total) {
      const before = pageIsEmpty() && softTop ? 0 : block.before;
      const available = pageHeight - y - before;
      let to: number;
      let used: number;
      if (block.kind === 'lines') {
        const fit = Math.floor((available + 0.01) / block.lineHeight);
        const remaining = total - from;
        if (fit >= remaining) to = total;
        else {
          // Leave at least widowLines on the next page, and put at least widowLines here (else move it all).
          const take = Math.min(fit, remaining - Math.min(widowLines, remaining));
          to = block.keepLines || take < Math.min(widowLines, remaining) ? from : from + take;
        }
        if (to === from && pageIsEmpty()) to = from + Math.max(1, Math.min(fit, remaining));
        used = (to - from) * block.lineHeight;
      } else if (block.kind === 'rows') {
        used = block.headerHeight;
        to = from;
        while (to < total && used + (block.rowHeights[to] ?? 0) <= available + 0.01) {
          used += block.rowHeights[to] ?? 0;
          to++;
        }
        const next = blocks[index + 1];
        if (block.keepLastRowWithNext && to === total && next && !next.pageBreakBefore && to - from >= 1) {
          const withNext = used + block.after + next.before + firstPieceHeight(next, widowLines);
          // The last row goes to the next page with what follows it (with the header row repeated there).
          if (withNext > available + 0.01 && !(pageIsEmpty() && to - from === 1)) {
            to--;
            used -= block.rowHeights[to] ?? 0;
          }
        }
        if (to === from && pageIsEmpty()) {
          used += block.rowHeights[to] ?? 0;
          to++;
        }
      } else {
        used = block.height;
        to = used <= available + 0.01 || pageIsEmpty() ? 1 : 0;
      }
      if (to === from) {
        newPage(true);
        continue;
      }
      current().push({ id: block.id, from, to, withBefore: before > 0 });
      y += before + used;
      from = to;
      if (from < total) newPage(true);
    }
    y += block.after;
  });
  return pages;
}
