// Who may talk to `deck serve`: the server listens on 127.0.0.1 only, but any web page
// the user visits can make their browser send requests there, so two checks apply.
//  - Host header: only 127.0.0.1:<port> or localhost:<port>. A DNS-rebinding page
//    (evil.example resolving to 127.0.0.1) sends its own name and is refused with 421.
//  - Secret: the site lives under a random first path segment printed in the URL
//    (http://127.0.0.1:PORT/<secret>/). The page's relative URLs (scripts, fonts,
//    deck.json, the presenter, the event stream) carry it by themselves, and unlike a
//    cookie, which the browser sends to every port of 127.0.0.1, no other local server
//    ever sees it. Anything outside it is refused with 403.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface AccessPolicy {
  secret: string;
  port: number;
}

export interface RequestFacts {
  host: string | undefined;
  /** Path and query, as in IncomingMessage.url. */
  url: string;
}

export type Access =
  /** `path`: the rest of the path below the secret, still percent-encoded, without the query. */
  | { allowed: true; path: string }
  /** The secret without its trailing slash: the page's relative URLs need the slash. */
  | { allowed: 'redirect'; location: string }
  | { allowed: false; status: 403 | 421; reason: string };

/** 24 URL-safe characters, 144 random bits. */
export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function checkAccess(request: RequestFacts, policy: AccessPolicy): Access {
  const allowedHosts = [`127.0.0.1:${policy.port}`, `localhost:${policy.port}`];
  if (!request.host || !allowedHosts.includes(request.host.toLowerCase())) {
    return { allowed: false, status: 421, reason: `This server answers only to ${allowedHosts.join(' or ')}.` };
  }
  const [pathname = '', query] = request.url.split(/\?(.*)/s, 2);
  const slash = pathname.indexOf('/', 1);
  const first = pathname.slice(1, slash < 0 ? undefined : slash);
  if (pathname.startsWith('/') && same(first, policy.secret)) {
    if (slash < 0) return { allowed: 'redirect', location: `/${policy.secret}/${query === undefined ? '' : `?${query}`}` };
    return { allowed: true, path: pathname.slice(slash + 1) };
  }
  return { allowed: false, status: 403, reason: 'Open the URL that `deck serve` printed: the deck is served under the secret folder it names.' };
}
