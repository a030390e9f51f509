import type { WordDiffPart } from '../../shared/review/types';

/**
 * A word that only gained or lost the space after it (the last word of a paragraph with a sentence added) reads as
 * unchanged: «København.» → «København. Vi glæder os …» shows only the new sentence as added.
 */
export function tidyDiff(parts: readonly WordDiffPart[]): WordDiffPart[] {
  const tidy: WordDiffPart[] = [];
  const push = (part: WordDiffPart): void => {
    if (part.text === '') return;
    const last = tidy[tidy.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else tidy.push({ ...part });
  };
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    const next = parts[index + 1];
    if (!part) continue;
    if (part.kind === 'removed' && next?.kind === 'added') {
      const [shorter, longer] = part.text.length <= next.text.length ? [part, next] : [next, part];
      if (longer.text.startsWith(shorter.text)) {
        push({ kind: 'same', text: shorter.text });
        push({ kind: longer.kind, text: longer.text.slice(shorter.text.length) });
        index += 1;
        continue;
      }
    }
    push(part);
  }
  return tidy;
}
