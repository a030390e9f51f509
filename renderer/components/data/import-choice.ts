import type { ImportPreview } from '../../../shared/import/diff';
import { hasErrors, type ImportProblem } from '../../../shared/import/problems';

/** What the preview offers, given the file, the stored data and whether the sample data alone is loaded. */
export type ImportChoice =
  /** Errors: only the problem list and why nothing can be imported. */
  | { kind: 'blocked' }
  /** Everything in the file is stored already: nothing to import. */
  | { kind: 'nothing' }
  /** A plain import. */
  | { kind: 'import' }
  /** The sample is loaded: ask whether to remove it first, or lay the file on top. */
  | { kind: 'ask-sample' }
  /** The file clashes with the invented sample data only: it can be imported once the sample is removed. */
  | { kind: 'replace-sample-only' };

export interface PreviewInput {
  preview: ImportPreview;
  problems: ImportProblem[];
  withoutSample: { preview: ImportPreview; problems: ImportProblem[] } | undefined;
}

export function countChanges(preview: ImportPreview): number {
  return (
    preview.newAreas.length +
    preview.newIndicators.length +
    preview.changedIndicators.length +
    preview.newRounds.length +
    preview.changedRounds.length +
    preview.newMeasurements.length +
    preview.changedMeasurements.length
  );
}

export function importChoice({ preview, problems, withoutSample }: PreviewInput): ImportChoice {
  const fitsStored = !hasErrors(problems);
  if (withoutSample && !fitsStored && !hasErrors(withoutSample.problems)) {
    return { kind: 'replace-sample-only' };
  }
  if (!fitsStored) return { kind: 'blocked' };
  if (countChanges(preview) === 0) return { kind: 'nothing' };
  // Removing the sample is only offered when the file imports cleanly without it too.
  return withoutSample && !hasErrors(withoutSample.problems) ? { kind: 'ask-sample' } : { kind: 'import' };
}

/** The preview and problems to show for a choice: with the sample removed, against the empty data. */
export function shownPreview(input: PreviewInput, choice: ImportChoice): Omit<PreviewInput, 'withoutSample'> {
  return choice.kind === 'replace-sample-only' && input.withoutSample ? input.withoutSample : input;
}
