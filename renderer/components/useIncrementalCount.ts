import { useEffect, useState } from 'react';

/** A browser's idle callback where there is one, else the next task: either way the page can paint first. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

interface Progress {
  key: string;
  /** Items drawn now. */
  limit: number;
  /** Items to draw without being asked again. */
  cap: number;
}

/**
 * How many of `total` items to draw: `step` at first, `step` more whenever the browser is idle, up to
 * `automatic`; each `showMore` lets it go on for `automatic` more, still `step` at a time. A list of thousands
 * is thus drawn in short tasks instead of one that freezes the page, and the page never holds thousands of
 * charts at once unasked. Starts again from `step` when `resetKey` changes (another area, another round).
 */
export function useIncrementalCount(
  total: number,
  {
    step = 10,
    automatic = 100,
    resetKey = '',
  }: { step?: number; automatic?: number; resetKey?: string } = {},
): { shown: number; showMore: () => void } {
  const fresh: Progress = { key: resetKey, limit: step, cap: automatic };
  const [state, setState] = useState<Progress>(fresh);
  const current = state.key === resetKey ? state : fresh;
  if (state.key !== resetKey) setState(fresh);
  const { limit, cap } = current;
  useEffect(() => {
    if (limit >= total || limit >= cap) return;
    return whenIdle(() => setState((s) => ({ ...s, limit: Math.min(s.cap, s.limit + step) })));
  }, [limit, cap, total, step]);
  return {
    shown: Math.min(total, limit),
    showMore: () => setState((s) => ({ ...s, cap: s.limit + automatic })),
  };
}
