import { describe, expect, it } from 'vitest';
import { shortcutCommand } from './shortcuts';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('browser-mode shortcuts', () => {
  it('maps Ctrl/Cmd+S, O and E to the menu commands', () => {
    expect(shortcutCommand(key('s'))).toBe('save');
    expect(shortcutCommand(key('S'))).toBe('save');
    expect(shortcutCommand(key('o'))).toBe('import-data');
    expect(shortcutCommand(key('e', { ctrlKey: false, metaKey: true }))).toBe('export-docx');
  });

  it('leaves other keys and plain typing alone', () => {
    expect(shortcutCommand(key('s', { ctrlKey: false }))).toBeNull();
    expect(shortcutCommand(key('z'))).toBeNull();
    expect(shortcutCommand(key('s', { shiftKey: true }))).toBeNull();
    expect(shortcutCommand(key('s', { altKey: true }))).toBeNull();
  });
});
