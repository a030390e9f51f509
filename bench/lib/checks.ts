import PizZip from 'pizzip';

/** Cheap sanity checks that the timed code produced what it claims, so a broken build never reads as fast. */

export function documentXml(docx: Uint8Array): string {
  const file = new PizZip(docx).file('word/document.xml');
  if (!file) throw new Error('.docx uden word/document.xml');
  return file.asText();
}

export function assertDocxContains(docx: Uint8Array, expected: readonly string[], what: string): void {
  if (docx[0] !== 0x50 || docx[1] !== 0x4b) throw new Error(`${what}: er ikke en zip/.docx`);
  const xml = documentXml(docx);
  const escaped = (value: string): string =>
    value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const missing = expected.filter((value) => !xml.includes(escaped(value)));
  if (missing.length > 0)
    throw new Error(`${what}: mangler tekst i word/document.xml: ${missing.slice(0, 3).join(' | ')}`);
}
