import { useSyncExternalStore } from 'react';

/** The app's screens. Hash routing keeps every screen on the one stable origin (no server routes needed). */
export type Route =
  | { screen: 'overview' }
  | { screen: 'area'; areaId: string }
  | { screen: 'data' }
  | { screen: 'letters' }
  | { screen: 'new-letter' }
  | { screen: 'editor'; letterId: string }
  | { screen: 'batch' }
  | { screen: 'settings' }
  /** The reviewer's screen: a review copy opened from a file (nothing stored). */
  | { screen: 'review' };

export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A mistyped or truncated link (e.g. "%E0") must not take the whole app down: show the overview.
    return { screen: 'overview' };
  }
  const [first, second] = parts;
  switch (first) {
    case undefined:
    case 'oversigt':
      return { screen: 'overview' };
    case 'omraade':
      return second ? { screen: 'area', areaId: second } : { screen: 'overview' };
    case 'data':
      return { screen: 'data' };
    case 'breve':
      if (second === 'ny') return { screen: 'new-letter' };
      return second ? { screen: 'editor', letterId: second } : { screen: 'letters' };
    case 'alle-udvalg':
      return { screen: 'batch' };
    case 'indstillinger':
      return { screen: 'settings' };
    case 'gennemsyn':
      return { screen: 'review' };
    default:
      return { screen: 'overview' };
  }
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'overview':
      return '#/oversigt';
    case 'area':
      return `#/omraade/${encodeURIComponent(route.areaId)}`;
    case 'data':
      return '#/data';
    case 'letters':
      return '#/breve';
    case 'new-letter':
      return '#/breve/ny';
    case 'editor':
      return `#/breve/${encodeURIComponent(route.letterId)}`;
    case 'batch':
      return '#/alle-udvalg';
    case 'settings':
      return '#/indstillinger';
    case 'review':
      return '#/gennemsyn';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** Decides whether the app may move to `targetHash`; false keeps the current screen (e.g. unsaved edits). */
export type NavigationGuard = (targetHash: string) => boolean;

let guard: NavigationGuard | null = null;
let acceptedHash = typeof window === 'undefined' ? '' : window.location.hash;
let bypassOnce = false;
const listeners = new Set<() => void>();

export function setNavigationGuard(next: NavigationGuard | null): void {
  guard = next;
}

/** Navigates past the guard (after "Gem og fortsæt" / "Kassér ændringer"). */
export function navigateUnguarded(hash: string): void {
  if (hash === window.location.hash) return;
  bypassOnce = true;
  window.location.hash = hash;
}

/**
 * Every hash change (nav link, card link, navigate(), back button) passes the guard before any screen sees it.
 * Installed when the module loads, so it runs before React's own listeners: a blocked change never renders.
 */
export function handleHashChange(): void {
  const target = window.location.hash;
  if (target === acceptedHash) return;
  const allowed = bypassOnce || guard === null || guard(target);
  bypassOnce = false;
  if (!allowed) {
    // Put the address back without another hashchange; the screen (and its form) stays as it was. A new entry
    // (link, navigate()) is overwritten; an entry reached with Back/Forward is kept and the address pushed on top,
    // or the next Back would skip the screen the user came from.
    const restored = acceptedHash || window.location.pathname;
    if (isStampedEntry()) window.history.pushState(null, '', restored);
    else window.history.replaceState(window.history.state, '', restored);
    stampEntry();
    return;
  }
  acceptedHash = target;
  stampEntry();
  listeners.forEach((listener) => listener());
}

/** Entries the app has accepted carry a mark, so the guard can tell Back/Forward from a new navigation. */
const ENTRY_MARK = 'barometerbrevEntry';

function isStampedEntry(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && ENTRY_MARK in state;
}

function stampEntry(): void {
  if (isStampedEntry()) return;
  const state: unknown = window.history.state;
  window.history.replaceState({ ...(typeof state === 'object' ? state : {}), [ENTRY_MARK]: true }, '');
}

if (typeof window !== 'undefined') {
  stampEntry();
  window.addEventListener('hashchange', handleHashChange);
}

function subscribe(callback: () => void): () => void {
  listeners.add(callback);
  return () => listeners.delete(callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => acceptedHash);
  return parseRoute(hash);
}
