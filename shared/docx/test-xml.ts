import { strFromU8, unzipSync } from 'fflate';
import { isXmlSafe } from './xml-safe';

/** Test support: the parts of a .docx as strings. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(data);
  }
  return parts;
}

/**
 * A strict well-formedness check (no XML parser is installed): forbidden characters, unescaped "<" / "&" in text,
 * unquoted attributes, and every start tag closed by its own end tag in order. Returns the problems found.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!isXmlSafe(xml)) problems.push('forbidden character');
  const stack: string[] = [];
  const tag =
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*"|\s+[\w.:-]+='[^'<]*')*)\s*(\/?)>|<\?[^?]*\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  let position = 0;
  for (const match of xml.matchAll(tag)) {
    const text = xml.slice(position, match.index);
    if (/[<>]/.test(text)) problems.push(`stray markup near ${position}: ${text.slice(0, 40)}`);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text))
      problems.push(`bare & near ${position}`);
    position = (match.index ?? 0) + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (!name) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  if (/[<>]/.test(xml.slice(position))) problems.push('stray markup at end');
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}
