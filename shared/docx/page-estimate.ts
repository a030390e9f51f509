import { runsToPlainText } from '../letter/plain-text';
import type { ComposedLetter } from '../letter/types';
import { annexColumnWidths } from './annex-table';
import {
  ANNEX_TABLE,
  CONTENT_WIDTH,
  contactEntries,
  PAGE,
  STYLE_LAYOUT,
  lineHeightPt,
  letterTextWidth,
  type StyleLayoutName,
} from './layout';

/**
 * A quick estimate of the page count, for the cached results of the NUMPAGES fields and docProps/app.xml (Word and
 * LibreOffice recount on opening; readers that do not lay out pages show this). Lines are broken at words with Arial's
 * average advance for Danish prose; tables row by row. It is not the preview's pagination, which measures real text.
 */

/**
 * Average advance of a character of Danish prose in Arial, in ems (spaces included). Calibrated against LibreOffice:
 * every letter of tests/docx-libreoffice.test.ts (reference, batch, long, hostile, 300 indicators, no contact) gets
 * its exact page count for any value from 0.42 to 0.46; the middle is taken.
 */
const AVERAGE_CHAR_EM = 0.44;
const TWIPS_PER_PT = 20;
const PAGE_BODY = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

function lineTwips(style: StyleLayoutName): number {
  return lineHeightPt(style) * TWIPS_PER_PT;
}

/** How many lines `text` takes in a column `width` twips wide in `style`, breaking at spaces. */
export function lineCount(text: string, width: number, style: StyleLayoutName): number {
  const charsPerLine = Math.max(
    1,
    Math.floor(width / (STYLE_LAYOUT[style].sizePt * AVERAGE_CHAR_EM * TWIPS_PER_PT)),
  );
  let lines = 0;
  for (const hardLine of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of hardLine.split(/\s+/).filter(Boolean)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= charsPerLine) used = needed;
      else {
        lines += Math.floor(Math.max(0, word.length - 1) / charsPerLine) + (used === 0 ? 0 : 1);
        used = word.length % charsPerLine || charsPerLine;
      }
    }
  }
  return lines;
}

function paragraphTwips(text: string, width: number, style: StyleLayoutName): number {
  const { before, after } = STYLE_LAYOUT[style];
  return before + lineCount(text, width, style) * lineTwips(style) + after;
}

/**
 * The letter's pages: letterhead and header fields whole, paragraphs flowing line by line, and the signature block
 * (closing, room for the signature, name, title) kept with the last lines of the last paragraph.
 */
function letterPages(letter: ComposedLetter): number {
  const width = letterTextWidth(contactEntries(letter).length > 0);
  const recipientLines = letter.recipientLines ?? [letter.recipientCommitteeName];
  let pages = 1;
  let used = 0;
  const flow = (text: string, style: StyleLayoutName): void => {
    const { before, after } = STYLE_LAYOUT[style];
    used += used > 0 ? before : 0;
    for (let line = lineCount(text, width, style); line > 0; line -= 1) {
      if (used + lineTwips(style) > PAGE_BODY) {
        pages += 1;
        used = 0;
      }
      used += lineTwips(style);
    }
    used += after;
  };
  flow(letter.senderCommitteeName, 'letterhead');
  used += Math.max(recipientLines.length, 3) * (lineTwips('headerField') + STYLE_LAYOUT.headerField.after);
  flow('', 'body');
  flow(letter.salutation, 'body');
  for (const paragraph of letter.paragraphs) flow(runsToPlainText(paragraph.runs), 'body');
  const signature =
    STYLE_LAYOUT.greeting.before +
    lineTwips('signature') +
    STYLE_LAYOUT.greeting.after +
    2 * lineTwips('signature');
  if (used + signature > PAGE_BODY) {
    // Kept with the next: the last paragraph's last two lines go along to the next page.
    pages += 1;
    used = 2 * lineTwips('body') + signature;
  }
  return pages;
}

/** Cell padding (top + bottom, left + right) and border of an annex table row, in twips. */
const CELL_PADDING = {
  vertical: ANNEX_TABLE.cellMargins.top + ANNEX_TABLE.cellMargins.bottom + 10,
  horizontal: ANNEX_TABLE.cellMargins.left + ANNEX_TABLE.cellMargins.right,
};

function rowTwips(lines: number): number {
  return Math.max(lines, 1) * lineTwips('tableText') + CELL_PADDING.vertical;
}

/** The annex's pages, laid out as Word does: rows never split, the header row repeated, headings kept with rows. */
function annexPages(letter: ComposedLetter): number {
  const { annex } = letter;
  let pages = 1;
  let used = 0;
  const place = (height: number, keptWith = 0): void => {
    if (used > 0 && used + height + keptWith > PAGE_BODY) {
      pages += 1;
      used = 0;
    }
    used += height;
  };
  place(paragraphTwips(annex.title, CONTENT_WIDTH, 'heading1'));
  place(paragraphTwips(annex.heading, CONTENT_WIDTH, 'annexHeading'));
  let lastRow = 0;
  let headerRow = 0;
  for (const area of annex.areas) {
    const [indicatorWidth = CONTENT_WIDTH] = annexColumnWidths(area);
    const textWidth = indicatorWidth - CELL_PADDING.horizontal;
    headerRow = rowTwips(2);
    const rows = area.indicators.map((row) => {
      const label = `${row.indicatorName}${row.unit ? ` (${row.unit})` : ''}`;
      const extra =
        (row.isMain ? 1 : 0) +
        (row.overrideReason ? lineCount(row.overrideReason, textWidth, 'tableText') : 0);
      return rowTwips(lineCount(label, textWidth, 'tableText') + extra);
    });
    const heading = paragraphTwips(area.areaName, CONTENT_WIDTH, 'heading2');
    const note = area.overrideReason ? paragraphTwips(area.overrideReason, CONTENT_WIDTH, 'note') : 0;
    // Heading (and note) kept with the header row and the first row.
    place(heading + note, headerRow + (rows[0] ?? 0));
    place(headerRow);
    for (const row of rows) {
      if (used + row > PAGE_BODY) {
        pages += 1;
        used = headerRow; // the header row repeats at the top of the next page
      }
      used += row;
      lastRow = row;
    }
  }
  // The status-rule note is kept with the last row: when it does not fit, both go to the next page.
  const note = paragraphTwips(annex.statusRuleDescription, CONTENT_WIDTH, 'note') + 240;
  if (used + note > PAGE_BODY) {
    pages += 1;
    used = headerRow + lastRow;
  }
  return pages;
}

/** Expected pages of the letter and of the annex, their sum, and the word count of the letter's text. */
export function estimatePages(letter: ComposedLetter): {
  letter: number;
  annex: number;
  total: number;
  words: number;
} {
  const letterPagesCount = letterPages(letter);
  const annexPagesCount = annexPages(letter);
  const words = [letter.salutation, ...letter.paragraphs.map((paragraph) => runsToPlainText(paragraph.runs))]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return {
    letter: letterPagesCount,
    annex: annexPagesCount,
    total: letterPagesCount + annexPagesCount,
    words,
  };
}
