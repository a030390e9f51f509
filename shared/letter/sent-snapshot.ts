import type { ComposedLetter, LetterDraft, LetterState } from './types';

/**
 * A sent letter must stay what was sent. Marking a draft "Sendt" freezes its composed letter (text, annex, statuses,
 * notices, properties); any other state drops the frozen copy, so the draft goes back to the live data.
 */

/**
 * The draft in its new state. `composeNow` builds the letter as it reads right now; it is called only when the draft
 * becomes 'sendt'. Returns null (no change) when the letter cannot be composed, so a letter is never marked sent
 * without its frozen copy.
 */
export function withLetterState(
  draft: LetterDraft,
  state: LetterState,
  composeNow: () => ComposedLetter | null,
): LetterDraft | null {
  if (state === 'sendt') {
    if (draft.state === 'sendt' && draft.sentSnapshot) return draft;
    const snapshot = composeNow();
    if (!snapshot) return null;
    return { ...draft, state, sentSnapshot: cloneLetter(snapshot) };
  }
  const next: LetterDraft = { ...draft, state };
  delete next.sentSnapshot;
  return next;
}

/** The frozen letter to show and export, or null when the draft follows the live data. */
export function frozenLetter(draft: LetterDraft): ComposedLetter | null {
  return draft.state === 'sendt' && draft.sentSnapshot ? cloneLetter(draft.sentSnapshot) : null;
}

// A composed letter is plain JSON data: a deep copy keeps the frozen letter apart from the live objects.
const cloneLetter = (letter: ComposedLetter): ComposedLetter =>
  JSON.parse(JSON.stringify(letter)) as ComposedLetter;
