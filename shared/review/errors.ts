/** Why a file cannot be read as a reviewed letter. */
export type ReviewReadErrorKind =
  'not-docx' | 'truncated' | 'encrypted' | 'oversized' | 'zip-bomb' | 'damaged';

/** A reviewed file that cannot be read; `message` is Danish, names the file and says what to do. */
export class ReviewReadError extends Error {
  readonly kind: ReviewReadErrorKind;
  constructor(kind: ReviewReadErrorKind, message: string) {
    super(message);
    this.name = 'ReviewReadError';
    this.kind = kind;
  }
}
