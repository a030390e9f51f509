import {
  BuilderElement,
  Document,
  Footer,
  Header,
  Packer,
  Paragraph,
  SectionType,
  TextRun,
  type FileChild,
  type XmlComponent,
} from 'docx';
import { STATUS_WORD } from '../domain/wording';
import { SAMPLE_DATA_MARK } from '../letter/sample-mark';
import type { ComposedLetter } from '../letter/types';
import { appPropertiesXml } from './app-properties';
import { areaTable, leavesOutEarlierRounds } from './annex-table';
import { PAGE, STYLE_LAYOUT, letterRightMargin } from './layout';
import {
  IMAGE_LINE_SPACING,
  bodyParagraphs,
  contactColumn,
  hasContactColumn,
  headerFields,
  letterhead,
  pngImageRun,
  type LogoPosition,
} from './letter-parts';
import { estimatePages } from './page-estimate';
import { safeRun } from './runs';
import { EXTRA_STYLES_XML, LETTER_STYLES, STYLE } from './styles';
import { xmlSafe } from './xml-safe';

export interface BuildDocxOptions {
  /** The sender's logo as PNG bytes (shared/ cannot read files: the caller supplies them). */
  logoPng?: Uint8Array;
  /** Where the logo goes: 'right' (default) heads the contact column, 'left' stands above the letterhead. */
  logoPosition?: LogoPosition;
  /** An overview chart of the round as PNG bytes, placed in the annex above the tables. */
  chartPng?: Uint8Array;
}

function fieldChar(type: 'begin' | 'separate' | 'end'): XmlComponent {
  return new BuilderElement<{ type: string }>({
    name: 'w:fldChar',
    attributes: { type: { key: 'w:fldCharType', value: type } },
  });
}

function instruction(code: string): XmlComponent {
  return new BuilderElement<{ space: string }>({
    name: 'w:instrText',
    attributes: { space: { key: 'xml:space', value: 'preserve' } },
    children: [code as unknown as XmlComponent], // docx writes a string child as the element's text
  });
}

/**
 * A complex field (begin, instruction, separate, cached result, end) whose result is written, so a reader that does
 * not update fields (a previewer, pandoc, an indexer) shows a number instead of "Side  af ". Word and LibreOffice
 * recompute PAGE and NUMPAGES on every page anyway.
 */
function field(code: string, cachedResult: string): TextRun[] {
  return [
    new TextRun({ children: [fieldChar('begin')] }),
    new TextRun({ children: [instruction(` ${code} `)] }),
    new TextRun({ children: [fieldChar('separate')] }),
    new TextRun({ text: cachedResult }),
    new TextRun({ children: [fieldChar('end')] }),
  ];
}

/** "Side X af Y" with PAGE and NUMPAGES, cached for the page the footer is written for and the expected page count. */
function pageFooter(page: number, pages: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun('Side '),
          ...field('PAGE', String(page)),
          new TextRun(' af '),
          ...field('NUMPAGES', String(pages)),
        ],
      }),
    ],
  });
}

/** A letter on invented numbers says so once at the top of every page: a page printed or forwarded alone is marked. */
function sampleMark(): Paragraph {
  return new Paragraph({
    children: [
      safeRun(SAMPLE_DATA_MARK, { bold: true, color: 'C00000', size: STYLE_LAYOUT.sampleMark.sizePt * 2 }),
    ],
  });
}

function sampleHeaders(letter: ComposedLetter): { headers?: { default: Header } } {
  return letter.sampleData ? { headers: { default: new Header({ children: [sampleMark()] }) } } : {};
}

function annexChildren(letter: ComposedLetter, chartPng?: Uint8Array): FileChild[] {
  const { annex } = letter;
  // "Bilag 1" is Heading 1; its section starts on a new page (the section break), so no page break is needed here.
  const children: FileChild[] = [
    new Paragraph({ style: STYLE.annexTitle, keepNext: true, children: [safeRun(annex.title)] }),
    new Paragraph({ style: STYLE.annexHeading, keepNext: true, children: [safeRun(annex.heading)] }),
  ];
  const chart = chartPng
    ? pngImageRun(chartPng, 620, 320, `Oversigt over målingen ${annex.roundLabel}`)
    : null;
  if (chart)
    children.push(new Paragraph({ spacing: { ...IMAGE_LINE_SPACING, after: 240 }, children: [chart] }));
  annex.areas.forEach((area, index) => {
    const isLast = index === annex.areas.length - 1;
    const omitted = leavesOutEarlierRounds(area);
    // Each area is Heading 2 (kept with what follows: never alone at the foot of a page).
    children.push(
      new Paragraph({
        style: STYLE.areaHeading,
        keepNext: true,
        children: [safeRun(`${area.areaName} – ${STATUS_WORD[area.status]}`)],
      }),
    );
    if (area.overrideReason) {
      children.push(
        new Paragraph({
          style: STYLE.note,
          keepNext: true,
          children: [safeRun(`Status ændret: ${area.overrideReason}`)],
        }),
      );
    }
    // The table's last row is kept with a note under it, so a note never starts a page alone.
    children.push(areaTable(area, { keepLastRowWithNext: omitted || isLast }));
    if (omitted) {
      children.push(
        new Paragraph({
          style: STYLE.note,
          keepNext: isLast,
          children: [safeRun('Ældre målinger er udeladt af pladshensyn.')],
        }),
      );
    }
  });
  children.push(
    new Paragraph({
      style: STYLE.note,
      spacing: { before: 240 },
      children: [safeRun(annex.statusRuleDescription)],
    }),
  );
  return children;
}

/**
 * The composed letter as .docx bytes: A4; the letter (section 1) with the contact column at the right of page 1 and
 * the signature kept with the last paragraph; "Bilag 1" (section 2) from a new page at full width, with Heading 1/2,
 * table-styled annex tables whose header rows repeat; named styles, Danish language, filled docProps/app.xml.
 * Layout numbers come from layout.ts (shared with the preview).
 */
export async function buildLetterDocx(
  letter: ComposedLetter,
  options: BuildDocxOptions = {},
): Promise<Uint8Array> {
  const { header, properties } = letter;
  const recipientLines = letter.recipientLines ?? [letter.recipientCommitteeName];
  const withColumn = hasContactColumn(letter);
  const column = contactColumn(letter, options.logoPng, options.logoPosition);
  const pages = estimatePages(letter);
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
    externalStyles: EXTRA_STYLES_XML,
    styles: LETTER_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, right: letterRightMargin(withColumn) },
          },
        },
        ...sampleHeaders(letter),
        footers: { default: pageFooter(1, pages.total) },
        children: [
          // Framed paragraphs positioned on page 1 from the page's corner (see contactColumn), first in the body: a
          // frame anchors to the paragraph after it, here the letterhead (never a table, which Word handles badly).
          ...column,
          ...letterhead(letter, options.logoPng, options.logoPosition),
          headerFields(letter, recipientLines),
          ...bodyParagraphs(letter),
        ],
      },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        ...sampleHeaders(letter),
        footers: { default: pageFooter(pages.letter + 1, pages.total) },
        children: annexChildren(letter, options.chartPng),
      },
    ],
  });
  // toArrayBuffer works in node and in the browser alike (toBuffer is node-only, toBlob browser-only). docx writes an
  // empty docProps/app.xml: it is replaced with one that names the application and the expected page count.
  return new Uint8Array(
    await Packer.toArrayBuffer(document, false, [
      { path: 'docProps/app.xml', data: appPropertiesXml({ pages: pages.total, words: pages.words }) },
    ]),
  );
}
