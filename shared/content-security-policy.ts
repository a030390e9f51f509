/**
 * The app's one Content-Security-Policy: no remote origins, no inline scripts. The Electron shell sends it as a
 * header on every app:// response; the production build also carries it in a <meta> tag, so browser mode is as
 * strict. Inline styles are allowed because React and the editor set element styles.
 */
const SHARED_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** As an HTTP header (the shell's protocol handler). */
export const CONTENT_SECURITY_POLICY = [...SHARED_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** As a <meta> tag: browsers ignore frame-ancestors there and warn about it, so it is left out. */
export const CONTENT_SECURITY_POLICY_META = SHARED_DIRECTIVES.join('; ');
