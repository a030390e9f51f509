import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
} from 'react';
import { PAGE } from '../../../shared/docx/layout';
import { DEFAULT_LETTERHEAD, type LetterheadSetting } from '../../../shared/letter/logo-check';
import { SAMPLE_DATA_MARK } from '../../../shared/letter/sample-mark';
import type { ComposedLetter } from '../../../shared/letter/types';
import { useLetterhead } from '../../letters/logo';
import { paginate, type FlowBlock, type Fragment } from '../../letters/pagination';
import {
  BODY_HEIGHT_PX,
  ContactColumn,
  PAGE_HEIGHT_PX,
  PAGE_WIDTH_PX,
  annexSection,
  letterSection,
  lineHeightPx,
  textStyle,
  twToPx,
  type PreviewBlock,
  type PreviewSection,
} from './preview-blocks';

/** Gap between pages on screen, in unscaled px. */
const PAGE_GAP = 30;

/** Least lines of a split paragraph on each page: Word's and LibreOffice's widow/orphan control. */
const WIDOW_LINES = 2;

function useFitScale(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.6);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (): void =>
      setScale(Math.min(1, Math.max(0.3, element.clientWidth / (PAGE_WIDTH_PX + 24))));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, scale];
}

/** Re-measure once the shipped fonts have loaded: text measured in a fallback font breaks differently. */
function useFontsReady(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let alive = true;
    const bump = (): void => {
      if (alive) setEpoch((value) => value + 1);
    };
    void document.fonts.ready.then(bump);
    document.fonts.addEventListener('loadingdone', bump);
    return () => {
      alive = false;
      document.fonts.removeEventListener('loadingdone', bump);
    };
  }, []);
  return epoch;
}

/** A page's part of a block; `chars` is the part of a split paragraph's text on this page (once it is known). */
type PageFragment = Fragment & { chars?: [number, number] };
type SectionPages = PageFragment[][];

const ALL = Number.MAX_SAFE_INTEGER;

/**
 * The text offset where each of the given lines of a drawn paragraph starts: a binary search over its characters for
 * the first whose box lies below the line's top. `lineHeight` in screen pixels.
 */
function lineStarts(element: Element, lines: readonly number[], lineHeight: number): number[] {
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  let total = 0;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    nodeStarts.push(total);
    total += (node as Text).length;
  }
  const top = element.getBoundingClientRect().top;
  const range = document.createRange();
  /** The vertical centre of character `index` (relative to the paragraph), or null for collapsed white space. */
  const centre = (index: number): number | null => {
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((nodeStarts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    const node = nodes[low];
    if (!node) return null;
    const offset = index - (nodeStarts[low] ?? 0);
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rects = range.getClientRects();
    const rect = rects[rects.length - 1];
    return rect && rect.height > 0 ? (rect.top + rect.bottom) / 2 - top : null;
  };
  /** Below the boundary: the first measurable character at or after `index` lies below it. */
  const below = (index: number, boundary: number): boolean => {
    for (let probe = index; probe < total; probe++) {
      const y = centre(probe);
      if (y !== null) return y > boundary;
    }
    return true;
  };
  return lines.map((line) => {
    const boundary = line * lineHeight;
    let low = 0;
    let high = total;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (below(middle, boundary)) high = middle;
      else low = middle + 1;
    }
    return low;
  });
}

/** Gives the fragments of paragraphs split over pages their part of the text. */
function withCharacters(
  root: HTMLElement,
  section: PreviewSection,
  pages: Fragment[][],
  factor: number,
): SectionPages {
  const byBlock = new Map<string, Fragment[]>();
  for (const fragment of pages.flat())
    byBlock.set(fragment.id, [...(byBlock.get(fragment.id) ?? []), fragment]);
  const chars = new Map<Fragment, [number, number]>();
  for (const block of section.blocks) {
    const fragments = byBlock.get(block.id) ?? [];
    if (block.kind !== 'lines' || fragments.length < 2) continue;
    const element = root.querySelector(`[data-measure="${block.id}"]`);
    if (!element) continue;
    const breaks = fragments.slice(1).map((fragment) => fragment.from);
    const starts = [0, ...lineStarts(element, breaks, lineHeightPx(block.style) * factor), ALL];
    fragments.forEach((fragment, index) =>
      chars.set(fragment, [starts[index] ?? 0, starts[index + 1] ?? ALL]),
    );
  }
  return pages.map((page) =>
    page.map((fragment) => {
      const part = chars.get(fragment);
      return part ? { ...fragment, chars: part } : fragment;
    }),
  );
}

/** One page per section, each block whole: what is shown until the blocks have been measured. */
function unpaginated(section: PreviewSection): SectionPages {
  return [
    section.blocks.map((block) => ({
      id: block.id,
      from: 0,
      to: block.kind === 'rows' ? (block.rowCount ?? 0) : Number.MAX_SAFE_INTEGER,
      withBefore: true,
    })),
  ];
}

/** Whether earlier pages still cover this section's blocks in order (else the block list changed: start afresh). */
function fits(pages: SectionPages | undefined, section: PreviewSection): pages is SectionPages {
  if (!pages) return false;
  const fragments = pages.flat();
  let position = 0;
  for (const block of section.blocks) {
    let expected = 0;
    while (fragments[position]?.id === block.id) {
      const fragment = fragments[position] as Fragment;
      if (fragment.from !== expected) return false;
      expected = fragment.to;
      position++;
    }
    if (expected === 0) return false;
    if (block.kind === 'rows' && expected !== block.rowCount) return false;
    if (block.kind === 'whole' && expected !== 1) return false;
  }
  return position === fragments.length;
}

/** Reads block heights from the rendered pages (unscaled px) and turns them into pagination input. */
function measure(root: HTMLElement, section: PreviewSection, factor: number): FlowBlock[] | null {
  const flow: FlowBlock[] = [];
  const height = (element: Element | null): number | null =>
    element ? element.getBoundingClientRect().height / factor : null;
  for (const block of section.blocks) {
    const base = {
      id: block.id,
      before: twToPx(block.before),
      after: twToPx(block.after),
      keepNext: block.keepNext ?? false,
    };
    if (block.kind === 'rows') {
      const header = root.querySelector(`[data-measure-header="${block.id}"]`);
      const rowHeights: number[] = [];
      for (let index = 0; index < (block.rowCount ?? 0); index++) {
        const row = height(root.querySelector(`[data-measure-row="${block.id}:${index}"]`));
        if (row === null) return null;
        rowHeights.push(row);
      }
      flow.push({
        ...base,
        kind: 'rows',
        headerHeight: height(header) ?? 0,
        rowHeights,
        keepLastRowWithNext: block.keepLastRowWithNext ?? false,
      });
      continue;
    }
    const measured = height(root.querySelector(`[data-measure="${block.id}"]`));
    if (measured === null) return null;
    if (block.kind === 'whole') {
      flow.push({ ...base, kind: 'whole', height: measured });
      continue;
    }
    const lineHeight = lineHeightPx(block.style);
    flow.push({
      ...base,
      kind: 'lines',
      lineHeight,
      lines: Math.max(1, Math.round(measured / lineHeight)),
      keepLines: block.keepLines ?? false,
    });
  }
  return flow;
}

const BlockFragment = memo(function BlockFragment({
  block,
  fragment,
  isLast,
}: {
  block: PreviewBlock;
  fragment: PageFragment;
  isLast: boolean;
}): ReactElement {
  const spacing: CSSProperties = {
    paddingTop: fragment.withBefore ? twToPx(block.before) : 0,
    paddingBottom: isLast ? twToPx(block.after) : 0,
  };
  const measureId = fragment.from === 0 && !fragment.chars ? block.id : undefined;
  if (block.kind === 'rows') {
    return (
      <div className="lp-block" style={spacing}>
        {block.render(fragment.from, fragment.to)}
      </div>
    );
  }
  if (block.kind === 'whole') {
    return (
      <div className={`lp-block ${block.className ?? ''}`} style={spacing}>
        <div data-measure={measureId}>{block.render(0, 1)}</div>
      </div>
    );
  }
  const lineHeight = lineHeightPx(block.style);
  const Tag = block.tag ?? 'p';
  const style = textStyle(block.style);
  if (fragment.chars) {
    // A paragraph split over pages: this page's part of its text. The whole paragraph is measured in a hidden copy
    // beside the pages (MeasureArea), which is neither printed nor read aloud.
    return (
      <div className="lp-block" style={spacing}>
        <Tag className={block.className} style={style}>
          {block.render(fragment.chars[0], fragment.chars[1])}
        </Tag>
      </div>
    );
  }
  // Until its parts are known: the whole paragraph, shifted up by the lines shown on the page before and cut after
  // the lines of this page.
  return (
    <div className="lp-block" style={spacing}>
      <div
        className="lp-clip"
        style={
          isLast ? undefined : { height: (fragment.to - fragment.from) * lineHeight, overflow: 'hidden' }
        }
      >
        <Tag
          data-measure={measureId}
          className={block.className}
          style={{ ...style, marginTop: -fragment.from * lineHeight }}
          aria-hidden={fragment.from > 0 ? true : undefined}
        >
          {block.render(0, ALL)}
        </Tag>
      </div>
    </div>
  );
});

/** Hidden whole copies of the paragraphs split over pages, at the section's text width: what is measured. */
function MeasureArea({ section, pages }: { section: PreviewSection; pages: SectionPages }): ReactElement {
  const split = new Set(
    pages
      .flat()
      .filter((fragment) => fragment.chars)
      .map((fragment) => fragment.id),
  );
  return (
    <div
      className="lp-measure-area"
      aria-hidden
      style={{ left: twToPx(PAGE.margin.left), width: twToPx(section.textWidth) }}
    >
      {section.blocks
        .filter((block) => split.has(block.id))
        .map((block) => {
          const Tag = block.tag ?? 'p';
          return (
            <Tag
              key={block.id}
              data-measure={block.id}
              className={block.className}
              style={textStyle(block.style)}
            >
              {block.render(0, ALL)}
            </Tag>
          );
        })}
    </div>
  );
}

interface PageProps {
  section: PreviewSection;
  fragments: PageFragment[];
  lastFragmentOf: Map<string, Fragment>;
  number: number;
  /** Pages in all; null when only page 1 is shown (the annex is not laid out then). */
  total: number | null;
  letter: ComposedLetter;
  letterhead: LetterheadSetting;
}

function Page({
  section,
  fragments,
  lastFragmentOf,
  number,
  total,
  letter,
  letterhead,
}: PageProps): ReactElement {
  const byId = new Map(section.blocks.map((block) => [block.id, block]));
  const left = twToPx(PAGE.margin.left);
  const width = twToPx(section.textWidth);
  return (
    <article
      className={`lp-page${section.id === 'annex' ? ' lp-annex' : ''}`}
      aria-label={total ? `Side ${number} af ${total}` : `Side ${number}`}
      data-section={section.id}
      style={{ width: PAGE_WIDTH_PX, height: PAGE_HEIGHT_PX }}
    >
      {letter.sampleData && (
        <p
          className="lp-sample-mark"
          style={{ ...textStyle('sampleMark'), top: twToPx(PAGE.margin.header), left }}
        >
          {SAMPLE_DATA_MARK}
        </p>
      )}
      {section.id === 'letter' && number === 1 && <ContactColumn letter={letter} letterhead={letterhead} />}
      <div className="lp-body" style={{ top: twToPx(PAGE.margin.top), left, width, height: BODY_HEIGHT_PX }}>
        {fragments.map((fragment) => {
          const block = byId.get(fragment.id);
          return block ? (
            <BlockFragment
              key={`${fragment.id}:${fragment.from}`}
              block={block}
              fragment={fragment}
              isLast={lastFragmentOf.get(fragment.id) === fragment}
            />
          ) : null;
        })}
      </div>
      <p
        className="lp-footer"
        style={{ ...textStyle('footer'), bottom: twToPx(PAGE.margin.footer), left, width }}
      >
        {total ? `Side ${number} af ${total}` : `Side ${number}`}
      </p>
    </article>
  );
}

/**
 * The letter as the exported Word document lays it out: A4 pages with the .docx's margins, fonts, line heights and
 * spacing (shared/docx/layout.ts), the contact column at the right of page 1, the signature kept with the last
 * paragraph, "Bilag 1" from a new page with its table header repeated, and "Side X af Y" on every page. Blocks are
 * measured where they are drawn and broken into pages before the browser paints. Printing prints only these pages.
 */
export function LetterPreview({
  letter,
  letterhead: given,
  firstPageOnly = false,
}: {
  letter: ComposedLetter;
  /** Only page 1 of the letter (Settings › Brevhoved shows the letterhead this way). */
  firstPageOnly?: boolean;
  /** The letterhead to show; by default the stored one (Settings › Brevhoved). */
  letterhead?: LetterheadSetting;
}): ReactElement {
  const stored = useLetterhead();
  const letterhead = given ?? stored ?? DEFAULT_LETTERHEAD;
  const [ref, scale] = useFitScale();
  const fontsEpoch = useFontsReady();
  // Typing changes the letter's text, not its annex: the annex's blocks are kept while its content is the same, so
  // its (possibly long) tables are neither rebuilt nor re-rendered on each keystroke.
  const annexKey = firstPageOnly ? '' : JSON.stringify(letter.annex);
  const annex = useMemo(
    () => (firstPageOnly ? null : annexSection(letter)),
    // Keyed by the annex's content on purpose: a new letter object with the same annex keeps the same blocks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [annexKey, firstPageOnly],
  );
  const sections = useMemo(
    () => (annex ? [letterSection(letter, letterhead), annex] : [letterSection(letter, letterhead)]),
    [letter, letterhead, annex],
  );
  const [pagesBySection, setPagesBySection] = useState<Record<string, SectionPages>>({});
  const shown = sections.map((section) => {
    const earlier = pagesBySection[section.id];
    return fits(earlier, section) ? earlier : unpaginated(section);
  });

  /** Measures the drawn blocks and breaks them into pages; null when the pages are not drawn yet. */
  const repaginate = useCallback((): Record<string, SectionPages> | null => {
    const root = ref.current;
    const firstPage = root?.querySelector('.lp-page');
    if (!root || !firstPage) return null;
    const factor = firstPage.getBoundingClientRect().width / PAGE_WIDTH_PX;
    if (!(factor > 0)) return null;
    const next: Record<string, SectionPages> = {};
    for (const section of sections) {
      const flow = measure(root, section, factor);
      if (!flow) return null;
      const pages = paginate(flow, { pageHeight: BODY_HEIGHT_PX, widowLines: WIDOW_LINES });
      next[section.id] = withCharacters(root, section, pages, factor);
    }
    return next;
  }, [ref, sections]);
  const keep = (next: Record<string, SectionPages> | null) => (current: Record<string, SectionPages>) =>
    next === null || JSON.stringify(current) === JSON.stringify(next) ? current : next;
  const paginated = Object.keys(pagesBySection).length > 0;

  // The first pages are broken before the browser paints (a layout effect, as in React's tooltip example). After
  // that, a keystroke's text is shown at once and the pages are checked in the next animation frame: typing stays
  // quick, and a line that moves to the next page does so at most one frame later. Both settle after one extra render because the
  // heights do not depend on the pages.
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!paginated) setPagesBySection(keep(repaginate()));
  }, [paginated, repaginate, fontsEpoch]);
  useEffect(() => {
    if (!paginated) return;
    // In the next frame, not in this effect: React runs effects of a keystroke before the browser gets to show it.
    const frame = requestAnimationFrame(() => setPagesBySection(keep(repaginate())));
    return () => cancelAnimationFrame(frame);
  }, [paginated, repaginate, fontsEpoch, pagesBySection]);

  const total = shown.reduce((sum, pages) => sum + pages.length, 0);
  let number = 0;
  const pageHeightScaled = (PAGE_HEIGHT_PX + PAGE_GAP) * scale;
  return (
    <div
      className="letter-preview"
      ref={ref}
      aria-label="Forhåndsvisning af brevet som A4-sider"
      role="region"
      data-pages={total}
      data-fonts={fontsEpoch}
    >
      <div
        className="lp-viewport"
        style={{
          width: PAGE_WIDTH_PX * scale,
          height: pageHeightScaled * (firstPageOnly ? 1 : total) - PAGE_GAP * scale,
          overflow: firstPageOnly ? 'hidden' : undefined,
        }}
      >
        <div
          className="lp-pages"
          style={{ transform: `scale(${scale})`, width: PAGE_WIDTH_PX, gap: PAGE_GAP }}
        >
          {sections.map((section, sectionIndex) => {
            const pages = shown[sectionIndex] ?? [];
            const lastFragmentOf = new Map<string, Fragment>();
            for (const fragment of pages.flat()) lastFragmentOf.set(fragment.id, fragment);
            return [
              <MeasureArea key={`${section.id}-measure`} section={section} pages={pages} />,
              ...pages.map((fragments, pageIndex) => {
                number++;
                return (
                  <Page
                    key={`${section.id}-${pageIndex}`}
                    section={section}
                    fragments={fragments}
                    lastFragmentOf={lastFragmentOf}
                    number={number}
                    total={firstPageOnly ? null : total}
                    letter={letter}
                    letterhead={letterhead}
                  />
                );
              }),
            ];
          })}
        </div>
      </div>
    </div>
  );
}
