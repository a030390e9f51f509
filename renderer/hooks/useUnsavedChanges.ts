import { useEffect, useRef } from 'react';
import { registerUnsaved, type SaveUnsaved } from './unsaved-registry';

export { hasUnsavedChanges, saveAllUnsaved, discardAllUnsaved } from './unsaved-registry';

/**
 * Registers the calling form as having unsaved edits while `dirty` is true, so leaving the screen asks first.
 * `save` returns true when the edits were stored (false: invalid input, shown in the form).
 */
export function useUnsavedChanges(dirty: boolean, save: SaveUnsaved): void {
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    if (!dirty) return;
    return registerUnsaved(Symbol('unsaved-form'), () => latest.current());
  }, [dirty]);
}
