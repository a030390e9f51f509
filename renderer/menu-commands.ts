import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../shared/platform-api';

/**
 * Menu commands (Electron's menu, or keyboard shortcuts in browser mode) reach screens as DOM events, so a screen
 * handles only the commands it understands. A command that arrives while its screen is still loading is kept
 * until the screen mounts: "Importér data …" from the overview must still open the file dialog on the Data screen.
 */
const EVENT_NAME = 'barometerbrev:menu-command';
let pending: MenuCommand | null = null;

export function dispatchMenuCommand(command: MenuCommand): void {
  const event = new CustomEvent<MenuCommand>(EVENT_NAME, { detail: command, cancelable: true });
  // A handler calls preventDefault() to say it took the command.
  const unhandled = window.dispatchEvent(event);
  pending = unhandled ? command : null;
}

export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (pending === command) {
      pending = null;
      latest.current();
    }
    const listener = (event: Event): void => {
      if ((event as CustomEvent<MenuCommand>).detail !== command) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener(EVENT_NAME, listener);
    return () => window.removeEventListener(EVENT_NAME, listener);
  }, [command]);
}
