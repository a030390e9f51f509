import type { CSSProperties, ReactElement } from 'react';
import { formatNumber, STATUS_SYMBOL, STATUS_WORD } from '../../../shared/domain/wording';
import type { Status } from '../../../shared/domain/types';
import { ANNEX_TABLE, CONTENT_WIDTH, lineHeightPt, STYLE_LAYOUT } from '../../../shared/docx/layout';
import type { AnnexArea, AnnexIndicatorRow } from '../../../shared/letter/types';

/*
 * One area's table of "Bilag 1" as the .docx writes it (shared/docx/annex-table.ts): the same columns and widths,
 * one paragraph per text line in a cell, the same cell margins, header fill and status colours. The preview shows
 * the rows [from, to) of a page and repeats the header row on every page, like Word's repeated header rows.
 */

/** Column widths in twips: the annex table's own (annex-table.ts: number 1020, status 1390, indicator ≥ 2800). */
const NUMBER_COLUMN = 1020;
const STATUS_COLUMN = 1390;
const MIN_INDICATOR_COLUMN = 2800;

const STATUS_COLOURS: Readonly<Record<Status, { fill: string; text: string }>> = {
  green: { fill: 'C6EFCE', text: '006100' },
  yellow: { fill: 'FFEB9C', text: '6B4E00' },
  red: { fill: 'FFC7CE', text: '9C0006' },
  none: { fill: 'F2F2F2', text: '404040' },
};

function visibleEarlierCount(earlierRounds: number): number {
  const fixed = NUMBER_COLUMN * 3 + STATUS_COLUMN + MIN_INDICATOR_COLUMN;
  return Math.max(0, Math.min(earlierRounds, Math.floor((CONTENT_WIDTH - fixed) / NUMBER_COLUMN)));
}

/** True when the table leaves out older rounds (the annex then says so under it). */
export function leavesOutEarlierRounds(area: AnnexArea): boolean {
  const earlier = area.indicators[0]?.earlier.length ?? 0;
  return visibleEarlierCount(earlier) < earlier;
}

interface Cell {
  text: string;
  bold?: boolean;
  right?: boolean;
  status?: Status;
}

export interface AnnexTableModel {
  widths: number[];
  header: Cell[];
  rows: Cell[][];
}

const numberText = (value: number | null, precision: number): string =>
  value === null ? '–' : formatNumber(value, precision);

function indicatorLabel(row: AnnexIndicatorRow): string {
  const unit = row.unit ? ` (${row.unit})` : '';
  const main = row.isMain ? '\n(hovedindikator)' : '';
  const reason = row.overrideReason ? `\nStatus ændret: ${row.overrideReason}` : '';
  return `${row.indicatorName}${unit}${main}${reason}`;
}

/** The table's cells as texts (the .docx's, line for line). */
export function annexTableModel(area: AnnexArea): AnnexTableModel {
  const first = area.indicators[0];
  if (!first)
    return { widths: [CONTENT_WIDTH], header: [], rows: [[{ text: 'Ingen indikatorer for dette område.' }]] };
  const earlierShown = first.earlier.slice(first.earlier.length - visibleEarlierCount(first.earlier.length));
  const numberColumns = 3 + earlierShown.length;
  const widths = [
    CONTENT_WIDTH - numberColumns * NUMBER_COLUMN - STATUS_COLUMN,
    ...Array.from({ length: numberColumns }, () => NUMBER_COLUMN),
    STATUS_COLUMN,
  ];
  const headings = [
    'Indikator',
    `Basis\n${first.baseline.period}`,
    ...earlierShown.map((earlier) => earlier.roundLabel),
    `Seneste\n${first.latest.roundLabel}`,
    `Mål\n${first.target.period}`,
    'Status',
  ];
  const header = headings.map((text, index) => ({
    text: text.trim(),
    bold: true,
    right: index > 0 && index < widths.length - 1,
  }));
  const rows = area.indicators.map((row): Cell[] => {
    const earlierValues = row.earlier.slice(row.earlier.length - earlierShown.length);
    const numbers = [
      `${numberText(row.baseline.value, row.precision)}${row.baseline.period !== first.baseline.period ? `\n(${row.baseline.period})` : ''}`,
      ...earlierValues.map((earlier) => numberText(earlier.value, row.precision)),
      numberText(row.latest.value, row.precision),
      `${numberText(row.target.value, row.precision)}${row.target.period !== first.target.period ? `\n(${row.target.period})` : ''}`,
    ];
    return [
      { text: indicatorLabel(row), bold: row.isMain },
      ...numbers.map((text) => ({ text, right: true })),
      { text: `${STATUS_SYMBOL[row.status]} ${STATUS_WORD[row.status]}`, bold: true, status: row.status },
    ];
  });
  return { widths, header, rows };
}

const tw = (twips: number): string => `${twips / 15}px`;
const { cellMargins } = ANNEX_TABLE;
const CELL_PADDING = `${tw(cellMargins.top)} ${tw(cellMargins.right)} ${tw(cellMargins.bottom)} ${tw(cellMargins.left)}`;
const TABLE_TEXT: CSSProperties = {
  fontSize: `${STYLE_LAYOUT.tableText.sizePt}pt`,
  lineHeight: `${lineHeightPt('tableText')}pt`,
};

function CellView({ cell, header }: { cell: Cell; header?: boolean }): ReactElement {
  const colours = cell.status ? STATUS_COLOURS[cell.status] : null;
  const style: CSSProperties = {
    padding: CELL_PADDING,
    textAlign: cell.right ? 'right' : 'left',
    fontWeight: cell.bold ? 700 : 400,
    ...(colours ? { background: `#${colours.fill}`, color: `#${colours.text}` } : {}),
    ...(header ? { background: `#${ANNEX_TABLE.headerFill}` } : {}),
  };
  const lines = cell.text.split('\n').map((line, index) => <p key={index}>{line || '\u200b'}</p>);
  return header ? (
    <th scope="col" style={style}>
      {lines}
    </th>
  ) : (
    <td style={style}>{lines}</td>
  );
}

/** Rows [from, to) of an area's table, with its header row; `measureId` marks rows for the preview's measuring. */
export function AnnexTable({
  model,
  from,
  to,
  measureId,
}: {
  model: AnnexTableModel;
  from: number;
  to: number;
  measureId: string;
}): ReactElement {
  return (
    <table className="lp-annex-table" style={TABLE_TEXT}>
      <colgroup>
        {model.widths.map((width, index) => (
          <col key={index} style={{ width: tw(width) }} />
        ))}
      </colgroup>
      {model.header.length > 0 && (
        <thead data-measure-header={measureId}>
          <tr>
            {model.header.map((cell, index) => (
              <CellView key={index} cell={cell} header />
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {model.rows.slice(from, to).map((row, index) => (
          <tr key={from + index} data-measure-row={`${measureId}:${from + index}`}>
            {row.map((cell, cellIndex) => (
              <CellView key={cellIndex} cell={cell} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
