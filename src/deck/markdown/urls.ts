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
  /** `data:image/...` (harmless inside <img>). */
  | 'data-image'
  /** javascript:, vbscript:, data: other than images, or any other scheme. */
  | 'unsafe';

const remoteSchemes = new Set(['http', 'https', 'ftp', 'ws', 'wss']);

/** The URL with what browsers strip before parsing removed (for judging only, never for output). */
function normalised(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
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
  if (scheme === 'data' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(u)) return 'data-image';
  return 'unsafe';
}

/** CSS that could load something or run script: url(), image-set(), @import, expression(). */
export function cssLoadsSomething(css: string): boolean {
  const flat = css.replace(/\\[0-9a-fA-F]{1,6}\s?|\\/g, (m) => (m === '\\' ? '' : String.fromCodePoint(parseInt(m.slice(1), 16))))
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .toLowerCase();
  return /url\s*\(|image-set\s*\(|image\s*\(|@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding/.test(flat);
}
