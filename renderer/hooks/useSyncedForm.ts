import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Form state that starts from stored data and starts over when the stored data changes underneath
 * (an import, a restore, another window), while the user's own save leaves the feedback in place.
 * The third value says whether the form differs from the stored data. Compared by content, because live queries hand out new objects on every change.
 */
export function useSyncedForm<S, F>(
  source: S,
  toForm: (source: S) => F,
): [F, Dispatch<SetStateAction<F>>, boolean] {
  const [form, setForm] = useState<F>(() => toForm(source));
  const [seen, setSeen] = useState(() => JSON.stringify(source));
  const current = JSON.stringify(source);
  if (current !== seen) {
    // Adjusting state while rendering (React's documented pattern) avoids an extra effect pass.
    setSeen(current);
    setForm(toForm(source));
  }
  // Dirty: the form differs from what is stored (drives the "unsaved changes" question on leaving).
  const dirty = JSON.stringify(form) !== JSON.stringify(toForm(source));
  return [form, setForm, dirty];
}
