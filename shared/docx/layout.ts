import type { ComposedLetter } from '../letter/types';

/*
 * THE LAYOUT OF THE LETTER — the single source of truth for the .docx builder (shared/docx/*) and the on-screen A4
 * preview (renderer/components/letter/*). Change a number here and both follow; never copy one of these numbers.
 *
 * This module imports nothing from the docx package, so the preview can use it without pulling docx into its bundle.
 *
 * Units: twips (1/20 pt, 1/1440 inch; 1 mm = 56.7 twips) unless a name says otherwise. `twipsToPx` converts for CSS
 * at 96 dpi; `lineHeightPt` gives the line height Word and LibreOffice use for a style (font size × the font's
 * single-line factor × the style's line spacing).
 *
 * Page 1's blocks, top to bottom (each a paragraph of the named STYLE_LAYOUT entry): logo if it goes above the
 * letterhead (LOGO_MAX) · letterhead · header fields (a table, HEADER_FIELDS, lines in `headerField`) · an empty
 * `body` paragraph · salutation (`body`) · the paragraphs (`body`; the last kept with the next) · greeting (`greeting`,
 * kept with the next) · signatory name and title (`signature`, kept together). Then a section break: "Bilag 1".
 *
 * The pages:
 * - Page 1 … n of the LETTER (section 1): A4 with the margins below. When the sender has contact details (see
 *   `hasContactColumn` in letter-parts.ts) the letter's text column is narrower (`letterTextWidth(true)`) and the
 *   contact block stands in a narrow column at the right of PAGE 1 only (`CONTACT_COLUMN`, absolutely positioned
 *   from the page's top-left corner, out of the text flow — in the .docx framed paragraphs (w:framePr) anchored to
 *   the page, first in the body; LibreOffice 7.4 ignores frames in headers). Later letter pages leave
 *   that strip empty. Without contact details the text uses the full width.
 * - "Bilag 1" (section 2) always starts on a new page and uses the full width `CONTENT_WIDTH`.
 * - Every page: the footer "Side X af Y" (right-aligned, `FOOTER` style) at `PAGE.margin.footer` from the bottom
 *   edge; a letter on sample data has its red mark in the page header at `PAGE.margin.header` from the top edge.
 */

/** A4 in twips, with the margins of a municipal letter: wide left margin for filing, room for the footer. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1134, right: 1134, bottom: 1418, left: 1418, header: 567, footer: 567 },
} as const;

/** The width text and tables may use in the annex (and in a letter without a contact column). */
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/**
 * The contact column at the right of page 1: `x`/`y` from the page's left/top edge, `width` of the column, `gap`
 * between the letter's text and the column. It ends at the right margin. Its text uses the `contact` style.
 */
export const CONTACT_COLUMN = (() => {
  const width = 2268; // 40 mm: "Jakob.Hougaard@bif.kk.dk" at 8.5 pt fits on one line
  const gap = 340; // 6 mm
  return { x: PAGE.width - PAGE.margin.right - width, y: PAGE.margin.top, width, gap } as const;
})();

/**
 * The contact column's entries: bold label line(s), then value line(s); whatever the sender profile lacks is left out.
 * The address is its own entry (first line bold, the rest below it), so a one-line address is kept too.
 */
export function contactEntries(letter: ComposedLetter): { label: string[]; value: string[] }[] {
  const { sender } = letter;
  const filled = (lines: readonly string[]): string[] => lines.map((line) => line.trim()).filter(Boolean);
  const entries: { label: string[]; value: string[] }[] = [];
  const [firstAddressLine, ...otherAddressLines] = filled(sender.addressLines);
  if (firstAddressLine) entries.push({ label: [firstAddressLine], value: otherAddressLines });
  const labelled: [string, string][] = [
    ['Telefon', sender.phone],
    ['Direkte telefon', sender.directPhone],
    ['Telefax', sender.fax],
    ['E-mail', sender.email],
  ];
  for (const [label, value] of labelled)
    if (value.trim() !== '') entries.push({ label: [label], value: [value.trim()] });
  const websites = filled(sender.websites);
  if (websites.length > 0) entries.push({ label: websites, value: [] });
  return entries;
}

/** True when the letter has a contact column at the right of page 1 (and so a narrower text column). */
export function hasContactColumn(letter: ComposedLetter): boolean {
  return contactEntries(letter).length > 0;
}

/**
 * The logo's largest size in CSS pixels (96 dpi), scaled down keeping its proportions: in the contact column as wide
 * as the column, above the letterhead 220 px; 70 px high at most.
 */
export const LOGO_MAX = {
  inColumn: { width: Math.floor(CONTACT_COLUMN.width / 15), height: 70 },
  aboveLetterhead: { width: 220, height: 70 },
  /** Space below the logo (twips). */
  after: { inColumn: 240, aboveLetterhead: 120 },
} as const;

/** The header fields' table: recipient lines on the left, Dato / Sagsnr. / Dok.nr. in a right column this wide. */
export const HEADER_FIELDS = { rightWidth: 2835 } as const;

/** The letter's text width: narrower beside the contact column, full width without one. */
export function letterTextWidth(withContactColumn: boolean): number {
  return withContactColumn ? CONTENT_WIDTH - CONTACT_COLUMN.width - CONTACT_COLUMN.gap : CONTENT_WIDTH;
}

/** Right page margin of the letter's section (the contact column and its gap lie inside it). */
export function letterRightMargin(withContactColumn: boolean): number {
  return PAGE.width - PAGE.margin.left - letterTextWidth(withContactColumn);
}

/** The font the .docx names (Word has it everywhere); the preview uses the metric-compatible `PREVIEW_FONT`. */
export const FONT = 'Arial';
/** Liberation Sans has Arial's metrics (same advance widths and line height); LibreOffice substitutes it for Arial. */
export const PREVIEW_FONT = 'Liberation Sans';
/**
 * One "single" line of Arial/Liberation Sans is 1.149 × the font size in Word and LibreOffice (winAscent 1854 +
 * winDescent 434 + lineGap 67 over 2048 units per em). A style's `line` (in 240ths) multiplies it.
 */
export const FONT_LINE_FACTOR = (1854 + 434 + 67) / 2048;

/**
 * Font size (pt), line spacing (`line`/240 × single, rule "auto") and spacing before/after (twips) of every paragraph
 * style the letter uses. styles.ts builds the Word styles from this table; the preview sets its CSS from it.
 */
export const STYLE_LAYOUT = {
  /** Document default ("Normal"): header fields, signature lines, empty paragraphs. */
  normal: { sizePt: 11, line: 264, before: 0, after: 0 },
  body: { sizePt: 11, line: 252, before: 0, after: 160 },
  letterhead: { sizePt: 14, line: 264, before: 0, after: 360, bold: true },
  headerField: { sizePt: 11, line: 264, before: 0, after: 40 },
  /** "Venlig hilsen": `after` leaves room for the handwritten signature. */
  greeting: { sizePt: 11, line: 264, before: 80, after: 720 },
  signature: { sizePt: 11, line: 264, before: 0, after: 0 },
  contact: { sizePt: 8.5, line: 240, before: 0, after: 0 },
  /** Space after each label/value pair in the contact column. */
  contactEntryAfter: 120,
  /** "Bilag 1": Heading 1. */
  heading1: { sizePt: 14, line: 264, before: 0, after: 120, bold: true },
  /** The annex's subtitle ("Resultater af …"). */
  annexHeading: { sizePt: 12, line: 264, before: 0, after: 240, bold: true },
  /** Each area title: Heading 2. */
  heading2: { sizePt: 11, line: 264, before: 240, after: 80, bold: true },
  tableText: { sizePt: 8.5, line: 240, before: 0, after: 0 },
  note: { sizePt: 8.5, line: 264, before: 60, after: 60, italic: true },
  footer: { sizePt: 8, line: 264, before: 0, after: 0 },
  sampleMark: { sizePt: 11, line: 264, before: 0, after: 0, bold: true },
} as const;

export type StyleLayoutName = Exclude<keyof typeof STYLE_LAYOUT, 'contactEntryAfter'>;

/** The line height in points a style's lines get in Word and LibreOffice. */
export function lineHeightPt(style: StyleLayoutName): number {
  const { sizePt, line } = STYLE_LAYOUT[style];
  return sizePt * FONT_LINE_FACTOR * (line / 240);
}

/** Twips → CSS pixels at 96 dpi (1 twip = 1/15 px). */
export function twipsToPx(twips: number): number {
  return twips / 15;
}

/** Annex table cells: padding inside each cell (twips) and the shading of the header row. */
export const ANNEX_TABLE = {
  cellMargins: { top: 40, bottom: 40, left: 80, right: 80 },
  headerFill: 'E7E6E6',
  borderColour: 'A6A6A6',
} as const;
