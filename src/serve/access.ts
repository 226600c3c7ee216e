// Who may talk to `deck serve`: the server listens on 127.0.0.1 only, but any web page
// the user visits can make their browser send requests there, so two checks apply.
//  - Host header: only 127.0.0.1:<port> or localhost:<port>. A DNS-rebinding page
//    (evil.example resolving to 127.0.0.1) sends its own name and is refused with 421.
//  - Token: a random secret printed in the URL. The first request carrying ?token=…
//    gets it as an HttpOnly SameSite=Strict cookie, so the page's relative URLs (scripts,
//    fonts, deck.json, the presenter) work without it; anything else is refused with 403.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface AccessPolicy {
  token: string;
  port: number;
}

export interface RequestFacts {
  host: string | undefined;
  /** Path and query, as in IncomingMessage.url. */
  url: string;
  cookie: string | undefined;
}

export type Access =
  | { allowed: true; setCookie: string | null }
  | { allowed: false; status: 403 | 421; reason: string };

export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

export function cookieName(port: number): string {
  // Cookies ignore the port: a name per port keeps two servers from evicting each other's.
  return `deck-token-${port}`;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function checkAccess(request: RequestFacts, policy: AccessPolicy): Access {
  const allowedHosts = [`127.0.0.1:${policy.port}`, `localhost:${policy.port}`];
  if (!request.host || !allowedHosts.includes(request.host.toLowerCase())) {
    return { allowed: false, status: 421, reason: `This server answers only to ${allowedHosts.join(' or ')}.` };
  }
  const queryToken = new URL(request.url, 'http://127.0.0.1').searchParams.get('token');
  const name = cookieName(policy.port);
  if (queryToken !== null && same(queryToken, policy.token)) {
    const cookie = cookieValue(request.cookie, name);
    const fresh = cookie === null || !same(cookie, policy.token);
    return { allowed: true, setCookie: fresh ? `${name}=${policy.token}; HttpOnly; SameSite=Strict; Path=/` : null };
  }
  const cookie = cookieValue(request.cookie, name);
  if (cookie !== null && same(cookie, policy.token)) return { allowed: true, setCookie: null };
  return { allowed: false, status: 403, reason: 'Open the URL that `deck serve` printed: it carries the access token.' };
}
