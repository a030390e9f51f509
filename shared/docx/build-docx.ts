import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { STATUS_WORD } from '../domain/wording';
import { SAMPLE_DATA_MARK } from '../letter/sample-mark';
import type { ComposedLetter } from '../letter/types';
import { areaTable, leavesOutEarlierRounds } from './annex-table';
import { PAGE } from './layout';
import {
  IMAGE_LINE_SPACING,
  bodyParagraphs,
  contactTable,
  headerFields,
  letterhead,
  pngImageRun,
} from './letter-parts';
import { safeRun } from './runs';
import { LETTER_STYLES, STYLE } from './styles';
import { xmlSafe } from './xml-safe';

export interface BuildDocxOptions {
  /** The municipality's logo as PNG bytes (shared/ cannot read files: the caller supplies them). */
  logoPng?: Uint8Array;
  /** An overview chart of the round as PNG bytes, placed in the annex above the tables. */
  chartPng?: Uint8Array;
}

/** "Side X af Y" with PAGE and NUMPAGES: simple fields every word processor updates itself, never a link prompt. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** Every page of a letter on invented numbers says so: a page printed or forwarded alone is still marked. */
function sampleDataHeader(): Header {
  return new Header({
    children: [new Paragraph({ children: [safeRun(SAMPLE_DATA_MARK, { bold: true, color: 'C00000' })] })],
  });
}

function annexChildren(letter: ComposedLetter, chartPng?: Uint8Array): FileChild[] {
  const { annex } = letter;
  const children: FileChild[] = [
    // An explicit page break before the annex, on the paragraph itself, so it survives a change of style in Word.
    new Paragraph({ style: STYLE.annexTitle, pageBreakBefore: true, children: [safeRun(annex.title)] }),
    new Paragraph({ style: STYLE.annexHeading, children: [safeRun(annex.heading)] }),
  ];
  const chart = chartPng
    ? pngImageRun(chartPng, 620, 320, `Oversigt over målingen ${annex.roundLabel}`)
    : null;
  if (chart)
    children.push(new Paragraph({ spacing: { ...IMAGE_LINE_SPACING, after: 240 }, children: [chart] }));
  for (const area of annex.areas) {
    children.push(
      new Paragraph({
        style: STYLE.areaHeading,
        children: [safeRun(`${area.areaName} – ${STATUS_WORD[area.status]}`)],
      }),
    );
    if (area.overrideReason) {
      children.push(
        new Paragraph({ style: STYLE.note, children: [safeRun(`Status ændret: ${area.overrideReason}`)] }),
      );
    }
    children.push(areaTable(area));
    if (leavesOutEarlierRounds(area)) {
      children.push(
        new Paragraph({
          style: STYLE.note,
          children: [safeRun('Ældre målinger er udeladt af pladshensyn.')],
        }),
      );
    }
  }
  children.push(
    new Paragraph({
      style: STYLE.note,
      spacing: { before: 240 },
      children: [safeRun(annex.statusRuleDescription)],
    }),
  );
  return children;
}

/** The composed letter as .docx bytes (A4, named styles, Danish language, "Bilag 1" on its own page). */
export async function buildLetterDocx(
  letter: ComposedLetter,
  options: BuildDocxOptions = {},
): Promise<Uint8Array> {
  const { header, properties } = letter;
  const contact = contactTable(letter);
  const recipientLines = letter.recipientLines ?? [letter.recipientCommitteeName];
  const customProperties = [
    { name: 'Måling', value: properties.roundLabel },
    {
      name: 'Statusregel',
      value: properties.statusRule === 'on-track' ? 'På rette kurs mod målsætningen' : 'Udvikling',
    },
    { name: 'Datafingeraftryk', value: properties.dataFingerprint },
    { name: 'Sagsnr', value: header.sagsnr },
    { name: 'Dok.nr', value: header.doknr },
  ].filter((property) => property.value.trim() !== '');

  const document = new Document({
    title: xmlSafe(properties.title),
    subject: xmlSafe(properties.subject),
    creator: xmlSafe(properties.author),
    lastModifiedBy: xmlSafe(properties.author),
    keywords: xmlSafe(properties.keywords),
    description: xmlSafe(
      `Brev fra ${letter.senderCommitteeName} til ${letter.recipientCommitteeName} om integrationsbarometrets måling ${properties.roundLabel}.`,
    ),
    customProperties: customProperties.map(({ name, value }) => ({ name, value: xmlSafe(value) })),
    styles: LETTER_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
        },
        footers: { default: pageFooter() },
        ...(letter.sampleData ? { headers: { default: sampleDataHeader() } } : {}),
        children: [
          ...letterhead(letter, options.logoPng),
          headerFields(letter, recipientLines),
          ...bodyParagraphs(letter),
          ...(contact ? [contact] : []),
          ...annexChildren(letter, options.chartPng),
        ],
      },
    ],
  });
  // toArrayBuffer works in node and in the browser alike (toBuffer is node-only, toBlob browser-only).
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
