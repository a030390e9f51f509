import { useCallback, useSyncExternalStore } from 'react';

/** The round the user is looking at, shared by all screens and kept for the session. */
const STORAGE_KEY = 'barometerbrev.selectedRound';
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSelectedRoundId(): [string | null, (roundId: string) => void] {
  const roundId = useSyncExternalStore(subscribe, () => sessionStorage.getItem(STORAGE_KEY));
  const select = useCallback((next: string) => {
    sessionStorage.setItem(STORAGE_KEY, next);
    for (const listener of listeners) listener();
  }, []);
  return [roundId, select];
}
