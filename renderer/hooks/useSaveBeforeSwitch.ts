import { useCallback, useRef, useState, type MutableRefObject } from 'react';
import type { SaveUnsaved } from './unsaved-registry';

/**
 * A picker in front of one record's form (indicator, committee): choosing another record first saves the edits
 * to the shown one; if they cannot be saved (invalid input), the form stays with its errors. Edits are never
 * dropped by switching.
 */
export function useSaveBeforeSwitch(
  initialId: string,
): [
  selectedId: string,
  choose: (id: string) => Promise<void>,
  pendingSaveRef: MutableRefObject<SaveUnsaved | null>,
] {
  const [selectedId, setSelectedId] = useState(initialId);
  const pendingSaveRef = useRef<SaveUnsaved | null>(null);
  const choose = useCallback(async (id: string) => {
    const save = pendingSaveRef.current;
    if (save && !(await save())) return;
    pendingSaveRef.current = null;
    setSelectedId(id);
  }, []);
  return [selectedId, choose, pendingSaveRef];
}
