import type { ReviewedFile, SentParagraph } from './types';

export interface ReadReviewedOptions {
  /** The paragraphs as sent, when the caller has them (the stored review copy): used when the file lost its own. */
  sent?: readonly SentParagraph[];
}

/** Reads a reviewed .docx (Word, LibreOffice or the app itself); throws ReviewReadError with a Danish message. */
export function readReviewedDocx(
  _bytes: Uint8Array,
  _fileName?: string,
  _options: ReadReviewedOptions = {},
): ReviewedFile {
  throw new Error('readReviewedDocx: under construction');
}
