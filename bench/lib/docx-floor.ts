import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { ComposedLetter } from '../../shared/letter/types';

/**
 * The library's floor for the letter scenario: the same document built with `docx` alone, without the project's
 * content logic — the same number of paragraphs and tables with the same text, plain runs, no styles, layout, frames,
 * headers, fields, keep rules, shading or app.xml. What buildLetterDocx takes beyond this is what the project adds.
 */
export interface FloorContent {
  /** The letter's paragraphs (letterhead, contact lines, salutation, body, signature). */
  letterParagraphs: string[];
  /** Header fields: one table of one row with two cells of lines. */
  headerCells: string[][];
  /** The annex: heading paragraphs, then per area a heading and a table of rows of cells. */
  annexHeadings: string[];
  areas: { heading: string; rows: string[][] }[];
  closing: string;
}

/** Takes the text out of the composed letter once, before timing (the floor times docx only). */
export function floorContent(letter: ComposedLetter): FloorContent {
  const sender = letter.sender;
  const contact = [
    ...sender.addressLines,
    sender.phone,
    sender.directPhone,
    sender.fax,
    sender.email,
    ...sender.websites,
  ].filter((line) => line !== '');
  return {
    letterParagraphs: [
      letter.senderCommitteeName,
      ...contact,
      '',
      letter.salutation,
      ...letter.paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join('')),
      letter.greeting,
      sender.signatoryName,
      sender.signatoryTitle,
    ],
    headerCells: [
      letter.recipientLines ?? [letter.recipientCommitteeName],
      [letter.header.date, letter.header.sagsnr, letter.header.doknr],
    ],
    annexHeadings: [letter.annex.title, letter.annex.heading],
    areas: letter.annex.areas.map((area) => ({
      heading: `${area.areaName} – ${area.status}`,
      rows: [
        [
          'Indikator',
          'Basis',
          ...(area.indicators[0]?.earlier ?? []).map((e) => e.roundLabel),
          'Seneste',
          'Mål',
          'Status',
        ],
        ...area.indicators.map((row) => [
          row.indicatorName,
          String(row.baseline.value),
          ...row.earlier.map((e) => String(e.value ?? '–')),
          String(row.latest.value ?? '–'),
          String(row.target.value),
          row.status,
        ]),
      ],
    })),
    closing: letter.annex.statusRuleDescription,
  };
}

const paragraph = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

/** The floor document: docx's Document and Packer with the content above, nothing else. */
export async function buildFloorDocx(content: FloorContent): Promise<Uint8Array> {
  const table = (rows: string[][]): Table =>
    new Table({
      rows: rows.map(
        (cells) =>
          new TableRow({ children: cells.map((text) => new TableCell({ children: [paragraph(text)] })) }),
      ),
    });
  const headerTable = new Table({
    rows: [
      new TableRow({
        children: content.headerCells.map((lines) => new TableCell({ children: lines.map(paragraph) })),
      }),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          ...content.letterParagraphs.map(paragraph),
          headerTable,
          ...content.annexHeadings.map(paragraph),
          ...content.areas.flatMap((area) => [paragraph(area.heading), table(area.rows)]),
          paragraph(content.closing),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
