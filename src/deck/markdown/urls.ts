// What a URL written in a slide points at, judged the way a browser would read it:
// control characters and tabs/newlines inside the scheme are ignored by browsers
// (`jav&#x09;ascript:` runs), and `\\host` or `//host` go to the network.

export type UrlKind =
  /** Empty or only whitespace. */
  | 'empty'
  /** `#anchor` inside the page. */
  | 'anchor'
  /** A path inside the deck (`media/a.png`, `../x.png`, `/abs.png`). */
  | 'local'
  /** http(s), ftp, ws(s) or protocol-relative: a request to the network. */
  | 'remote'
  | 'mailto'
  /** `data:image/<png|jpeg|gif|webp|avif|svg+xml>;base64,<base64>` and nothing else (harmless inside <img> and backgrounds). */
  | 'data-image'
  /** javascript:, vbscript:, any data: URL but a well-formed base64 image, or any other scheme. */
  | 'unsafe';

const remoteSchemes = new Set(['http', 'https', 'ftp', 'ws', 'wss']);

/** The URL with what browsers strip before parsing removed (for judging only, never for output). */
function normalised(url: string): string {
  // A loop, not /[\0- ]+$/: that regex is quadratic on a long run of spaces inside the URL.
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  return url.slice(start, end).replace(/[\t\n\r]/g, '');
}

// Only this exact shape: reveal.js writes a data: background into `url(…)` as it is, so
// a `)` or quote, a comma-separated second URL or any parameter could smuggle a request.
const dataImage = /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}$/i;

/** A well-formed base64 data: image (the value as written, not normalised). */
export function isDataImage(url: string): boolean {
  return dataImage.test(url.trim());
}

export function classifyUrl(url: string): UrlKind {
  const u = normalised(url);
  if (u === '') return 'empty';
  if (u.startsWith('#')) return 'anchor';
  // `\\evil.example` and `/\evil.example` are protocol-relative to Chromium.
  if (/^[\\/]{2}/.test(u)) return 'remote';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(u)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // A colon before any slash would make a scheme; with none, it is a path.
    return 'local';
  }
  if (remoteSchemes.has(scheme)) return 'remote';
  if (scheme === 'mailto') return 'mailto';
  if (scheme === 'data' && isDataImage(u)) return 'data-image';
  return 'unsafe';
}

/** What to do about a URL classified 'unsafe' where a file is expected. */
export function unsafeUrlHint(url: string): string {
  return /^\s*data:/i.test(url)
    ? 'A data: URL is accepted only as data:image/<png|jpeg|gif|webp|avif|svg+xml>;base64,<base64 data>; better, save the picture in the deck folder and use its relative path.'
    : 'Use a relative path to a file in the deck folder.';
}
