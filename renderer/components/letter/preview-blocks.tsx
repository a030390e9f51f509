import type { CSSProperties, ReactElement, ReactNode } from 'react';
import { STATUS_WORD } from '../../../shared/domain/wording';
import {
  CONTACT_COLUMN,
  CONTENT_WIDTH,
  HEADER_FIELDS,
  LOGO_MAX,
  contactEntries,
  hasContactColumn,
  lineHeightPt,
  PAGE,
  STYLE_LAYOUT,
  letterTextWidth,
  type StyleLayoutName,
} from '../../../shared/docx/layout';
import { formatLetterDate } from '../../../shared/letter/compose';
import type { LetterheadSetting } from '../../../shared/letter/logo-check';
import type { ComposedLetter, InlineRun } from '../../../shared/letter/types';
import { logoDisplaySize } from '../../letters/logo';
import { AnnexTable, annexTableModel, leavesOutEarlierRounds } from './AnnexPage';
import { InlineRuns } from './InlineRuns';

/*
 * The letter as a flow of blocks, in the order and with the styles, spacing and keep rules the .docx builder gives
 * them (shared/docx/build-docx.ts, letter-parts.ts, layout.ts): section 1 the letter, section 2 "Bilag 1". The preview
 * measures each block and breaks pages with renderer/letters/pagination.ts.
 */

export const twToPx = (twips: number): number => twips / 15;
export const PAGE_WIDTH_PX = twToPx(PAGE.width);
export const PAGE_HEIGHT_PX = twToPx(PAGE.height);
export const BODY_HEIGHT_PX = twToPx(PAGE.height - PAGE.margin.top - PAGE.margin.bottom);

/** Line height of a style in CSS pixels (points × 4/3). */
export const lineHeightPx = (style: StyleLayoutName): number => (lineHeightPt(style) * 4) / 3;

export interface PreviewBlock {
  id: string;
  kind: 'lines' | 'whole' | 'rows';
  /** The style whose font and line height the block's text has (lines: one line = lineHeightPx(style)). */
  style: StyleLayoutName;
  before: number;
  after: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Rows of a table block. */
  rowCount?: number;
  /** A table block's last row stays with the block after it (the .docx sets keepNext on that row). */
  keepLastRowWithNext?: boolean;
  /** Element for a lines block: headings are h1/h2, so the PDF gets bookmarks. */
  tag?: 'p' | 'h1' | 'h2';
  className?: string;
  /**
   * Content: of a lines block the characters [from, to) of its text (a paragraph split over pages shows each page's
   * part, so a PDF or a screen reader gets the text once); of a whole block all of it; of a table block rows [from, to).
   */
  render: (from: number, to: number) => ReactNode;
}

export interface PreviewSection {
  id: 'letter' | 'annex';
  /** Text width in twips. */
  textWidth: number;
  blocks: PreviewBlock[];
}

export function textStyle(style: StyleLayoutName): CSSProperties {
  const layout: { sizePt: number; bold?: boolean; italic?: boolean } = STYLE_LAYOUT[style];
  return {
    fontSize: `${layout.sizePt}pt`,
    lineHeight: `${lineHeightPx(style)}px`,
    fontWeight: layout.bold ? 700 : 400,
    fontStyle: layout.italic ? 'italic' : 'normal',
  };
}

/** The logo's box: the contact column's width in the column, else 220 × 70 px (layout.ts LOGO_MAX). */
export function logoBox(inColumn: boolean): { width: number; height: number } {
  return inColumn ? LOGO_MAX.inColumn : LOGO_MAX.aboveLetterhead;
}

function LogoImage({
  letterhead,
  inColumn,
}: {
  letterhead: LetterheadSetting;
  inColumn: boolean;
}): ReactElement | null {
  const { logo } = letterhead;
  if (!logo) return null;
  const size = logoDisplaySize(logo, logoBox(inColumn));
  return (
    <img
      className="lp-logo"
      src={logo.dataUrl}
      alt="Afsenderens logo"
      width={size.width}
      height={size.height}
      style={{ width: size.width, height: size.height }}
    />
  );
}

function HeaderFields({ letter, textWidth }: { letter: ComposedLetter; textWidth: number }): ReactElement {
  const recipientLines = letter.recipientLines ?? [letter.recipientCommitteeName];
  const fields: [string, string][] = [
    ['Dato', formatLetterDate(letter.header)],
    ['Sagsnr.', letter.header.sagsnr],
    ['Dok.nr.', letter.header.doknr],
  ];
  const { rightWidth } = HEADER_FIELDS;
  const line: CSSProperties = {
    ...textStyle('headerField'),
    marginBottom: twToPx(STYLE_LAYOUT.headerField.after),
  };
  // Word's default cell margins (108 twips left and right): the cells' text is inset from the table's edges.
  const cell: CSSProperties = { padding: `0 ${twToPx(108)}px` };
  return (
    <div
      className="lp-fields"
      style={{ gridTemplateColumns: `${twToPx(textWidth - rightWidth)}px ${twToPx(rightWidth)}px` }}
    >
      <div className="lp-recipient" style={cell}>
        {recipientLines.map((text, index) => (
          <p key={index} style={{ ...line, fontWeight: index === 0 ? 700 : 400 }}>
            {text || '\u200b'}
          </p>
        ))}
      </div>
      <div className="lp-header-fields" style={cell}>
        {fields
          .filter(([, value]) => value.trim() !== '')
          .map(([label, value]) => (
            <p key={label} style={line}>
              {label}: {value}
            </p>
          ))}
      </div>
    </div>
  );
}

/** The contact column at the right of page 1 (absolutely placed, like the .docx's frame in the first page header). */
export function ContactColumn({
  letter,
  letterhead,
}: {
  letter: ComposedLetter;
  letterhead: LetterheadSetting;
}): ReactElement | null {
  const entries = contactEntries(letter);
  if (entries.length === 0) return null;
  const style = textStyle('contact');
  return (
    <div
      className="lp-contact"
      style={{
        left: twToPx(CONTACT_COLUMN.x),
        top: twToPx(CONTACT_COLUMN.y),
        width: twToPx(CONTACT_COLUMN.width),
      }}
    >
      {letterhead.position === 'right' && letterhead.logo && (
        <div style={{ marginBottom: twToPx(LOGO_MAX.after.inColumn), lineHeight: 0 }}>
          <LogoImage letterhead={letterhead} inColumn />
        </div>
      )}
      {entries.map((entry, index) => (
        <div key={index} style={{ marginBottom: twToPx(STYLE_LAYOUT.contactEntryAfter) }}>
          {entry.label.map((text) => (
            <p key={`l${text}`} style={{ ...style, fontWeight: 700 }}>
              {text}
            </p>
          ))}
          {entry.value.map((text) => (
            <p key={`v${text}`} style={style}>
              {text}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}

/** The runs' characters [start, end), with their formatting. */
export function sliceRuns(runs: readonly InlineRun[], start: number, end: number): InlineRun[] {
  const sliced: InlineRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + run.text.length);
    if (from < to) sliced.push({ ...run, text: run.text.slice(from - offset, to - offset) });
    offset += run.text.length;
  }
  return sliced;
}

/** A lines block's content from its text (plain or formatted); an empty text still takes one line, as in Word. */
const line = (content: string | readonly InlineRun[]): ((from: number, to: number) => ReactNode) => {
  const runs: readonly InlineRun[] =
    typeof content === 'string'
      ? [{ text: content || '\u200b' }]
      : content.length > 0
        ? content
        : [{ text: '\u200b' }];
  return (from, to) => <InlineRuns runs={sliceRuns(runs, from, to)} />;
};

/** The letter's section: letterhead, header fields, salutation, paragraphs, signature block. */
export function letterSection(letter: ComposedLetter, letterhead: LetterheadSetting): PreviewSection {
  const withColumn = hasContactColumn(letter);
  const textWidth = letterTextWidth(withColumn);
  const blocks: PreviewBlock[] = [];
  const logoInColumn = letterhead.position === 'right' && withColumn;
  if (letterhead.logo && !logoInColumn) {
    blocks.push({
      id: 'logo',
      kind: 'whole',
      style: 'normal',
      before: 0,
      after: LOGO_MAX.after.aboveLetterhead,
      className: letterhead.position === 'right' ? 'lp-logo-line lp-right' : 'lp-logo-line',
      render: () => <LogoImage letterhead={letterhead} inColumn={false} />,
    });
  }
  const { body, letterhead: head, greeting } = STYLE_LAYOUT;
  blocks.push({
    id: 'sender',
    kind: 'lines',
    style: 'letterhead',
    before: head.before,
    after: head.after,
    className: 'lp-sender',
    render: line(letter.senderCommitteeName),
  });
  blocks.push({
    id: 'fields',
    kind: 'whole',
    style: 'headerField',
    before: 0,
    after: 0,
    render: () => <HeaderFields letter={letter} textWidth={textWidth} />,
  });
  const bodyBlock = (id: string, content: string | readonly InlineRun[], keepNext = false): PreviewBlock => ({
    id,
    kind: 'lines',
    style: 'body',
    before: body.before,
    after: body.after,
    keepNext,
    render: line(content),
  });
  blocks.push(bodyBlock('spacer', '\u200b'));
  blocks.push(bodyBlock('salutation', letter.salutation || '\u200b'));
  const last = letter.paragraphs.length - 1;
  letter.paragraphs.forEach((paragraph, index) =>
    blocks.push(bodyBlock(`p-${paragraph.id}`, paragraph.runs, index === last)),
  );
  const signature = (
    id: string,
    text: string,
    spacing: { before: number; after: number },
    keepNext: boolean,
  ) =>
    ({
      id,
      kind: 'lines',
      style: 'signature',
      before: spacing.before,
      after: spacing.after,
      keepNext,
      keepLines: true,
      render: line(text || '\u200b'),
    }) satisfies PreviewBlock;
  blocks.push(signature('greeting', letter.greeting, greeting, true));
  blocks.push(signature('signatory', letter.sender.signatoryName, { before: 0, after: 0 }, true));
  blocks.push(signature('signatory-title', letter.sender.signatoryTitle, { before: 0, after: 0 }, false));
  return { id: 'letter', textWidth, blocks };
}

/** "Bilag 1": title (Heading 1), subtitle, per area its heading (Heading 2), override note, table, omission note. */
export function annexSection(letter: ComposedLetter): PreviewSection {
  const { annex } = letter;
  const { heading1, annexHeading, heading2, note } = STYLE_LAYOUT;
  const blocks: PreviewBlock[] = [
    {
      id: 'annex-title',
      kind: 'lines',
      style: 'heading1',
      before: heading1.before,
      after: heading1.after,
      keepNext: true,
      tag: 'h1',
      render: line(annex.title),
    },
    {
      id: 'annex-heading',
      kind: 'lines',
      style: 'annexHeading',
      before: annexHeading.before,
      after: annexHeading.after,
      keepNext: true,
      render: line(annex.heading),
    },
  ];
  const noteBlock = (
    id: string,
    text: string,
    keepNext: boolean,
    before: number = note.before,
  ): PreviewBlock => ({
    id,
    kind: 'lines',
    style: 'note',
    before,
    after: note.after,
    keepNext,
    render: line(text),
  });
  annex.areas.forEach((area, index) => {
    const isLast = index === annex.areas.length - 1;
    blocks.push({
      id: `area-${index}`,
      kind: 'lines',
      style: 'heading2',
      before: heading2.before,
      after: heading2.after,
      keepNext: true,
      tag: 'h2',
      render: line(`${area.areaName} – ${STATUS_WORD[area.status]}`),
    });
    if (area.overrideReason)
      blocks.push(noteBlock(`area-${index}-reason`, `Status ændret: ${area.overrideReason}`, true));
    const model = annexTableModel(area);
    const id = `area-${index}-table`;
    blocks.push({
      id,
      kind: 'rows',
      style: 'tableText',
      before: 0,
      after: 0,
      rowCount: model.rows.length,
      keepLastRowWithNext: leavesOutEarlierRounds(area) || isLast,
      render: (from, to) => <AnnexTable model={model} from={from} to={to} measureId={id} />,
    });
    if (leavesOutEarlierRounds(area))
      blocks.push(noteBlock(`area-${index}-omitted`, 'Ældre målinger er udeladt af pladshensyn.', isLast));
  });
  blocks.push(noteBlock('rule', annex.statusRuleDescription, false, 240));
  return { id: 'annex', textWidth: CONTENT_WIDTH, blocks };
}
