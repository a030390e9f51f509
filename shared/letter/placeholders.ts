import { markupProblems, mergeAdjacentRuns, parseInlineMarkup } from './inline-markup';
import type { InlineRun } from './types';

/** A named placeholder the templates may use; settings shows this list to the user. */
export interface PlaceholderInfo {
  name: string;
  description: string;
  example: string;
  /** Another name for the placeholder `aliasOf`, kept so templates written with it keep working. */
  aliasOf?: string;
}

export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: 'udvalg', description: 'Det modtagende udvalgs navn', example: 'Børne- og Ungdomsudvalget' },
  { name: 'udvalg_kort', description: 'Det modtagende udvalgs forkortelse', example: 'BUU' },
  {
    name: 'formand',
    description: 'Navnet på det modtagende udvalgs formand (titlen, hvis navnet mangler)',
    example: 'Bo Asmus Kjeldgaard',
  },
  {
    name: 'formand_titel',
    description: 'Titlen på det modtagende udvalgs formand',
    example: 'Børne- og Ungdomsborgmester',
  },
  {
    name: 'forvaltning',
    description: 'Det modtagende udvalgs forvaltning',
    example: 'Børne- og Ungdomsforvaltningen',
  },
  {
    name: 'afsender',
    description: 'Det afsendende udvalgs navn',
    example: 'Beskæftigelses- og Integrationsudvalget',
  },
  {
    name: 'afsender_forvaltning',
    description: 'Det afsendende udvalgs forvaltning',
    example: 'Beskæftigelses- og Integrationsforvaltningen',
  },
  { name: 'underskriver', description: 'Navnet på den, der underskriver brevet', example: 'Jakob Hougaard' },
  {
    name: 'områder',
    description: 'De valgte indsatsområder som liste',
    example: 'uddannelse og bolig',
  },
  {
    name: 'område',
    description:
      'Samme som {områder} (ældre navn, der virker i gemte skabeloner): alle de valgte indsatsområder',
    example: 'uddannelse og bolig',
    aliasOf: 'områder',
  },
  {
    name: 'områder_bestemt',
    description: 'De valgte indsatsområder i bestemt form',
    example: 'uddannelsesområdet og boligområdet',
  },
  { name: 'måling', description: 'Målingens navn, som det står midt i en sætning', example: 'maj 2008' },
  {
    name: 'offentliggjort',
    description: 'Hvornår målingen blev offentliggjort',
    example: 'den 28. maj 2008',
  },
  {
    name: 'farve',
    description: 'Hovedindikatorens farve på de valgte områder: rød, gul eller rød/gul',
    example: 'rød/gul',
  },
  { name: 'dato', description: 'Brevets dato', example: '16-05-2008' },
  { name: 'sagsnr', description: 'Sagsnummer', example: '2007-114951' },
  { name: 'doknr', description: 'Dokumentnummer', example: '2008-255779' },
];

const KNOWN_NAMES = new Set(PLACEHOLDERS.map((placeholder) => placeholder.name));
const ALIAS_TARGET = new Map(
  PLACEHOLDERS.flatMap((placeholder) =>
    placeholder.aliasOf ? [[placeholder.name, placeholder.aliasOf]] : [],
  ),
);

/** `{navn}`: letters (æøå included), digits and underscore between curly braces. */
const PLACEHOLDER_PATTERN = /\{([\p{L}\p{N}_]+)\}/gu;

export type PlaceholderValues = Partial<Record<string, string>>;

export interface FilledTemplate {
  runs: InlineRun[];
  /** Placeholders not in PLACEHOLDERS: left out of the letter and reported to the user. */
  unknown: string[];
  /** Known placeholders without a value in this letter (e.g. {farve} in an acknowledging letter): left out too. */
  missing: string[];
}

/**
 * Fills a template's placeholders and turns its markup into runs. Values are inserted as plain text after the markup
 * is parsed, so they can never switch formatting on or off.
 */
export function fillTemplate(text: string, values: PlaceholderValues): FilledTemplate {
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const replace = (segment: string): string =>
    segment.replace(PLACEHOLDER_PATTERN, (_whole, name: string) => {
      if (!KNOWN_NAMES.has(name)) {
        unknown.add(name);
        return '';
      }
      // An alias takes its value from the placeholder it stands for, so the two can never say different things.
      const value = values[ALIAS_TARGET.get(name) ?? name];
      if (value === undefined) {
        missing.add(name);
        return '';
      }
      return value;
    });

  const runs = parseInlineMarkup(text).map((run) => ({ ...run, text: replace(run.text) }));
  return { runs: tidySpaces(mergeAdjacentRuns(runs)), unknown: [...unknown], missing: [...missing] };
}

/** A left-out placeholder must not leave a double space or a space before punctuation behind. */
function tidySpaces(runs: InlineRun[]): InlineRun[] {
  const tidied = runs.map((run, index) => {
    let text = run.text
      .replace(/ {2,}/g, ' ')
      .replace(/ +([.,;:!?)])/g, '$1')
      .replace(/[,;:]([.,;:!?])/g, '$1');
    if (index === 0) text = text.trimStart();
    if (index === runs.length - 1) text = text.trimEnd();
    return { ...run, text };
  });
  return mergeAdjacentRuns(tidied);
}

/** Everything wrong with a template, in Danish, for the settings screen. An empty list means the template is fine. */
export function validateTemplate(text: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push('Skabelonen er tom.');
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    if (!KNOWN_NAMES.has(name)) {
      problems.push(
        `Ukendt pladsholder {${name}}. Brug en af: ${PLACEHOLDERS.map((p) => `{${p.name}}`).join(', ')}.`,
      );
    }
  }
  const withoutPlaceholders = text.replace(PLACEHOLDER_PATTERN, '');
  if (/[{}]/.test(withoutPlaceholders)) {
    problems.push('En krøllet parentes { eller } står uden en gyldig pladsholder, fx {udvalg}.');
  }
  problems.push(...markupProblems(text));
  return [...new Set(problems)];
}
