// Navigation, new windows, webviews, permissions and network access, decided in one place and applied to
// every webContents the app ever creates. Electron's APIs come in as parameters so tests can pass fakes.
import { isSafeExternalUrl, parseUrl } from './app-url';

export { isAppUrl, isSafeExternalUrl, createTrustedUrlCheck, resolveDevServerUrl } from './app-url';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

export interface SecurityDeps {
  /** Registers the callback for every webContents created from now on (app 'web-contents-created'). */
  onWebContentsCreated(callback: (contents: WebContentsLike) => void): void;
  session: SessionLike;
  isTrustedUrl(url: unknown): boolean;
  openExternal(url: string): void;
  log(message: string): void;
}

/** Navigation is allowed only within our own renderer; everything else is blocked. */
export function shouldAllowNavigation(url: string, isTrustedUrl: (url: unknown) => boolean): boolean {
  return isTrustedUrl(url);
}

// Schemes the renderer itself needs: generated images and workers (blob:, data:) and the devtools UI.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * The network gate: a request may only go to the app's own origin (or the dev server in development) or to a
 * local scheme. No remote content is ever loaded, even if a bug or an injected tag asks for it.
 */
export function shouldAllowRequest(url: string, isTrustedUrl: (url: unknown) => boolean): boolean {
  if (isTrustedUrl(url)) return true;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  // Vite's hot reload talks over a websocket to the dev server's host and port.
  if (parsed.protocol === 'ws:') {
    return isTrustedUrl(`http://${parsed.host}/`);
  }
  return false;
}

/** Applies the rules to one webContents. Exported so tests (and main, for the first window) can call it. */
export function secureWebContents(contents: WebContentsLike, deps: SecurityDeps): void {
  const block = (kind: string) => (event: PreventableEvent, url: string) => {
    if (shouldAllowNavigation(url, deps.isTrustedUrl)) return;
    event.preventDefault();
    deps.log(`Blokeret ${kind} til ${url}`);
  };
  contents.on('will-navigate', block('navigation'));
  contents.on('will-redirect', block('omdirigering'));

  // webviewTag is off; this also refuses one should a future option turn it on by mistake.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('Blokeret <webview>');
  });

  // The app has exactly one window. Deny every new one; an https link the user clicked opens in the
  // system browser instead, where it has no access to the app's data.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      setImmediate(() => deps.openExternal(url));
    } else {
      deps.log(`Blokeret nyt vindue til ${url}`);
    }
    return { action: 'deny' };
  });
}

export function installSecurity(deps: SecurityDeps): void {
  // The app needs no camera, microphone, notifications, geolocation, clipboard reading or anything else.
  deps.session.setPermissionRequestHandler((_contents, permission, callback) => {
    deps.log(`Afvist tilladelse: ${permission}`);
    callback(false);
  });
  deps.session.setPermissionCheckHandler(() => false);

  deps.session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = shouldAllowRequest(details.url, deps.isTrustedUrl);
    if (!allowed) deps.log(`Blokeret netværksforespørgsel til ${details.url}`);
    callback({ cancel: !allowed });
  });

  deps.onWebContentsCreated((contents) => secureWebContents(contents, deps));
}
