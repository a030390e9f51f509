import type { Status } from '../domain/types';
import type { GroupedAreas } from './progress-paragraph';
import type { LetterVariant, ParagraphRole } from './types';

/**
 * The one rule for what the chosen areas make of a letter (used by the letter engine, "Nyt brev", the batch and the
 * CLI, so they can never disagree): any red or yellow main indicator → the urging letter with the call; only green
 * (and unmeasured) areas → the acknowledging letter; nothing measured → an urging letter without a call.
 */

/** A red or yellow main indicator: what a letter urges priority on. */
export function needsAttention(status: Status): boolean {
  return status === 'red' || status === 'yellow';
}

type Conclusion = Pick<GroupedAreas, 'green' | 'setback'>;

export function letterVariant(grouped: Conclusion): LetterVariant {
  return grouped.setback.length === 0 && grouped.green.length > 0 ? 'acknowledge' : 'urge';
}

/** The computed paragraph that ends the letter's argument: the call, the acknowledgement, or none at all. */
export function conclusionRole(grouped: Conclusion): 'computed-call' | 'computed-acknowledge' | null {
  if (letterVariant(grouped) === 'acknowledge') return 'computed-acknowledge';
  return grouped.setback.length > 0 ? 'computed-call' : null;
}

/** The call and the acknowledgement exclude each other: a letter has at most one of them. */
export function isConclusionRole(role: ParagraphRole): boolean {
  return role === 'computed-call' || role === 'computed-acknowledge';
}
