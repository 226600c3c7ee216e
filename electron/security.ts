// Electron's security checklist, applied to every page and session: no navigation, no new
// windows, no permissions, no request leaving the app's origin. External links (https and
// mailto only) go to the system browser, never into a window of ours.
import { app, shell, type Session, type WebContents } from 'electron';
import { SCHEME } from '../src/shell/scheme.js';

/** https with a host, or mailto; no credentials in the URL; nothing else is ever opened. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '';
  return false;
}

/** What to do with a navigation or window.open: always deny; maybe hand it to the OS. */
export interface Denial {
  openExternally: boolean;
}

export function decideNavigation(url: string): Denial {
  return { openExternally: isSafeExternalUrl(url) };
}

/** Requests a page may make: our scheme, inline data, and Chromium's own devtools. */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${SCHEME}://`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools://');
}

export type OpenExternal = (url: string) => void;

const openWithSystem: OpenExternal = (url) => {
  void shell.openExternal(url).catch((error: unknown) => console.error(`deck: could not open ${url}: ${String(error)}`));
};

function deny(url: string, openExternal: OpenExternal): void {
  if (decideNavigation(url).openExternally) openExternal(url);
}

/** Locks one page down. Main calls it for every WebContents ever created. */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal = openWithSystem): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    deny(event.url, openExternal);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => {
    deny(details.url, openExternal);
    return { action: 'deny' };
  });
}

/** Denies every permission and cancels every request that would leave the app. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

/** Installs the app-wide hooks; called once, before any window exists. */
export function installSecurity(session: Session, openExternal: OpenExternal = openWithSystem): void {
  hardenSession(session);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
}
