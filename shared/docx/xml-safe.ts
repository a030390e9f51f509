/**
 * The ONE place user text is made safe for XML 1.0 before it goes into a .docx. Word refuses to open a document
 * with a forbidden character anywhere in it ("unreadable content"), and the text comes from users, spreadsheets
 * and pasted e-mails, so anything can turn up.
 *
 * Removed: C0 controls except TAB, LF and CR (forbidden), C1 controls and DEL (allowed but discouraged, and never
 * meaningful in a letter), lone surrogate halves (not characters at all), U+FFFE and U+FFFF (non-characters).
 * Kept: everything else, including emoji (proper surrogate pairs), Arabic, Hebrew and combining marks.
 */
// Matching control characters is this module's whole job.
/* eslint-disable no-control-regex */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** True when `text` contains nothing XML 1.0 forbids (used by tests on the produced XML). */
export function isXmlSafe(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const unsafe = FORBIDDEN.test(text.replace(/[\u007F-\u009F]/g, ''));
  FORBIDDEN.lastIndex = 0;
  return !unsafe;
}
