import { useState, type ReactElement, type ReactNode } from 'react';
import { DOCX_FILTER } from '../../letters/export';
import { getPlatform } from '../../platform';
import { setPendingReviewFile } from '../../review/reviewer-file';
import { REVIEW_FILE_MAX_BYTES } from '../../review/take-back';
import { useDocxDrop } from '../../review/useDocxDrop';
import { navigate } from '../../router';

/**
 * "Åbn gennemsyn …" on the Letters screen and on the empty first-run overview (and a .docx dropped there): a reviewer
 * opens a review copy they were sent. The file goes to the review screen in memory; nothing is stored.
 */
export function OpenReviewButton({
  hint = 'Har du fået et brev til gennemsyn? Åbn filen her (eller træk den ind).',
}: {
  /** The sentence beside the button. */
  hint?: ReactNode;
} = {}): ReactElement {
  const [error, setError] = useState<string | null>(null);
  const show = (data: Uint8Array, name: string): void => {
    setPendingReviewFile({ name, data });
    navigate({ screen: 'review' });
  };
  useDocxDrop(true, show, setError);
  const pick = async (): Promise<void> => {
    setError(null);
    try {
      const file = await getPlatform().openFile({ filters: [DOCX_FILTER], maxBytes: REVIEW_FILE_MAX_BYTES });
      if (!file.canceled && file.data && file.name) show(file.data, file.name);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <div className="open-review">
      <button type="button" onClick={() => void pick()}>
        Åbn gennemsyn …
      </button>{' '}
      <span className="muted">{hint}</span>
      {error && (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      )}
    </div>
  );
}
