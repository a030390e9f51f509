import { useEffect, useSyncExternalStore } from 'react';
import type { ClearedData } from '../db/clear';
import { dropClearUndo, pendingClearUndo, subscribeClearUndo } from './pending-clear-undo';

/** The data removed by the last "Ryd data" while its undo is still on offer (survives leaving the screen). */
export function usePendingClearUndo(): ClearedData | null {
  const pending = useSyncExternalStore(subscribeClearUndo, () => pendingClearUndo());
  const expiresAt = pending?.expiresAt;
  useEffect(() => {
    if (expiresAt === undefined) return;
    const timer = window.setTimeout(dropClearUndo, Math.max(0, expiresAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [expiresAt]);
  return pending?.removed ?? null;
}
