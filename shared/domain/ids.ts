/**
 * Stable ids (domain.md): used in files, backups and on the command line, so they must not depend
 * on how a user happened to capitalise or space a name.
 */

const DANISH_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** "Kultur og fritid" → "kultur-og-fritid"; "Beskæftigelse" → "beskaeftigelse". */
export function slugifyAreaName(name: string): string {
  return slugify(name);
}

/** "ØU" → "ou", "BIU" → "biu": short codes in lower case with Ø as o (domain.md's committee ids). */
export function committeeIdFromShortName(shortName: string): string {
  return slugify(shortName.replace(/[Øø]/g, 'o').replace(/[Ææ]/g, 'ae').replace(/[Åå]/g, 'aa'));
}

/** "Maj 2008" → "maj-2008". */
export function roundIdFromLabel(label: string): string {
  return slugify(label);
}

/** `${indicatorId}@${roundId}`, the Measurement id of types.ts. */
export function measurementId(indicatorId: string, roundId: string): string {
  return `${indicatorId}@${roundId}`;
}

/** `${scope}:${targetId}@${roundId}`, the StatusOverride id of types.ts: one override per target and round. */
export function overrideId(scope: 'area' | 'indicator', targetId: string, roundId: string): string {
  return `${scope}:${targetId}@${roundId}`;
}

/**
 * Lower case, Danish letters spelled out, every other run of non-alphanumerics as one hyphen.
 * Accents such as é are stripped so "Café" and "Cafe" map to the same id.
 */
function slugify(text: string): string {
  const lowered = text.trim().toLocaleLowerCase('da-DK');
  const spelled = lowered.replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter);
  return spelled
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
