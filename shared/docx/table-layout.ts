import { BorderStyle, TableLayoutType, WidthType, type ITableCellOptions, type ITableOptions } from 'docx';

/** Table helpers of the .docx builder (kept out of layout.ts, which the preview imports without docx). */

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;

/**
 * Table options with absolute widths everywhere (table, grid and fixed layout): Word, LibreOffice and Word for the
 * web then agree on the columns instead of auto-fitting each in its own way.
 */
export function fixedTableOptions(
  columnWidths: readonly number[],
): Pick<ITableOptions, 'width' | 'columnWidths' | 'layout'> {
  return {
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
  };
}

/** Every cell repeats its column's absolute width (tcW type dxa). */
export function cellWidth(width: number): Pick<ITableCellOptions, 'width'> {
  return { width: { size: width, type: WidthType.DXA } };
}
