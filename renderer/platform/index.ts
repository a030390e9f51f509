// Picks the platform once: the desktop shell when its preload API is present, the browser otherwise.
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './platform';

export type * from './platform';

export function detectPlatform(target: Pick<Window, 'barometerbrev'> = window): Platform {
  return target.barometerbrev ? createDesktopPlatform(target.barometerbrev) : createBrowserPlatform();
}

let current: Platform | null = null;

/** The platform for this page, chosen on first use (so importing this module never touches window). */
export function getPlatform(): Platform {
  current ??= detectPlatform();
  return current;
}
