import type { MenuCommand } from '../../shared/platform-api';

/** Browser mode has no menu bar: the same shortcuts as the desktop menu, where the browser lets a page have them. */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  switch (event.key.toLowerCase()) {
    case 's':
      return 'save';
    case 'o':
      return 'import-data';
    case 'e':
      return 'export-docx';
    default:
      return null;
  }
}
