/**
 * Document information for a PDF that Chromium printed (Electron's printToPDF): Chromium writes the title (from
 * document.title), the language (from <html lang>, in a tagged PDF) and an outline, but no author or subject. This
 * appends them as an incremental update (a new Info object, an xref section and a trailer with /Prev), the way PDF
 * editors amend a file: the original bytes stay untouched, so nothing Chromium wrote can be damaged.
 */

export interface PdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  /** Written as /Creator: the application that made the document's content. */
  creator?: string;
}

const latin1 = (bytes: Uint8Array): string => {
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return text;
};

/** A PDF text string as UTF-16BE hex with a byte-order mark: any Unicode text, no escaping pitfalls. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++)
    hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** The last trailer's /Size, /Root and /Info, and the last startxref offset; null when the file has no classic trailer. */
function lastTrailer(
  text: string,
): { size: number; root: string; info: string | null; startxref: number } | null {
  const trailerAt = text.lastIndexOf('trailer');
  const startxrefAt = text.lastIndexOf('startxref');
  if (trailerAt < 0 || startxrefAt < trailerAt) return null;
  const trailer = text.slice(trailerAt, startxrefAt);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  const info = /\/Info\s+(\d+)\s+\d+\s+R/.exec(trailer);
  const offset = /startxref\s+(\d+)/.exec(text.slice(startxrefAt));
  if (!size || !root || !offset) return null;
  return {
    size: Number(size[1]),
    root: root[1] ?? '',
    info: info?.[1] ?? null,
    startxref: Number(offset[1]),
  };
}

/** The dictionary body (between << and the matching >>) of object `number`, or '' when it cannot be found. */
function objectDictionary(text: string, number: string): string {
  const match = new RegExp(`(?:^|[\\r\\n\\s])${number}\\s+0\\s+obj\\s*<<`).exec(text);
  if (!match) return '';
  let depth = 1;
  const start = match.index + match[0].length;
  for (let index = start; index < text.length - 1; index++) {
    const pair = text.slice(index, index + 2);
    if (pair === '<<') {
      depth++;
      index++;
    } else if (pair === '>>') {
      depth--;
      if (depth === 0) return text.slice(start, index);
      index++;
    }
  }
  return '';
}

/** Removes the given keys (and their simple values: names, numbers, strings, hex strings) from a dictionary body. */
function withoutKeys(dictionary: string, keys: readonly string[]): string {
  let result = dictionary;
  for (const key of keys)
    result = result.replace(
      new RegExp(`/${key}\\s*(?:\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>|/?[^/\\s>]+)`, 'g'),
      '',
    );
  return result;
}

/** The PDF with its Info amended; the bytes unchanged when the file is not one this can amend (e.g. xref streams). */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const entries: [string, string][] = [];
  if (info.title) entries.push(['Title', info.title]);
  if (info.author) entries.push(['Author', info.author]);
  if (info.subject) entries.push(['Subject', info.subject]);
  if (info.creator) entries.push(['Creator', info.creator]);
  if (entries.length === 0) return pdf;
  const text = latin1(pdf);
  const trailer = lastTrailer(text);
  if (!trailer) return pdf;
  const old = trailer.info ? objectDictionary(text, trailer.info) : '';
  const kept = withoutKeys(
    old,
    entries.map(([key]) => key),
  ).trim();
  const number = trailer.size;
  const body = `<<${kept ? `${kept}\n` : ''}${entries.map(([key, value]) => `/${key} ${pdfTextString(value)}`).join('\n')}>>`;
  const separator = text.endsWith('\n') ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const object = `${number} 0 obj\n${body}\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const update =
    `${separator}${object}` +
    `xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${number + 1} /Root ${trailer.root} /Info ${number} 0 R /Prev ${trailer.startxref}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const tail = new Uint8Array(update.length);
  for (let index = 0; index < update.length; index++) tail[index] = update.charCodeAt(index) & 0xff;
  const result = new Uint8Array(pdf.length + tail.length);
  result.set(pdf);
  result.set(tail, pdf.length);
  return result;
}
