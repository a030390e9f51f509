import { runsToPlainText } from './plain-text';
import type { ComposedLetter, InlineRun, LetterDraft, LetterParagraph, ParagraphRole } from './types';
import { isConclusionRole } from './variant';

/**
 * "Opdatér de beregnede afsnit" after the data changed. The computed paragraphs always come from the statuses, so the
 * letter can never urge and acknowledge at once or describe data that is no longer there:
 * - a computed paragraph the user has not edited is replaced by the fresh one;
 * - when the letter turns from urging to acknowledging (or back), the fresh conclusion takes the old one's place,
 *   even if the user edited it;
 * - a user-edited computed paragraph keeps the user's wording only while the text computed for it is unchanged;
 *   otherwise it gets the fresh text;
 * - a computed paragraph the fresh letter no longer has is removed.
 * Every edit that is replaced or removed is reported in Danish (the editor's letter-level undo brings it back).
 * The user's own paragraphs are never touched.
 */

export interface DraftRefresh {
  draft: LetterDraft;
  /** Danish notes on user edits that were replaced or removed; empty when no edit was lost. */
  notices: string[];
}

/** How the notices name a computed paragraph: "opfordringen", "din rettede opfordring". */
const ROLE_NAME: Partial<Record<ParagraphRole, { definite: string; yourEdited: string }>> = {
  'computed-progress': {
    definite: 'afsnittet om fremgang og tilbagegang',
    yourEdited: 'dit rettede afsnit om fremgang og tilbagegang',
  },
  'computed-call': { definite: 'opfordringen', yourEdited: 'din rettede opfordring' },
  'computed-acknowledge': { definite: 'anerkendelsen', yourEdited: 'din rettede anerkendelse' },
};
const definite = (role: ParagraphRole): string => ROLE_NAME[role]?.definite ?? 'afsnittet';
const yourEdited = (role: ParagraphRole): string => ROLE_NAME[role]?.yourEdited ?? 'dit rettede afsnit';

export const isComputed = (paragraph: LetterParagraph): boolean => paragraph.role.startsWith('computed-');

export function copyParagraph(paragraph: LetterParagraph): LetterParagraph {
  const copy: LetterParagraph = { ...paragraph, runs: copyRuns(paragraph.runs) };
  if (paragraph.computedRuns) copy.computedRuns = copyRuns(paragraph.computedRuns);
  return copy;
}

const copyRuns = (runs: readonly InlineRun[]): InlineRun[] => runs.map((run) => ({ ...run }));

/** A fresh computed paragraph as the draft stores it: remembering the text it was computed with. */
export function computedParagraph(fresh: LetterParagraph): LetterParagraph {
  return { ...copyParagraph(fresh), editedByUser: false, computedRuns: copyRuns(fresh.runs) };
}

function sameRuns(a: readonly InlineRun[], b: readonly InlineRun[]): boolean {
  const key = (run: InlineRun): string =>
    JSON.stringify([run.text, Boolean(run.bold), Boolean(run.italic), run.link ?? null]);
  return a.length === b.length && a.every((run, index) => key(run) === key(b[index] ?? { text: '' }));
}

/** «Beskæftigelses- og Integrationsudvalget konstaterer således, at hovedindikatoren …»: the first words. */
export function quoteStart(runs: readonly InlineRun[], words = 8): string {
  const all = runsToPlainText(runs).trim().split(/\s+/).filter(Boolean);
  const start = all.slice(0, words).join(' ');
  return `«${start}${all.length > words ? ' …' : ''}»`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);
}

export function refreshDraftParagraphs(
  draft: LetterDraft,
  fresh: ComposedLetter,
  now?: string,
): DraftRefresh {
  const freshComputed = fresh.paragraphs.filter(isComputed);
  const freshConclusion = freshComputed.find((paragraph) => isConclusionRole(paragraph.role));
  const placedRoles = new Set<ParagraphRole>();
  const notices: string[] = [];
  const result: LetterParagraph[] = [];

  for (const paragraph of draft.paragraphs) {
    if (!isComputed(paragraph)) {
      result.push(copyParagraph(paragraph));
      continue;
    }
    const sameRole = freshComputed.find((candidate) => candidate.role === paragraph.role);
    if (sameRole && !placedRoles.has(sameRole.role)) {
      placedRoles.add(sameRole.role);
      const computedBefore = paragraph.computedRuns ?? paragraph.runs;
      if (paragraph.editedByUser && sameRuns(computedBefore, sameRole.runs)) {
        // The data behind this paragraph did not change: the user's wording still says what the data says.
        result.push(copyParagraph(paragraph));
        continue;
      }
      if (paragraph.editedByUser) {
        notices.push(
          `Dine rettelser i ${definite(paragraph.role)} (${quoteStart(paragraph.runs)}) er erstattet af den ` +
            'beregnede tekst, fordi data bag afsnittet er ændret. Afsnittet skal altid passe til de nyeste data.',
        );
      }
      result.push(computedParagraph(sameRole));
      continue;
    }
    if (isConclusionRole(paragraph.role) && freshConclusion && !placedRoles.has(freshConclusion.role)) {
      // Urging ↔ acknowledging: the new conclusion takes the old one's place; never both in one letter.
      placedRoles.add(freshConclusion.role);
      if (paragraph.editedByUser) {
        notices.push(
          `${capitalise(yourEdited(paragraph.role))} (${quoteStart(paragraph.runs)}) er erstattet ` +
            `af ${definite(freshConclusion.role)}, fordi statusserne er ændret.`,
        );
      }
      result.push(computedParagraph(freshConclusion));
      continue;
    }
    if (paragraph.editedByUser) {
      notices.push(
        `${capitalise(yourEdited(paragraph.role))} (${quoteStart(paragraph.runs)}) er fjernet, ` +
          'fordi statusserne ikke længere giver grundlag for den.',
      );
    }
  }

  // Computed paragraphs new to the draft go after the paragraph that precedes them in the fresh letter.
  fresh.paragraphs.forEach((paragraph, freshIndex) => {
    if (!isComputed(paragraph) || placedRoles.has(paragraph.role)) return;
    placedRoles.add(paragraph.role);
    const anchor = fresh.paragraphs
      .slice(0, freshIndex)
      .map((earlier) => result.findIndex((existing) => existing.id === earlier.id))
      .filter((index) => index >= 0)
      .pop();
    result.splice(anchor === undefined ? 0 : anchor + 1, 0, computedParagraph(paragraph));
  });

  return {
    draft: {
      ...draft,
      variant: fresh.variant,
      paragraphs: result,
      dataFingerprint: fresh.properties.dataFingerprint,
      statusRule: fresh.properties.statusRule,
      updatedAt: now ?? new Date().toISOString(),
    },
    notices,
  };
}
