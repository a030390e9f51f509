import { afterEach, describe, expect, it } from 'vitest';
import { discardAllUnsaved, hasUnsavedChanges, registerUnsaved, saveAllUnsaved } from './unsaved-registry';

afterEach(() => discardAllUnsaved());

describe('unsaved-changes registry', () => {
  it('is dirty only while a form is registered', () => {
    expect(hasUnsavedChanges()).toBe(false);
    const release = registerUnsaved(Symbol('a'), async () => true);
    expect(hasUnsavedChanges()).toBe(true);
    release();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('saves every dirty form and is clean when all saved', async () => {
    const saved: string[] = [];
    registerUnsaved(Symbol('a'), async () => (saved.push('a'), true));
    registerUnsaved(Symbol('b'), async () => (saved.push('b'), true));
    expect(await saveAllUnsaved()).toBe(true);
    expect(saved).toEqual(['a', 'b']);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('stays dirty when a form refuses to save (invalid input) or its write fails', async () => {
    registerUnsaved(Symbol('ok'), async () => true);
    registerUnsaved(Symbol('invalid'), async () => false);
    registerUnsaved(Symbol('broken'), async () => {
      throw new Error('disk full');
    });
    expect(await saveAllUnsaved()).toBe(false);
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('forgets everything on discard', () => {
    registerUnsaved(Symbol('a'), async () => true);
    discardAllUnsaved();
    expect(hasUnsavedChanges()).toBe(false);
  });
});
