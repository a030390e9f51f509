// Serves the built renderer (dist/renderer/) under app://barometerbrev/. A custom privileged scheme instead of
// file:// gives the page a real, fixed origin (so IndexedDB survives restarts), a CSP response header and no
// access to the rest of the disk. Path resolution is a pure function so hostile paths can be tested directly.
import path from 'node:path';
import { isAppUrl, parseUrl, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

export { CONTENT_SECURITY_POLICY };

/** Must be registered before the app's 'ready' event (protocol.registerSchemesAsPrivileged). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

// Only files of these types are served; anything else is a 404 even if it exists in the build.
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type AppRequestResolution = { filePath: string; mime: string } | { status: 403 | 404 };

const REFUSED = { status: 403 } as const;
const NOT_FOUND = { status: 404 } as const;

/** Maps an app:// URL to a file inside rootDir, or refuses it. Never touches the disk. */
export function resolveAppRequest(url: string, rootDir: string): AppRequestResolution {
  const parsed = parseUrl(url);
  if (!parsed || !isAppUrl(url)) return REFUSED;
  return resolveBuildPath(parsed.pathname, rootDir);
}

/**
 * Maps a URL path (still percent-encoded, e.g. "/assets/index.js") to a file inside rootDir, or refuses it. Shared
 * by the app:// handler and browser mode's static server, so both serve exactly the same files.
 */
export function resolveBuildPath(rawPath: string, rootDir: string): AppRequestResolution {
  // Backslashes are separators on Windows; an encoded one (%5C) must not sneak past as a file name character.
  if (rawPath.includes('\\') || /%5c/i.test(rawPath)) return REFUSED;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return REFUSED;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return REFUSED;

  const segments = decoded.split('/').filter((segment) => segment !== '');
  // '..' can only appear here after decoding (e.g. '..%2f'), which is exactly the attack to refuse.
  // ':' is refused because on Windows it names drives and alternate data streams.
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':')))
    return REFUSED;
  if (segments.some((segment) => segment.startsWith('.'))) return NOT_FOUND;
  if (segments.length === 0) segments.push('index.html');
  else if (decoded.endsWith('/')) return NOT_FOUND;

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return REFUSED;

  const mime = MIME_TYPES[path.extname(filePath).toLowerCase()];
  if (!mime) return NOT_FOUND;
  return { filePath, mime };
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

const STATUS_TEXT: Record<number, string> = {
  403: 'Adgang nægtet',
  404: 'Findes ikke',
  405: 'Metoden er ikke tilladt',
  500: 'Intern fejl',
};

function errorResponse(status: number): Response {
  return new Response(STATUS_TEXT[status] ?? 'Fejl', {
    status,
    headers: securityHeaders('text/plain; charset=utf-8'),
  });
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/** The protocol.handle handler: GET/HEAD only, files from rootDir, every response with the CSP header. */
export function createAppRequestHandler(
  rootDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolution = resolveAppRequest(request.url, rootDir);
    if ('status' in resolution) return errorResponse(resolution.status);
    try {
      const body = await readFile(resolution.filePath);
      // Copied into a plain ArrayBuffer-backed view, which is what Response accepts (a Buffer may be pooled).
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: securityHeaders(resolution.mime),
      });
    } catch (error) {
      return errorResponse(isMissingFileError(error) ? 404 : 500);
    }
  };
}

export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

export function registerAppProtocol(
  protocol: ProtocolLike,
  rootDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, readFile));
}
