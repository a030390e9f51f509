import { runsToPlainText } from '../letter/plain-text';
import type { AnnexArea, ComposedLetter } from '../letter/types';
import {
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

/** Average advance of a character of Danish prose in Arial, in ems (spaces included). */
const AVERAGE_CHAR_EM = 0.47;
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

function pagesFor(heightTwips: number): number {
  return Math.max(1, Math.ceil(heightTwips / PAGE_BODY));
}

function letterHeight(letter: ComposedLetter): number {
  const width = letterTextWidth(contactEntries(letter).length > 0);
  const recipientLines = letter.recipientLines ?? [letter.recipientCommitteeName];
  const headerLines = Math.max(recipientLines.length, 3);
  let height = paragraphTwips(letter.senderCommitteeName, width, 'letterhead');
  height += headerLines * (lineTwips('headerField') + STYLE_LAYOUT.headerField.after);
  height += 2 * paragraphTwips(letter.salutation, width, 'body');
  for (const paragraph of letter.paragraphs)
    height += paragraphTwips(runsToPlainText(paragraph.runs), width, 'body');
  height += STYLE_LAYOUT.greeting.before + lineTwips('signature') + STYLE_LAYOUT.greeting.after;
  height += 2 * lineTwips('signature');
  return height;
}

function areaHeight(area: AnnexArea): number {
  const rowPadding = 80 + 20;
  let height = paragraphTwips(area.areaName, CONTENT_WIDTH, 'heading2');
  height += 2 * lineTwips('tableText') + rowPadding;
  const indicatorWidth = CONTENT_WIDTH * 0.45;
  for (const row of area.indicators) {
    const label = `${row.indicatorName}${row.unit ? ` (${row.unit})` : ''}`;
    const lines =
      lineCount(label, indicatorWidth, 'tableText') + (row.isMain ? 1 : 0) + (row.overrideReason ? 1 : 0);
    height += Math.max(lines, 1) * lineTwips('tableText') + rowPadding;
  }
  return height + (area.overrideReason ? paragraphTwips(area.overrideReason, CONTENT_WIDTH, 'note') : 0);
}

/** Expected pages of the letter and of the annex, their sum, and the word count of the letter's text. */
export function estimatePages(letter: ComposedLetter): {
  letter: number;
  annex: number;
  total: number;
  words: number;
} {
  const letterPages = pagesFor(letterHeight(letter));
  let annexHeight = paragraphTwips(letter.annex.title, CONTENT_WIDTH, 'heading1');
  annexHeight += paragraphTwips(letter.annex.heading, CONTENT_WIDTH, 'annexHeading');
  for (const area of letter.annex.areas) annexHeight += areaHeight(area);
  annexHeight += paragraphTwips(letter.annex.statusRuleDescription, CONTENT_WIDTH, 'note') + 240;
  const annexPages = pagesFor(annexHeight);
  const words = [letter.salutation, ...letter.paragraphs.map((paragraph) => runsToPlainText(paragraph.runs))]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return { letter: letterPages, annex: annexPages, total: letterPages + annexPages, words };
}
