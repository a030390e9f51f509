import { formatDateNumeric } from '../../shared/domain/wording';
import { runsToPlainText } from '../../shared/letter/plain-text';
import type { LetterDraft } from '../../shared/letter/types';
import { ROLE_LABEL, STATE_LABEL } from './labels';

/** One place where the stored version and the writer's differ, as text (the conflict dialog shows these side by side). */
export interface ConflictDifference {
  /** "Afslutning", "Dok.nr.", … */
  what: string;
  theirs: string;
  mine: string;
}

export interface ConflictComparison {
  differences: ConflictDifference[];
  /** Paragraphs with the same text in both versions. */
  sameParagraphs: number;
}

const MISSING = '(findes ikke i denne udgave)';

function shownDate(iso: string): string {
  try {
    return formatDateNumeric(iso);
  } catch {
    return iso;
  }
}

/**
 * The two versions of a letter, header fields and paragraph by paragraph (matched by paragraph id, in the writer's
 * order, then paragraphs only the other version has).
 */
export function compareVersions(theirs: LetterDraft, mine: LetterDraft): ConflictComparison {
  const differences: ConflictDifference[] = [];
  const field = (what: string, a: string, b: string): void => {
    if (a !== b) differences.push({ what, theirs: a, mine: b });
  };
  field('Status', STATE_LABEL[theirs.state], STATE_LABEL[mine.state]);
  field('Dato', shownDate(theirs.header.date), shownDate(mine.header.date));
  field('Sagsnr.', theirs.header.sagsnr, mine.header.sagsnr);
  field('Dok.nr.', theirs.header.doknr, mine.header.doknr);

  const theirParagraphs = new Map(theirs.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const mineIds = new Set(mine.paragraphs.map((paragraph) => paragraph.id));
  let sameParagraphs = 0;
  for (const paragraph of mine.paragraphs) {
    const other = theirParagraphs.get(paragraph.id);
    const mineText = runsToPlainText(paragraph.runs);
    const theirText = other ? runsToPlainText(other.runs) : MISSING;
    if (mineText === theirText) sameParagraphs += 1;
    else differences.push({ what: ROLE_LABEL[paragraph.role], theirs: theirText, mine: mineText });
  }
  for (const paragraph of theirs.paragraphs) {
    if (!mineIds.has(paragraph.id))
      differences.push({
        what: ROLE_LABEL[paragraph.role],
        theirs: runsToPlainText(paragraph.runs),
        mine: MISSING,
      });
  }
  return { differences, sameParagraphs };
}
