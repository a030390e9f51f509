import {
  AlignmentType,
  FrameAnchorType,
  FrameWrap,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
} from 'docx';
import { formatLetterDate } from '../letter/compose';
import type { ComposedLetter } from '../letter/types';
import {
  HEADER_FIELDS,
  LOGO_MAX,
  STYLE_LAYOUT,
  CONTACT_COLUMN,
  contactEntries,
  hasContactColumn,
  letterTextWidth,
} from './layout';
import { NO_BORDERS, cellWidth, fixedTableOptions } from './table-layout';

export { contactEntries, hasContactColumn };
import { inlineRunsToDocx, safeRun } from './runs';
import { STYLE } from './styles';

/** Width and height in pixels from a PNG's IHDR chunk, so the logo keeps its proportions. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const isPng = png.length >= 24 && png[0] === 0x89 && png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47;
  if (!isPng) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A PNG scaled to fit inside maxWidth × maxHeight pixels; null when the bytes are not a PNG. */
export function pngImageRun(
  png: Uint8Array,
  maxWidth: number,
  maxHeight: number,
  description: string,
): ImageRun | null {
  const size = pngSize(png);
  if (!size || size.width === 0 || size.height === 0) return null;
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height, 1);
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name: description, description, title: description },
  });
}

/**
 * Spacing for a paragraph that holds only an image. The document default (`w:line="264"` without a rule) makes
 * LibreOffice use a fixed line height, which clips the picture to a sliver: an image line sizes itself ("auto").
 */
export const IMAGE_LINE_SPACING = { line: 240, lineRule: LineRuleType.AUTO } as const;

/** Where the logo goes: in the contact column at the top right of page 1, or above the letterhead on the left. */
export type LogoPosition = 'left' | 'right';

function logoRun(
  logoPng: Uint8Array | undefined,
  box: { readonly width: number; readonly height: number },
): ImageRun | null {
  return logoPng ? pngImageRun(logoPng, box.width, box.height, 'Afsenderens logo') : null;
}

/**
 * The sending committee's name, with the logo above it when the caller supplies one and it does not go in the contact
 * column. (A letter on sample data is marked once, in the page header: see build-docx.ts.)
 */
export function letterhead(
  letter: ComposedLetter,
  logoPng?: Uint8Array,
  logoPosition: LogoPosition = 'right',
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const inColumn = logoPosition === 'right' && hasContactColumn(letter);
  const logo = inColumn ? null : logoRun(logoPng, LOGO_MAX.aboveLetterhead);
  if (logo)
    paragraphs.push(
      new Paragraph({
        alignment: logoPosition === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { ...IMAGE_LINE_SPACING, after: LOGO_MAX.after.aboveLetterhead },
        children: [logo],
      }),
    );
  paragraphs.push(
    new Paragraph({ style: STYLE.letterhead, children: [safeRun(letter.senderCommitteeName)] }),
  );
  return paragraphs;
}

/** Recipient on the left, Dato / Sagsnr. / Dok.nr. on the right, in a borderless table with absolute widths. */
export function headerFields(
  letter: ComposedLetter,
  recipientLines: readonly string[],
  textWidth: number = letterTextWidth(hasContactColumn(letter)),
): Table {
  const rightWidth = HEADER_FIELDS.rightWidth;
  const leftWidth = textWidth - rightWidth;
  const fields: [string, string][] = [
    ['Dato', formatLetterDate(letter.header)],
    ['Sagsnr.', letter.header.sagsnr],
    ['Dok.nr.', letter.header.doknr],
  ];
  const left = recipientLines.map(
    (line, index) =>
      new Paragraph({ style: STYLE.headerField, children: [safeRun(line, { bold: index === 0 })] }),
  );
  const right = fields
    .filter(([, value]) => value.trim() !== '')
    .map(
      ([label, value]) =>
        new Paragraph({ style: STYLE.headerField, children: [safeRun(`${label}: ${value}`)] }),
    );
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({
      ...cellWidth(width),
      verticalAlign: VerticalAlign.TOP,
      children: children.length > 0 ? children : [new Paragraph({})],
    });
  return new Table({
    ...fixedTableOptions([leftWidth, rightWidth]),
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

/**
 * Salutation, the letter's paragraphs and the signature block. The signature block (closing, room for the signature,
 * name, title) is kept together (keepLines on each, keepNext on all but the last) and with the last paragraph
 * (keepNext on it): it never stands alone at the top of a page. Set on each paragraph, not only through the style,
 * which a user may change in Word. Each body paragraph is its own w:p whose children are plain runs and hyperlinks.
 */
export function bodyParagraphs(letter: ComposedLetter): Paragraph[] {
  const last = letter.paragraphs.length - 1;
  const { greeting } = STYLE_LAYOUT;
  return [
    new Paragraph({ style: STYLE.body, children: [] }),
    new Paragraph({ style: STYLE.body, children: [safeRun(letter.salutation)] }),
    ...letter.paragraphs.map(
      (paragraph, index) =>
        new Paragraph({
          style: STYLE.body,
          ...(index === last ? { keepNext: true } : {}),
          children: inlineRunsToDocx(paragraph.runs),
        }),
    ),
    new Paragraph({
      style: STYLE.signature,
      keepNext: true,
      keepLines: true,
      spacing: { before: greeting.before, after: greeting.after },
      children: [safeRun(letter.greeting)],
    }),
    new Paragraph({
      style: STYLE.signature,
      keepNext: true,
      keepLines: true,
      children: [safeRun(letter.sender.signatoryName)],
    }),
    new Paragraph({
      style: STYLE.signature,
      keepNext: false,
      keepLines: true,
      children: [safeRun(letter.sender.signatoryTitle)],
    }),
  ];
}

/**
 * The contact block as a column at the right of page 1: framed paragraphs (w:framePr) positioned from the page's
 * corner, first in the body (anchored to the letterhead that follows, so on page 1). Word and LibreOffice both draw such a frame
 * at its absolute position, out of the text flow; the letter's right margin leaves the strip free. (Not in the first
 * page's header: LibreOffice 7.4 lays framed paragraphs in a header out as ordinary header lines.) With a logo in
 * the right position, the logo heads the column.
 */
export function contactColumn(
  letter: ComposedLetter,
  logoPng?: Uint8Array,
  logoPosition: LogoPosition = 'right',
): Paragraph[] {
  const entries = contactEntries(letter);
  if (entries.length === 0) return [];
  const frame = {
    type: 'absolute',
    position: { x: CONTACT_COLUMN.x, y: CONTACT_COLUMN.y },
    width: CONTACT_COLUMN.width,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    wrap: FrameWrap.AROUND,
  } as const;
  const paragraphs: Paragraph[] = [];
  const logo = logoPosition === 'right' ? logoRun(logoPng, LOGO_MAX.inColumn) : null;
  if (logo)
    paragraphs.push(
      new Paragraph({
        frame,
        spacing: { ...IMAGE_LINE_SPACING, after: LOGO_MAX.after.inColumn },
        children: [logo],
      }),
    );
  for (const entry of entries) {
    const lines = [
      ...entry.label.map((text) => ({ text, bold: true })),
      ...entry.value.map((text) => ({ text, bold: false })),
    ];
    lines.forEach((line, index) =>
      paragraphs.push(
        new Paragraph({
          style: STYLE.contact,
          frame,
          ...(index === lines.length - 1 ? { spacing: { after: STYLE_LAYOUT.contactEntryAfter } } : {}),
          children: [safeRun(line.text, { bold: line.bold })],
        }),
      ),
    );
  }
  return paragraphs;
}
