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
  | { screen: 'settings' };

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
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
