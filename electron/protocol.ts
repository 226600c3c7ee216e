// The deck:// scheme: serves the in-memory site (src/site) to the app's windows. It is
// registered as standard + secure so pages get a real origin (deck://app), same-origin
// fetch and BroadcastChannel work, and nothing ever needs file://.
import { protocol, type Session } from 'electron';
import { answerSiteRequest, refusal, type SiteLookup } from '../src/site/request.js';
import { HOST, SCHEME } from '../src/shell/scheme.js';

/** Must run before app 'ready' (Electron's rule for privileged schemes). */
export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Where a deck:// URL points in the site: only deck://app/… is served, the rest of the
 * path goes to the site's request handler, which decodes and confines it.
 */
export function sitePathOf(url: string): { ok: true; path: string } | { ok: false; reason: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${SCHEME}:`) return { ok: false, reason: `scheme ${parsed.protocol} is not served` };
  if (parsed.hostname !== HOST || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: `host ${parsed.host} is not served` };
  }
  // Browsers normalise `..` before the handler sees the URL; the raw text is what is
  // handed on, because a handler must not rely on its caller.
  return { ok: true, path: url.replace(/^[^:]*:\/\/[^/?#]*/, '').split(/[?#]/, 1)[0] ?? '' };
}

/**
 * The request handler, independent of Electron. It looks every request up in `site`
 * afresh, so swapping the site (live reload, another deck) takes effect at once.
 */
export function createSiteHandler(site: SiteLookup): (request: Request) => Response {
  return (request) => {
    const where = sitePathOf(request.url);
    const answer = where.ok
      ? answerSiteRequest(site, { method: request.method, path: where.path })
      : refusal(403, `Refused: ${where.reason}`);
    const body = answer.body === null || typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: answer.headers });
  };
}

/** Serves the site on `session` (the default session of the app's windows). */
export function serveSite(session: Session, site: SiteLookup): void {
  const handler = createSiteHandler(site);
  session.protocol.handle(SCHEME, (request) => handler(request));
}
