// The one answer to a request for a file of a deck's site, whoever serves it: browser
// mode's HTTP server (src/serve/server.ts), the app's deck:// protocol
// (electron/protocol.ts) and the PDF export's print browser (src/export/playwright-renderer.ts).
// Each caller checks its own origin and prefix and hands over the rest of the path, still
// percent-encoded; here it is decoded, confined to the site, looked up, and answered with
// the same headers everywhere.
import { sitePaths } from '../contract.js';
import { contentSecurityPolicy } from '../html/page.js';
import { contentType } from '../content-type.js';

export type SiteContent = Uint8Array | string;

/** The site's files by path (forward slashes, no leading slash); a SiteFiles map is one. */
export interface SiteLookup {
  get(path: string): SiteContent | undefined;
}

export interface SiteRequest {
  method: string;
  /** The path below the site's root as it came in the URL: percent-encoded, without query or fragment. */
  path: string;
}

export interface SiteResponse {
  status: number;
  headers: Record<string, string>;
  /** null for HEAD and for answers without a body. */
  body: SiteContent | null;
}

/** Where the deck copies its images, audio, video and fonts (src/deck/assets.ts). */
const mediaFolder = 'media/';
/**
 * The page the presenter view shows in its preview frames (src/html/presenter.ts): the
 * one page that may be framed, and only by a page of the same origin.
 */
const framedPage = sitePaths.page;

export type SitePath = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Decodes a request path segment by segment. A segment that is `.` or `..` (plain or
 * percent-encoded), or holds a slash, backslash or NUL once decoded, is refused rather
 * than normalised, so no request can name a file outside the site whatever its caller
 * did before. A folder (empty path, trailing slash) means its index.html.
 */
export function decodeSitePath(rawPath: string): SitePath {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return { ok: false, reason: 'path escapes the site' };
    segments.push(segment);
  }
  const last = segments.at(-1) ?? '';
  const path = segments.filter((segment) => segment !== '').join('/');
  return { ok: true, path: path === '' ? sitePaths.page : last === '' ? `${path}/${sitePaths.page}` : path };
}

/**
 * Headers of every answer for `path`, errors included. A deck's media are served so
 * nothing in them can run or be taken for something else: a crafted SVG or HTML file
 * opened on its own gets a sandboxed, script-less document with no origin. Pages may not
 * be framed by another origin (another server on 127.0.0.1 included); `found` false (an
 * error answer) may not be framed at all.
 */
export function siteHeaders(path: string, found = true): Record<string, string> {
  const media = path.startsWith(mediaFolder);
  const framing = found && path === framedPage ? { ancestors: "'self'", xfo: 'SAMEORIGIN' } : { ancestors: "'none'", xfo: 'DENY' };
  return {
    'Content-Security-Policy': media ? "sandbox; default-src 'none'; frame-ancestors 'none'" : `${contentSecurityPolicy}; frame-ancestors ${framing.ancestors}`,
    'X-Frame-Options': media ? 'DENY' : framing.xfo,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    // Live reload swaps the site in memory; a cached copy would show the old deck.
    'Cache-Control': 'no-store',
  };
}

function text(status: number, message: string, path: string, method: string, extra: Record<string, string> = {}): SiteResponse {
  return { status, headers: { ...siteHeaders(path, false), 'Content-Type': 'text/plain; charset=utf-8', ...extra }, body: method === 'HEAD' ? null : `${message}\n` };
}

/** A short text answer to a request refused before it reached a site (e.g. by a server's access check). */
export function refusal(status: number, message: string, extra: Record<string, string> = {}): SiteResponse {
  return text(status, message, '', 'GET', extra);
}

/** Answers one request for a file of `site`. Read-only: GET and HEAD, nothing else. */
export function answerSiteRequest(site: SiteLookup, request: SiteRequest): SiteResponse {
  const decoded = decodeSitePath(request.path.replace(/^\/+/, ''));
  const path = decoded.ok ? decoded.path : '';
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed', path, request.method, { Allow: 'GET, HEAD' });
  if (!decoded.ok) return text(403, `Refused: ${decoded.reason}`, path, request.method);
  const content = site.get(path);
  if (content === undefined) return text(404, `${path} is not in the deck`, path, request.method);
  const length = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return {
    status: 200,
    headers: { ...siteHeaders(path), 'Content-Type': contentType(path), 'Content-Length': String(length) },
    body: request.method === 'HEAD' ? null : content,
  };
}
