// Which URLs belong to the app. Every decision parses with `new URL` and compares parts exactly, because
// string tests such as startsWith('app://barometerbrev') accept 'app://barometerbrev.evil.com/'.

export const APP_SCHEME = 'app';
export const APP_HOST = 'barometerbrev';
/** The renderer's fixed origin: it never changes, so IndexedDB (the user's letters) survives restarts. */
export const APP_ROOT_URL = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_ENTRY_URL = `${APP_ROOT_URL}index.html`;

export function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://barometerbrev/… with no user info and no port. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // Node keeps the host of non-special schemes as written (Chromium lowercases it): compare case-insensitively.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The Vite dev server URL, honoured only in an unpackaged build and only on this machine's loopback
 * address: a packaged app never loads anything but app://.
 */
export function resolveDevServerUrl(rawUrl: string | undefined, isPackaged: boolean): URL | null {
  if (isPackaged || !rawUrl) return null;
  const parsed = parseUrl(rawUrl);
  if (!parsed || parsed.protocol !== 'http:') return null;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed;
}

/** Builds the one test for "this URL is our own renderer": the app origin, plus the dev origin if given. */
export function createTrustedUrlCheck(devServerUrl: URL | null): (url: unknown) => boolean {
  const devOrigin = devServerUrl?.origin ?? null;
  return (url) => {
    if (isAppUrl(url)) return true;
    if (devOrigin === null) return false;
    const parsed = parseUrl(url);
    return parsed !== null && parsed.origin === devOrigin && parsed.username === '' && parsed.password === '';
  };
}

/** A single plain address: "navn@kk.dk", no second recipient, no header tricks. */
const MAIL_ADDRESS = /^[^\s@,;?&%]+@[^\s@,;?&%]+$/;

/**
 * Links the user may open outside the app: https in the system browser (no embedded credentials), and mailto: to
 * one plain address in the mail program (the letters' contact block links the sender's e-mail).
 */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'mailto:') return parsed.search === '' && MAIL_ADDRESS.test(parsed.pathname);
  return (
    parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  );
}
