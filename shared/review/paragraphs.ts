import { slugifyAreaName } from '../domain/ids';
import { STATUS_WORD } from '../domain/wording';
import { xmlSafe } from '../docx/xml-safe';
import type { AnnexArea, ComposedLetter } from '../letter/types';
import type { SentParagraph } from './types';

/** The role of a Bilag 1 area heading among the sent paragraphs. */
export const ANNEX_AREA_ROLE = 'annex-area';

/** The heading of an area in Bilag 1, exactly as the .docx builder writes it. */
export function annexAreaHeading(area: AnnexArea): string {
  return `${area.areaName} – ${STATUS_WORD[area.status]}`;
}

/** The area name of an annex heading text ("Bolig – Rød" → "Bolig"). */
export function areaNameOfHeading(heading: string): string {
  const at = heading.lastIndexOf(' – ');
  return at > 0 ? heading.slice(0, at) : heading;
}

/** Ids of the annex area headings: `annex-<area slug>`, with the position added when two areas share a name. */
export function annexAreaIds(letter: ComposedLetter): string[] {
  const seen = new Set<string>();
  return letter.annex.areas.map((area, index) => {
    const slug = `annex-${slugifyAreaName(area.areaName) || String(index + 1)}`;
    const id = seen.has(slug) ? `${slug}-${index + 1}` : slug;
    seen.add(id);
    return id;
  });
}

/**
 * The paragraphs a review copy anchors, in reading order: the letter body (ids from the draft) and Bilag 1's area
 * headings. The text is what the .docx shows (a link's text without its address), made XML-safe as the builder does.
 */
export function reviewParagraphsOf(letter: ComposedLetter): SentParagraph[] {
  const body = letter.paragraphs.map((paragraph) => ({
    id: paragraph.id,
    role: paragraph.role,
    text: xmlSafe(paragraph.runs.map((run) => run.text).join('')),
  }));
  const ids = annexAreaIds(letter);
  const annex = letter.annex.areas.map((area, index) => ({
    id: ids[index] ?? `annex-${index + 1}`,
    role: ANNEX_AREA_ROLE,
    text: xmlSafe(annexAreaHeading(area)),
  }));
  return [...body, ...annex];
}
