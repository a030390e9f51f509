import type { ReactElement } from 'react';
import type { SaveFeedback } from '../../hooks/useSaveFeedback';

/** The outcome of the last save: announced politely on success, as an alert on failure. */
export function Feedback({ feedback }: { feedback: SaveFeedback }): ReactElement {
  return (
    <div aria-live="polite">
      {feedback.message && <p className="saved-note">{feedback.message}</p>}
      {feedback.error && (
        <p role="alert" className="form-error">
          {feedback.error}
        </p>
      )}
    </div>
  );
}
