import { useEffect, type ReactElement } from 'react';

/** "Brevet er slettet. Fortryd": stays ~10 seconds, then the deletion is final. */
export function UndoToast({
  message,
  onUndo,
  onDismiss,
  timeoutMs = 10_000,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  timeoutMs?: number;
}): ReactElement {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs, message]);
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Fortryd
      </button>
      <button type="button" aria-label="Luk beskeden" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
