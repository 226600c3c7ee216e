// The deck:// scheme: serves the in-memory site (src/site) to the app's windows. It is
// registered as standard + secure so pages get a real origin (deck://app), same-origin
// fetch and BroadcastChannel work, and nothing ever needs file://.
import { protocol, type Session } from 'electron';
import { contentSecurityPolicy } from '../src/html/page.js';
import { contentType } from '../src/content-type.js';
import { HOST, SCHEME } from './scheme.js';
import type { SiteLookup } from './site-mounts.js';

export type Resolution = { status: 200; path: string } | { status: 403 | 404; reason: string };

/** Must run before app 'ready' (Electron's rule for privileged schemes). */
export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Maps a request URL to a path in the site. Only deck://app/… is served; a path segment
 * that is `.`/`..` (plain or percent-encoded), holds a slash or backslash once decoded, or
 * a NUL, is refused rather than normalised, so no request can name a file outside the site.
 */
export function resolveRequest(url: string, exists: (sitePath: string) => boolean): Resolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 403, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${SCHEME}:`) return { status: 403, reason: `scheme ${parsed.protocol} is not served` };
  if (parsed.hostname !== HOST || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') {
    return { status: 403, reason: `host ${parsed.host} is not served` };
  }
  // Browsers normalise `..` before the handler sees the URL; this re-checks the raw text
  // because a handler must not rely on its caller.
  const rawPath = url.replace(/^[^:]*:\/\/[^/?#]*/, '').split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 403, reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return { status: 403, reason: 'path escapes the site' };
    segments.push(segment);
  }
  const path = segments.filter((s, i) => s !== '' || i === segments.length - 1).join('/');
  const sitePath = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return exists(sitePath) ? { status: 200, path: sitePath } : { status: 404, reason: `${sitePath} is not in the deck` };
}


/** Headers on every response, errors included: the CSP is sent as a header as well as in the page. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // Live reload swaps the site in memory; a cached copy would show the old deck.
    'Cache-Control': 'no-store',
  };
}

/**
 * The request handler, independent of Electron. It looks every request up in `site`
 * afresh, so swapping the site (live reload, another deck) takes effect at once.
 */
export function createSiteHandler(site: SiteLookup): (request: Request) => Response {
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers: securityHeaders() });
    }
    const resolution = resolveRequest(request.url, (p) => site.has(p));
    if (resolution.status !== 200) {
      return new Response(resolution.reason, { status: resolution.status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    const content = site.get(resolution.path)!;
    const body = request.method === 'HEAD' ? null : typeof content === 'string' ? content : new Uint8Array(content);
    return new Response(body, { status: 200, headers: { ...securityHeaders(), 'Content-Type': contentType(resolution.path) } });
  };
}

/** Serves the site on `session` (the default session of the app's windows). */
export function serveSite(session: Session, site: SiteLookup): void {
  const handler = createSiteHandler(site);
  session.protocol.handle(SCHEME, (request) => handler(request));
}
