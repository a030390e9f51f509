import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { ANNEX_TABLE, FONT, STYLE_LAYOUT, type StyleLayoutName } from './layout';

/**
 * Named paragraph styles, so the letter can be restyled in Word with one click and screen readers get structure.
 * Ids are ASCII (Word matches them internally); names are Danish (what the user sees in Word's style gallery) —
 * except the two headings, which are Word's built-in "heading 1" / "heading 2" (ids Heading1 / Heading2, with
 * outline levels): Word's navigation pane, a PDF's bookmarks, screen readers, python-docx, pandoc and mammoth know
 * them by that name; Word shows them as "Overskrift 1" / "Overskrift 2" in a Danish Word.
 */
export const STYLE = {
  body: 'Broedtekst',
  letterhead: 'Brevhoved',
  headerField: 'Brevfelt',
  signature: 'Underskrift',
  contact: 'Kontaktoplysninger',
  /** "Bilag 1". */
  annexTitle: 'Heading1',
  annexHeading: 'Bilagsoverskrift',
  /** Each area of the annex. */
  areaHeading: 'Heading2',
  tableText: 'Tabeltekst',
  note: 'Note',
  footer: 'Sidefod',
} as const;

/** The annex tables' table style: thin grey grid, small text, shaded bold header row. */
export const TABLE_STYLE = 'Bilagstabel';

export { FONT };

/** Half-points, as WordprocessingML measures font sizes. */
function halfPoints(sizePt: number): number {
  return Math.round(sizePt * 2);
}

/** Run and paragraph properties of a style from the layout table (sizes, line spacing with rule "auto", spacing). */
function fromLayout(name: StyleLayoutName): Pick<IParagraphStyleOptions, 'run' | 'paragraph'> {
  const layout: {
    sizePt: number;
    line: number;
    before: number;
    after: number;
    bold?: boolean;
    italic?: boolean;
  } = STYLE_LAYOUT[name];
  return {
    run: {
      size: halfPoints(layout.sizePt),
      ...(layout.bold ? { bold: true } : {}),
      ...(layout.italic ? { italics: true } : {}),
    },
    paragraph: {
      // An explicit rule: without one LibreOffice reads w:line as an exact height where Word reads it as "auto".
      spacing: { before: layout.before, after: layout.after, line: layout.line, lineRule: LineRuleType.AUTO },
    },
  };
}

function style(
  id: string,
  name: string,
  layout: StyleLayoutName,
  extra: Omit<IParagraphStyleOptions, 'id' | 'name'> = {},
): IParagraphStyleOptions {
  const base = fromLayout(layout);
  return {
    id,
    name,
    basedOn: 'Normal',
    ...extra,
    run: { ...base.run, ...extra.run },
    paragraph: { ...base.paragraph, ...extra.paragraph },
  };
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Styles the docx package has no options for, given as Word writes them: the default character style (the package's
 * own character styles are based on it, so it must exist) and the annex tables' table style.
 */
function border(side: string): string {
  return `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${ANNEX_TABLE.borderColour}"/>`;
}
const { cellMargins } = ANNEX_TABLE;
export const EXTRA_STYLES_XML = [
  `<w:styles xmlns:w="${W_NS}">`,
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">',
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>',
  '</w:style>',
  `<w:style w:type="table" w:styleId="${TABLE_STYLE}">`,
  `<w:name w:val="${TABLE_STYLE}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>`,
  `<w:pPr><w:spacing w:after="0" w:line="${STYLE_LAYOUT.tableText.line}" w:lineRule="auto"/></w:pPr>`,
  `<w:rPr><w:sz w:val="${halfPoints(STYLE_LAYOUT.tableText.sizePt)}"/><w:szCs w:val="${halfPoints(STYLE_LAYOUT.tableText.sizePt)}"/></w:rPr>`,
  '<w:tblPr><w:tblBorders>',
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join(''),
  '</w:tblBorders><w:tblCellMar>',
  `<w:top w:w="${cellMargins.top}" w:type="dxa"/><w:left w:w="${cellMargins.left}" w:type="dxa"/>`,
  `<w:bottom w:w="${cellMargins.bottom}" w:type="dxa"/><w:right w:w="${cellMargins.right}" w:type="dxa"/>`,
  '</w:tblCellMar></w:tblPr>',
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>',
  `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${ANNEX_TABLE.headerFill}"/></w:tcPr></w:tblStylePr>`,
  '</w:style>',
  '</w:styles>',
].join('');

export const LETTER_STYLES: IStylesOptions = {
  default: {
    document: {
      // w:lang da-DK on the document defaults: Word's spell checker and hyphenation then treat the text as Danish.
      run: { font: FONT, size: halfPoints(STYLE_LAYOUT.normal.sizePt), language: { value: 'da-DK' } },
      paragraph: {
        spacing: {
          after: STYLE_LAYOUT.normal.after,
          line: STYLE_LAYOUT.normal.line,
          lineRule: LineRuleType.AUTO,
        },
      },
    },
  },
  paragraphStyles: [
    style(STYLE.body, 'Brødtekst', 'body', { next: STYLE.body, quickFormat: true }),
    style(STYLE.letterhead, 'Brevhoved', 'letterhead', { quickFormat: true, run: { color: '1F1F1F' } }),
    style(STYLE.headerField, 'Brevfelt', 'headerField'),
    style(STYLE.signature, 'Underskrift', 'signature', { paragraph: { keepNext: true, keepLines: true } }),
    style(STYLE.contact, 'Kontaktoplysninger', 'contact', { run: { color: '404040' } }),
    style(STYLE.annexTitle, 'heading 1', 'heading1', {
      next: STYLE.annexHeading,
      quickFormat: true,
      uiPriority: 9,
      run: { color: '000000' },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 0 },
    }),
    style(STYLE.annexHeading, 'Bilagsoverskrift', 'annexHeading', {
      next: STYLE.body,
      quickFormat: true,
      paragraph: { keepNext: true, keepLines: true },
    }),
    style(STYLE.areaHeading, 'heading 2', 'heading2', {
      next: STYLE.body,
      quickFormat: true,
      uiPriority: 9,
      run: { color: '000000' },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 1 },
    }),
    style(STYLE.tableText, 'Tabeltekst', 'tableText'),
    style(STYLE.note, 'Note', 'note'),
    style(STYLE.footer, 'Sidefod', 'footer', {
      run: { color: '595959' },
      paragraph: { alignment: AlignmentType.RIGHT },
    }),
  ],
};
