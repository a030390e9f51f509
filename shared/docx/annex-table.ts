import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow } from 'docx';
import { formatNumber, STATUS_SYMBOL, STATUS_WORD } from '../domain/wording';
import type { Status } from '../domain/types';
import type { AnnexArea, AnnexIndicatorRow } from '../letter/types';
import { ANNEX_TABLE, CONTENT_WIDTH } from './layout';
import { cellWidth, fixedTableOptions } from './table-layout';
import { safeRun } from './runs';
import { STYLE, TABLE_STYLE } from './styles';

/**
 * Status cell colours (the familiar spreadsheet traffic-light fills) with dark text of the same hue: every pair has a
 * contrast ratio above 4.5:1 (WCAG AA). The status is also written as a word and a symbol — never colour alone.
 */
export const STATUS_COLOURS: Readonly<Record<Status, { fill: string; text: string }>> = {
  green: { fill: 'C6EFCE', text: '006100' },
  yellow: { fill: 'FFEB9C', text: '6B4E00' },
  red: { fill: 'FFC7CE', text: '9C0006' },
  none: { fill: 'F2F2F2', text: '404040' },
};

const NUMBER_COLUMN = 1020;
const STATUS_COLUMN = 1390;
const MIN_INDICATOR_COLUMN = 2800;
const HEADER_FILL = ANNEX_TABLE.headerFill;
const TABLE_LOOK = {
  firstRow: true,
  lastRow: false,
  firstColumn: false,
  lastColumn: false,
  noHBand: true,
  noVBand: true,
} as const;
const CELL_MARGINS = ANNEX_TABLE.cellMargins;

/** How many earlier rounds fit beside the indicator name; older ones are left out (with a note under the table). */
export function visibleEarlierCount(earlierRounds: number): number {
  const fixed = NUMBER_COLUMN * 3 + STATUS_COLUMN + MIN_INDICATOR_COLUMN;
  return Math.max(0, Math.min(earlierRounds, Math.floor((CONTENT_WIDTH - fixed) / NUMBER_COLUMN)));
}

/** The table's column widths (twips): Indikator, Basis, the earlier rounds shown, Seneste, Mål, Status. */
export function annexColumnWidths(area: AnnexArea): number[] {
  const numberColumns = 3 + visibleEarlierCount(area.indicators[0]?.earlier.length ?? 0);
  const indicatorWidth = CONTENT_WIDTH - numberColumns * NUMBER_COLUMN - STATUS_COLUMN;
  return [indicatorWidth, ...Array.from({ length: numberColumns }, () => NUMBER_COLUMN), STATUS_COLUMN];
}

interface CellOptions {
  bold?: boolean;
  fill?: string;
  color?: string;
  right?: boolean;
  /** keepNext on the cell's paragraphs: in Word and LibreOffice that keeps the row with what follows the table. */
  keepNext?: boolean;
}

/**
 * A cell with one paragraph per line of `text`, its absolute width, and optional shading. Only what differs from the
 * table's defaults (cell margins) and the paragraph style (left-aligned, regular) is written: a 1,000-row annex has
 * tens of thousands of cells, and every property element costs time to build and bytes to store.
 */
function textCell(text: string, width: number, options: CellOptions = {}): TableCell {
  return new TableCell({
    ...cellWidth(width),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: STYLE.tableText,
          ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
          ...(options.keepNext ? { keepNext: true } : {}),
          children: [
            safeRun(line, {
              ...(options.bold ? { bold: true } : {}),
              ...(options.color ? { color: options.color } : {}),
            }),
          ],
        }),
    ),
  });
}

function statusCell(status: Status, width: number, keepNext: boolean): TableCell {
  const { fill, text } = STATUS_COLOURS[status];
  return textCell(`${STATUS_SYMBOL[status]} ${STATUS_WORD[status]}`, width, {
    bold: true,
    fill,
    color: text,
    keepNext,
  });
}

function numberText(value: number | null, precision: number): string {
  return value === null ? '–' : formatNumber(value, precision);
}

function indicatorLabel(row: AnnexIndicatorRow): string {
  const unit = row.unit ? ` (${row.unit})` : '';
  const main = row.isMain ? '\n(hovedindikator)' : '';
  const reason = row.overrideReason ? `\nStatus ændret: ${row.overrideReason}` : '';
  return `${row.indicatorName}${unit}${main}${reason}`;
}

/**
 * One area's results as a table: Indikator, Basis, the earlier rounds, Seneste, Mål, Status. Absolute widths on the
 * table and on every cell, fixed layout: the table always fits the A4 text width. The table style `Bilagstabel`, a
 * header row marked as such (w:tblHeader: repeated at the top of every page the table continues on), rows that are
 * never split across pages, and with `keepLastRowWithNext` the last row kept with the note under the table.
 */
export function areaTable(area: AnnexArea, { keepLastRowWithNext = false } = {}): Table {
  const first = area.indicators[0];
  const earlierAll = first?.earlier ?? [];
  const earlierShown = earlierAll.slice(earlierAll.length - visibleEarlierCount(earlierAll.length));
  const widths = annexColumnWidths(area);
  const width = (index: number): number => widths[index] ?? NUMBER_COLUMN;

  const headings = [
    'Indikator',
    `Basis\n${first?.baseline.period ?? ''}`,
    ...earlierShown.map((earlier) => earlier.roundLabel),
    `Seneste\n${first?.latest.roundLabel ?? ''}`,
    `Mål\n${first?.target.period ?? ''}`,
    'Status',
  ];
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((heading, index) =>
      textCell(heading.trim(), width(index), {
        bold: true,
        fill: HEADER_FILL,
        right: index > 0 && index < widths.length - 1,
        keepNext: true,
      }),
    ),
  });

  const lastIndex = area.indicators.length - 1;
  const rows = area.indicators.map((row, rowIndex) => {
    const keepNext = keepLastRowWithNext && rowIndex === lastIndex;
    const earlierValues = row.earlier.slice(row.earlier.length - earlierShown.length);
    const numbers = [
      `${numberText(row.baseline.value, row.precision)}${row.baseline.period !== first?.baseline.period ? `\n(${row.baseline.period})` : ''}`,
      ...earlierValues.map((earlier) => numberText(earlier.value, row.precision)),
      numberText(row.latest.value, row.precision),
      `${numberText(row.target.value, row.precision)}${row.target.period !== first?.target.period ? `\n(${row.target.period})` : ''}`,
    ];
    return new TableRow({
      cantSplit: true,
      children: [
        textCell(indicatorLabel(row), width(0), { bold: row.isMain, keepNext }),
        ...numbers.map((text, index) => textCell(text, width(index + 1), { right: true, keepNext })),
        statusCell(row.status, width(widths.length - 1), keepNext),
      ],
    });
  });
  if (rows.length === 0) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          textCell('Ingen indikatorer for dette område.', CONTENT_WIDTH, { keepNext: keepLastRowWithNext }),
        ],
      }),
    );
    return new Table({
      ...fixedTableOptions([CONTENT_WIDTH]),
      style: TABLE_STYLE,
      margins: CELL_MARGINS,
      rows,
    });
  }
  return new Table({
    ...fixedTableOptions(widths),
    style: TABLE_STYLE,
    // The style's header-row formatting applies to the first row; no banding.
    tableLook: TABLE_LOOK,
    margins: CELL_MARGINS,
    rows: [headerRow, ...rows],
  });
}

/** True when the table had to leave out older rounds: the annex then says so under the table. */
export function leavesOutEarlierRounds(area: AnnexArea): boolean {
  const earlier = area.indicators[0]?.earlier.length ?? 0;
  return visibleEarlierCount(earlier) < earlier;
}
