/**
 * Forms with unsaved edits register here (with how to save them), so navigation can warn before they are
 * thrown away. Module-level on purpose: the App's navigation and the screens' forms never share a component.
 */
export type SaveUnsaved = () => Promise<boolean>;

interface Entry {
  save: SaveUnsaved;
}

const entries = new Map<symbol, Entry>();

/** Marks a form dirty (or updates its save function); returns the function that marks it clean again. */
export function registerUnsaved(key: symbol, save: SaveUnsaved): () => void {
  entries.set(key, { save });
  return () => {
    entries.delete(key);
  };
}

export function hasUnsavedChanges(): boolean {
  return entries.size > 0;
}

/**
 * Saves every dirty form; true only if all of them saved (a form refuses when its input is invalid, and then
 * shows why). A form that saved unregisters itself when it re-renders clean; it is dropped here as well.
 */
export async function saveAllUnsaved(): Promise<boolean> {
  let allSaved = true;
  for (const [key, entry] of [...entries]) {
    let saved = false;
    try {
      saved = await entry.save();
    } catch {
      saved = false;
    }
    if (saved) entries.delete(key);
    else allSaved = false;
  }
  return allSaved;
}

/** "Kassér ændringer": the forms are left behind by the navigation that follows. */
export function discardAllUnsaved(): void {
  entries.clear();
}
