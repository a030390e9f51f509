/** Address lines and web sites are edited as one line per row in a text area. */
export function linesToText(lines: readonly string[]): string {
  return lines.join('\n');
}

export function textToLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
