/**
 * Windows-1252 by hand, both ways. TextEncoder only writes UTF-8, and Node 20's
 * TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters (nodejs/node#60888),
 * which would turn "€" and "–" from Danish Excel into invisible junk.
 */

/** Code points of bytes 0x80–0x9F (WHATWG index-windows-1252); the rest equals Latin-1. */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const BYTE_OF_SPECIAL = new Map<number, number>(
  HIGH_CONTROL_RANGE.map((codePoint, index) => [codePoint, 0x80 + index]),
);

const HIGH_CONTROL_CHARS = HIGH_CONTROL_RANGE.map((codePoint) => String.fromCharCode(codePoint));
const HIGH_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Latin-1 decoding is native and fast everywhere (browsers already do windows-1252 right, Node 20
 * does Latin-1); the 32 bytes where the two differ are then mapped by the table.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(HIGH_CONTROLS, (char) => HIGH_CONTROL_CHARS[char.charCodeAt(0) - 0x80] ?? char);
}

/** Throws (in Danish) on a character Windows-1252 cannot hold, naming it, rather than writing a wrong byte. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) {
      out[length++] = codePoint;
      continue;
    }
    const special = BYTE_OF_SPECIAL.get(codePoint);
    if (special === undefined) throw new Error(`Tegnet «${char}» findes ikke i Windows-1252.`);
    out[length++] = special;
  }
  return out.subarray(0, length);
}
