import { useCallback, useState } from 'react';
import { describeStorageError } from '../db/errors';

export interface SaveFeedback {
  message: string | null;
  error: string | null;
  /** Runs a write; shows "Gemt" on success and the Danish storage error on failure. */
  run: (write: () => Promise<void>, success?: string) => Promise<boolean>;
  clear: () => void;
}

/** Shared success/error state for the editors on the Data screen. */
export function useSaveFeedback(): SaveFeedback {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (write: () => Promise<void>, success = 'Gemt.') => {
    setMessage(null);
    setError(null);
    try {
      await write();
      setMessage(success);
      return true;
    } catch (failure) {
      setError(describeStorageError(failure));
      return false;
    }
  }, []);
  const clear = useCallback(() => {
    setMessage(null);
    setError(null);
  }, []);
  return { message, error, run, clear };
}
