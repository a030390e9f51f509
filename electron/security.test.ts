import { describe, expect, it, vi } from 'vitest';
import {
  createTrustedUrlCheck,
  installSecurity,
  shouldAllowRequest,
  type PreventableEvent,
  type SecurityDeps,
  type WebContentsLike,
} from './security';

type Listener = (event: PreventableEvent, url: string) => void;

class FakeWebContents implements WebContentsLike {
  listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires an event like Electron would; returns whether some listener prevented it. */
  emit(event: string, url = ''): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) {
      listener({ preventDefault: () => (prevented = true) }, url);
    }
    return prevented;
  }
}

interface Registered {
  onCreated?: (contents: WebContentsLike) => void;
  permissionRequest?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
  permissionCheck?: (wc: unknown, permission: string) => boolean;
  beforeRequest?: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
}

function setup(devUrl: URL | null = null) {
  const registered: Registered = {};
  const openExternal = vi.fn();
  const deps: SecurityDeps = {
    onWebContentsCreated: (callback) => (registered.onCreated = callback),
    session: {
      setPermissionRequestHandler: (handler) => (registered.permissionRequest = handler),
      setPermissionCheckHandler: (handler) => (registered.permissionCheck = handler),
      webRequest: { onBeforeRequest: (listener) => (registered.beforeRequest = listener) },
    },
    isTrustedUrl: createTrustedUrlCheck(devUrl),
    openExternal,
    log: () => {},
  };
  installSecurity(deps);
  const { onCreated, permissionRequest, permissionCheck, beforeRequest } = registered;
  if (!onCreated || !permissionRequest || !permissionCheck || !beforeRequest) {
    throw new Error('installSecurity registrerede ikke alle handlere');
  }
  const contents = new FakeWebContents();
  onCreated(contents);
  return { contents, openExternal, permissionRequest, permissionCheck, beforeRequest };
}

describe('installSecurity', () => {
  it('lets the app navigate within its own origin', () => {
    const { contents } = setup();
    expect(contents.emit('will-navigate', 'app://barometerbrev/index.html#/breve')).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'app://barometerbrev.evil.com/',
    'app://barometerbrev@evil/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://127.0.0.1:5173/',
  ])('blocks navigation and redirects to %s', (url) => {
    const { contents } = setup();
    expect(contents.emit('will-navigate', url)).toBe(true);
    expect(contents.emit('will-redirect', url)).toBe(true);
  });

  it('allows the dev server origin only when it was configured', () => {
    const { contents } = setup(new URL('http://127.0.0.1:5173'));
    expect(contents.emit('will-navigate', 'http://127.0.0.1:5173/')).toBe(false);
    expect(contents.emit('will-navigate', 'http://127.0.0.1:9999/')).toBe(true);
  });

  it('refuses every <webview>', () => {
    const { contents } = setup();
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window and opens only https links in the system browser', async () => {
    const { contents, openExternal } = setup();
    const handler = contents.windowOpenHandler;
    if (!handler) throw new Error('ingen window-open handler');
    expect(handler({ url: 'https://www.kk.dk/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://barometerbrev/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://www.kk.dk/' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(openExternal.mock.calls).toEqual([['https://www.kk.dk/']]);
  });

  it('denies every permission request and check', () => {
    const { permissionRequest, permissionCheck } = setup();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      permissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(permissionCheck({}, permission)).toBe(false);
    }
  });

  it('cancels every network request that is not the app itself', () => {
    const { beforeRequest } = setup();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://barometerbrev/assets/app.js')).toBe(false);
    expect(decide('https://cdn.example/tracker.js')).toBe(true);
    expect(decide('http://169.254.169.254/latest/meta-data')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });
});

describe('shouldAllowRequest', () => {
  const production = createTrustedUrlCheck(null);
  const development = createTrustedUrlCheck(new URL('http://127.0.0.1:5173'));

  it('allows local schemes the page itself creates', () => {
    expect(shouldAllowRequest('data:image/png;base64,AAAA', production)).toBe(true);
    expect(shouldAllowRequest('blob:app://barometerbrev/1234', production)).toBe(true);
  });

  it('allows the dev server and its hot-reload socket only in development', () => {
    expect(shouldAllowRequest('ws://127.0.0.1:5173/', development)).toBe(true);
    expect(shouldAllowRequest('ws://127.0.0.1:5173/', production)).toBe(false);
    expect(shouldAllowRequest('ws://evil.example:5173/', development)).toBe(false);
    expect(shouldAllowRequest('wss://evil.example/', development)).toBe(false);
  });
});
