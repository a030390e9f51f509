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

/**
 * How many of `total` items to draw: `step` at first, `step` more whenever the browser is idle, up to
 * `automatic`; beyond that the user asks for more (`showMore`). A list of thousands is thus drawn in short
 * tasks instead of one that freezes the page, and the page never holds thousands of charts at once unasked.
 * Starts again from `step` when `resetKey` changes (another area, another round).
 */
export function useIncrementalCount(
  total: number,
  {
    step = 20,
    automatic = 100,
    resetKey = '',
  }: { step?: number; automatic?: number; resetKey?: string } = {},
): { shown: number; showMore: () => void } {
  const [state, setState] = useState({ key: resetKey, limit: step });
  const limit = state.key === resetKey ? state.limit : step;
  if (state.key !== resetKey) setState({ key: resetKey, limit: step });
  useEffect(() => {
    if (limit >= total || limit >= automatic) return;
    return whenIdle(() => setState((s) => ({ key: s.key, limit: s.limit + step })));
  }, [limit, total, automatic, step]);
  return {
    shown: Math.min(total, limit),
    showMore: () => setState((s) => ({ key: s.key, limit: s.limit + automatic })),
  };
}
