import type { ReactElement } from 'react';
import { describeOpen, type OpenCounts } from '../../review/feedback';
import { reviewGroupElementId } from './ReviewPanel';

/**
 * Beside a paragraph in the editor: «1 ubehandlet kommentar» from review, as a button that shows the paragraph's
 * comments and suggestions in the Gennemsyn section (a button, not a #link: the hash is the app's route).
 */
export function ParagraphReviewNote({
  paragraphId,
  counts,
}: {
  paragraphId: string;
  counts: OpenCounts | undefined;
}): ReactElement | null {
  const text = describeOpen(counts);
  if (!text) return null;
  return (
    <button
      type="button"
      className="paragraph-review-note"
      onClick={() => {
        const group = document.getElementById(reviewGroupElementId(paragraphId));
        group?.scrollIntoView({ block: 'start' });
        group?.focus({ preventScroll: true });
      }}
    >
      {text} – vis
    </button>
  );
}
