import { EventEmitter } from 'node:events';
import { describe, expect, test, vi } from 'vitest';

const appEvents = new EventEmitter();
vi.mock('electron', () => ({
  app: { on: (name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener) },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
}));

const { shell } = await import('electron');
const { decideNavigation, hardenSession, hardenWebContents, installSecurity, isAllowedRequest, isSafeExternalUrl } = await import('../../electron/security.js');

describe('external links', () => {
  test.each(['https://work.weixin.qq.com/', 'mailto:someone@example.com'])('%s opens in the system browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  test.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'deck://app/index.html',
    'smb://server/share',
    'https://user:pw@example.com/',
    'https://',
    'mailto:',
    'data:text/html,<script>1</script>',
    'not a url',
  ])('%s is never opened', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

test('only our scheme and inline data may be requested', () => {
  expect(isAllowedRequest('deck://app/index.html')).toBe(true);
  expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/', 'file:///etc/hosts', 'ws://x/']) expect(isAllowedRequest(url)).toBe(false);
});

/** A WebContents stand-in that records its handlers. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: (...args: unknown[]) => void) => emitter.on(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    navigate(name: string, url: string) {
      const event = { url, preventDefault: vi.fn() };
      emitter.emit(name, event);
      return event;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('a hardened page', () => {
  test('navigation is always denied; https links go to the system browser instead', () => {
    const contents = fakeContents();
    const opened: string[] = [];
    hardenWebContents(contents as never, (url) => opened.push(url));
    expect(contents.navigate('will-navigate', 'https://example.com/').preventDefault).toHaveBeenCalled();
    expect(contents.navigate('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalled();
    expect(contents.navigate('will-navigate', 'deck://app/other.html').preventDefault).toHaveBeenCalled();
    expect(contents.navigate('will-redirect', 'https://example.com/').preventDefault).toHaveBeenCalled();
    expect(contents.navigate('will-attach-webview', 'deck://app/').preventDefault).toHaveBeenCalled();
    expect(opened).toEqual(['https://example.com/']);
  });

  test('window.open is denied; mailto goes to the system, javascript: goes nowhere', () => {
    const contents = fakeContents();
    const opened: string[] = [];
    hardenWebContents(contents as never, (url) => opened.push(url));
    expect(contents.open('mailto:a@b.c')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(contents.open('deck://app/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['mailto:a@b.c']);
  });

  test('decideNavigation never allows, only hands safe links out', () => {
    expect(decideNavigation('https://a.example/')).toEqual({ openExternally: true });
    expect(decideNavigation('http://a.example/')).toEqual({ openExternally: false });
  });

  test('every web contents created gets the hardening, with shell.openExternal by default', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } };
    installSecurity(session as never);
    const contents = fakeContents();
    appEvents.emit('web-contents-created', {}, contents);
    contents.navigate('will-navigate', 'https://example.com/page');
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/page');
  });
});

test('the session denies every permission and cancels requests that leave the app', () => {
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } };
  hardenSession(session as never);
  const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (granted: boolean) => void) => void;
  for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'clipboard-read']) {
    const callback = vi.fn();
    request({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  }
  const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
  expect(check({}, 'media', 'deck://app', {})).toBe(false);
  const devices = session.setDevicePermissionHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
  expect(devices({})).toBe(false);
  const beforeRequest = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
  const decisions: boolean[] = [];
  beforeRequest({ url: 'https://cdn.example/x.js' }, (r) => decisions.push(r.cancel));
  beforeRequest({ url: 'deck://app/app/deck.js' }, (r) => decisions.push(r.cancel));
  expect(decisions).toEqual([true, false]);
});
