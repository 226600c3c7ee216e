// The offline build's promise is that nothing is fetched from the network. This finds
// every http(s) URL in the site that could be: anywhere in the app's own files (CSS,
// scripts), and in any attribute of the page, deck.json and SVG images. Text the author
// wrote on a slide ("see https://…") is text, not a request, and is allowed.
import type { SiteFiles } from '../site/site.js';

export interface RemoteUrl {
  path: string;
  url: string;
}

const urlPattern = /https?:\/\/[^\s"'<>)\\]*/gi;

// XML namespace names look like URLs but are identifiers that nothing ever fetches;
// an SVG file needs its xmlns to be drawn at all.
const namespaceNames = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/1998/Math/MathML',
]);

const textTypes = /\.(html?|css|m?js|json|svg|txt|xml)$/i;
const markupTypes = /\.(html?|json|svg)$/i;

function urlsIn(text: string): string[] {
  return [...text.matchAll(urlPattern)].map((m) => m[0]).filter((url) => !namespaceNames.has(url));
}

/** Markup: URLs inside tags (attributes) only, and not in xmlns declarations. */
function urlsInTags(text: string): string[] {
  const found: string[] = [];
  for (const tag of text.matchAll(/<[^>]*>/g)) {
    const withoutNamespaces = tag[0].replace(/\sxmlns(:[\w-]+)?\s*=\s*(\\?"[^"\\]*\\?"|'[^']*')/g, '');
    found.push(...urlsIn(withoutNamespaces));
  }
  return found;
}

/** Cheap first pass: most files hold no URL at all once namespace names are set aside. */
function mayHoldUrl(text: string): boolean {
  let rest = text;
  for (const name of namespaceNames) rest = rest.replaceAll(name, '');
  return /https?:\/\//i.test(rest);
}

export function findRemoteUrls(files: SiteFiles): RemoteUrl[] {
  const found: RemoteUrl[] = [];
  for (const [path, content] of files) {
    if (!textTypes.test(path)) continue;
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    if (!mayHoldUrl(text)) continue;
    // A <script> holds the runtime settings as JSON: treat it like the app's own files.
    const scripts = markupTypes.test(path) ? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!) : [];
    const urls = markupTypes.test(path) ? [...urlsInTags(text), ...scripts.flatMap(urlsIn)] : urlsIn(text);
    for (const url of new Set(urls)) found.push({ path, url });
  }
  return found;
}
