// The app's own origin. Every page the shell shows comes from here; nothing else is ever
// loaded into a window (no file://, no remote URL).
export const SCHEME = 'deck';
export const HOST = 'app';
export const ORIGIN = `${SCHEME}://${HOST}`;

/** URL of a site file, e.g. pageUrl('index.html') → deck://app/index.html. */
export function pageUrl(sitePath: string, hash = ''): string {
  return `${ORIGIN}/${sitePath}${hash}`;
}

/** True when `url` is on our origin exactly (scheme and host; no credentials, no port). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${SCHEME}:` && parsed.hostname === HOST && parsed.port === '' && parsed.username === '' && parsed.password === '';
}
