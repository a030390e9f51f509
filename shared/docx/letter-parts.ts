import {
  AlignmentType,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
} from 'docx';
import { formatLetterDate } from '../letter/compose';
import { contactBlock } from '../letter/plain-text';
import { SAMPLE_DATA_MARK } from '../letter/sample-mark';
import type { ComposedLetter } from '../letter/types';
import { CONTENT_WIDTH, NO_BORDERS, cellWidth, fixedTableOptions } from './layout';
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

/** The sending committee's name, with the logo above it when the caller supplies one. */
export function letterhead(letter: ComposedLetter, logoPng?: Uint8Array): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // A red bold line above everything: a letter on invented numbers must never be sent.
  if (letter.sampleData)
    paragraphs.push(
      new Paragraph({
        spacing: { after: 120 },
        children: [safeRun(SAMPLE_DATA_MARK, { bold: true, color: 'C00000' })],
      }),
    );
  const logo = logoPng ? pngImageRun(logoPng, 220, 70, 'Københavns Kommunes logo') : null;
  if (logo)
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { ...IMAGE_LINE_SPACING, after: 120 },
        children: [logo],
      }),
    );
  paragraphs.push(
    new Paragraph({ style: STYLE.letterhead, children: [safeRun(letter.senderCommitteeName)] }),
  );
  return paragraphs;
}

/** Recipient on the left, Dato / Sagsnr. / Dok.nr. on the right, in a borderless table with absolute widths. */
export function headerFields(letter: ComposedLetter, recipientLines: readonly string[]): Table {
  const rightWidth = 3118;
  const leftWidth = CONTENT_WIDTH - rightWidth;
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

export function bodyParagraphs(letter: ComposedLetter): Paragraph[] {
  const spacer = (): Paragraph => new Paragraph({ style: STYLE.body, children: [] });
  return [
    spacer(),
    new Paragraph({ style: STYLE.body, children: [safeRun(letter.salutation)] }),
    ...letter.paragraphs.map(
      (paragraph) => new Paragraph({ style: STYLE.body, children: inlineRunsToDocx(paragraph.runs) }),
    ),
    // keepNext on each (not only through the style, which a user may change in Word): greeting, signatory and the
    // contact block below them stay on one page.
    new Paragraph({
      style: STYLE.signature,
      keepNext: true,
      keepLines: true,
      spacing: { before: 120, after: 600 },
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
      keepNext: true,
      keepLines: true,
      spacing: { after: 480 },
      children: [safeRun(letter.sender.signatoryTitle)],
    }),
  ];
}

/**
 * The reference letter's contact block (bold label line, value line), laid out in three borderless columns so it
 * stays compact at the foot of the letter.
 */
export function contactTable(letter: ComposedLetter): Table | null {
  const entries: { label: string; value: string }[] = contactBlock(letter).map(([label, value]) => ({
    label,
    value,
  }));
  if (letter.sender.websites.length > 0)
    entries.push({ label: letter.sender.websites.join('\n'), value: '' });
  if (entries.length === 0) return null;
  const columns = 3;
  const width = Math.floor(CONTENT_WIDTH / columns);
  const rows: TableRow[] = [];
  const lastStart = Math.floor((entries.length - 1) / columns) * columns;
  for (let start = 0; start < entries.length; start += columns) {
    const slice = entries.slice(start, start + columns);
    const cells = Array.from({ length: columns }, (_unused, index) => {
      const entry = slice[index];
      const lines = entry
        ? [
            ...entry.label.split('\n').map((label) => ({ text: label, bold: true })),
            { text: entry.value, bold: false },
          ]
        : [];
      return new TableCell({
        ...cellWidth(width),
        children: [
          ...lines
            .filter((line) => line.text !== '')
            .map(
              (line) =>
                new Paragraph({ style: STYLE.contact, children: [safeRun(line.text, { bold: line.bold })] }),
            ),
          new Paragraph({ style: STYLE.contact, spacing: { after: 80 }, children: [] }),
        ],
      });
    });
    // cantSplit keeps a row whole; keepNext on every row but the last (docx sets it on the rows' paragraphs) keeps
    // the rows together, so page 2 never holds only "Telefax / E-mail / www.kk.dk".
    rows.push(new TableRow({ cantSplit: true, keepNext: start < lastStart, children: cells }));
  }
  return new Table({
    ...fixedTableOptions(Array.from({ length: columns }, () => width)),
    borders: NO_BORDERS,
    rows,
  });
}
