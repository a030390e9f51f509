import { AlignmentType, type IStylesOptions } from 'docx';

/**
 * Named paragraph styles, so the letter can be restyled in Word with one click and screen readers get structure.
 * Ids are ASCII (Word matches them internally); names are Danish (what the user sees in Word's style gallery).
 */
export const STYLE = {
  body: 'Broedtekst',
  letterhead: 'Brevhoved',
  headerField: 'Brevfelt',
  signature: 'Underskrift',
  contact: 'Kontaktoplysninger',
  annexTitle: 'Bilagstitel',
  annexHeading: 'Bilagsoverskrift',
  areaHeading: 'Omraadeoverskrift',
  tableText: 'Tabeltekst',
  note: 'Note',
  footer: 'Sidefod',
} as const;

export const FONT = 'Arial';
/** Half-points: 11 pt body text, as in the municipality's letters. */
const BODY_SIZE = 22;

export const LETTER_STYLES: IStylesOptions = {
  default: {
    document: {
      // w:lang da-DK on the document defaults: Word's spell checker and hyphenation then treat the text as Danish.
      run: { font: FONT, size: BODY_SIZE, language: { value: 'da-DK' } },
      paragraph: { spacing: { after: 0, line: 264 } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: 'Brødtekst',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      paragraph: { spacing: { after: 240, line: 288 } },
    },
    {
      id: STYLE.letterhead,
      name: 'Brevhoved',
      basedOn: 'Normal',
      quickFormat: true,
      run: { bold: true, size: 28, color: '1F1F1F' },
      paragraph: { spacing: { after: 480 } },
    },
    { id: STYLE.headerField, name: 'Brevfelt', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    {
      id: STYLE.signature,
      name: 'Underskrift',
      basedOn: 'Normal',
      paragraph: { keepNext: true, keepLines: true },
    },
    {
      id: STYLE.contact,
      name: 'Kontaktoplysninger',
      basedOn: 'Normal',
      run: { size: 17, color: '404040' },
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: STYLE.annexTitle,
      name: 'Bilagstitel',
      basedOn: 'Normal',
      next: STYLE.annexHeading,
      quickFormat: true,
      run: { bold: true, size: 28 },
      paragraph: { keepNext: true, spacing: { after: 120 } },
    },
    {
      id: STYLE.annexHeading,
      name: 'Bilagsoverskrift',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      run: { bold: true, size: 24 },
      paragraph: { keepNext: true, spacing: { after: 240 } },
    },
    {
      id: STYLE.areaHeading,
      name: 'Områdeoverskrift',
      basedOn: 'Normal',
      quickFormat: true,
      run: { bold: true, size: 22 },
      paragraph: { keepNext: true, spacing: { before: 240, after: 80 } },
    },
    {
      id: STYLE.tableText,
      name: 'Tabeltekst',
      basedOn: 'Normal',
      run: { size: 17 },
      paragraph: { spacing: { line: 240 } },
    },
    {
      id: STYLE.note,
      name: 'Note',
      basedOn: 'Normal',
      run: { size: 17, italics: true },
      paragraph: { spacing: { before: 60, after: 60 } },
    },
    {
      id: STYLE.footer,
      name: 'Sidefod',
      basedOn: 'Normal',
      run: { size: 16, color: '595959' },
      paragraph: { alignment: AlignmentType.RIGHT },
    },
  ],
};
