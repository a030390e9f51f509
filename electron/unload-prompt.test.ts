import { describe, expect, it } from 'vitest';
import { UNSAVED_CLOSE_PROMPT, userChoosesToCloseAnyway } from './unload-prompt';

describe('closing with unsaved changes', () => {
  it('asks in Danish, with staying as the safe default', () => {
    expect(UNSAVED_CLOSE_PROMPT.buttons).toEqual(['Bliv her', 'Luk uden at gemme']);
    expect(UNSAVED_CLOSE_PROMPT.defaultId).toBe(0);
    expect(UNSAVED_CLOSE_PROMPT.cancelId).toBe(0);
  });

  it('closes only when the user picks "Luk uden at gemme"', () => {
    expect(userChoosesToCloseAnyway(() => 1)).toBe(true);
    expect(userChoosesToCloseAnyway(() => 0)).toBe(false);
  });
});
