// Deck → one self-contained HTML file, to mail or put on a stick: the deck's site (the
// offline build's, fonts cut to the characters used) folded into its page. Stylesheets
// become <style>, the runtime an inline <script>, and every file they or the slides load
// (fonts, KaTeX's fonts, images, video) a data: URL, found with the one definition of what
// a page loads (src/deck/loads.ts). It opens from disk or a mail attachment with no
// network and presents as the built folder does; the presenter view, a page of its own,
// is left out (S says so). The result is checked like a build: nothing remote, nothing
// missing.
import { createHash } from 'node:crypto';
import { assertOffline, assertSelfContained } from '../build/offline.js';
import { sitePaths } from '../contract.js';
import { contentType } from '../content-type.js';
import { cssLoads, htmlLoads } from '../deck/loads.js';
import type { Deck } from '../deck/model.js';
import { contentSecurityPolicy } from '../html/page.js';
import { buildSite, type SiteFiles } from '../site/site.js';
import type { ExportSeams } from './progress.js';
import { slideCount } from './progress.js';

const text = (content: Uint8Array | string): string => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));

function dataUrl(path: string, content: Uint8Array | string): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return `data:${contentType(path).replace(/; charset=utf-8$/, '')};base64,${bytes.toString('base64')}`;
}

/** The site path `ref` (as written in `from`) points at, or undefined for anything else (data:, #, remote). */
function sitePathOf(files: SiteFiles, from: string, ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(ref)) return undefined;
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (base + ref.split(/[?#]/)[0]).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  let path = parts.join('/');
  try {
    path = decodeURIComponent(path);
  } catch {
    /* a stray % is part of the name */
  }
  return files.has(path) ? path : undefined;
}

/** Replaces each of `refs` (exact strings) in `source` with what `to` gives, in one pass. */
function replaceAll(source: string, refs: Map<string, string>): string {
  if (refs.size === 0) return source;
  const pattern = new RegExp([...refs.keys()].sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return source.replace(pattern, (ref) => refs.get(ref)!);
}

/** A stylesheet with every url() it loads from the site inlined. */
function inlineCss(files: SiteFiles, path: string, css: string): string {
  const refs = new Map<string, string>();
  for (const ref of cssLoads(css)) {
    const target = sitePathOf(files, path, ref);
    if (target && !refs.has(ref)) refs.set(ref, dataUrl(target, files.get(target)!));
  }
  // url(x) → url("data:…"): the quotes keep a data URL's characters inside the function.
  return css.replace(/url\(\s*(["']?)([^)"'\s]*)\1\s*\)/g, (whole, _q: string, ref: string) => (refs.has(ref) ? `url("${refs.get(ref)}")` : whole));
}

/** Text that must not end the element it is inlined in. */
const inElement = (content: string, tag: 'script' | 'style') => content.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

/**
 * The page's policy with its own files folded in: its one script allowed by hash, and
 * pictures, fonts and media only as data: URLs (nothing of 'self': a file opened from
 * disk would otherwise be allowed to load its neighbours).
 */
function singleFilePolicy(scriptHash: string): string {
  return contentSecurityPolicy
    .split('; ')
    .map((directive) => {
      const [name] = directive.split(' ');
      if (name === 'script-src') return `script-src '${scriptHash}'`;
      if (name === 'style-src') return "style-src 'unsafe-inline'";
      if (name === 'img-src' || name === 'font-src' || name === 'media-src') return `${name} data:`;
      if (name === 'frame-src' || name === 'connect-src') return `${name} 'none'`;
      return directive;
    })
    .join('; ');
}

/** The deck page of `files` with everything it loads folded in. */
export function foldSite(files: SiteFiles): string {
  let page = text(files.get(sitePaths.page)!);
  // Preloads are for a server; in one file the fonts are already here.
  page = page.replace(/<link rel="preload"[^>]*>\n?/g, '');
  page = page.replace(/<link rel="stylesheet" href="([^"]+)">/g, (whole, href: string) => {
    const path = sitePathOf(files, sitePaths.page, href);
    return path ? `<style>${inElement(inlineCss(files, path, text(files.get(path)!)), 'style')}</style>` : whole;
  });
  let script = '';
  page = page.replace(/<script src="([^"]+)"><\/script>/g, (whole, src: string) => {
    const path = sitePathOf(files, sitePaths.page, src);
    if (!path) return whole;
    script = inElement(text(files.get(path)!), 'script');
    return `<script>${script}</script>`;
  });
  // The slides' own loads (pictures, video, backgrounds, style attributes and blocks); the
  // script is in already, and what it names (presenter.html, deck.json) is not loaded here.
  const refs = new Map<string, string>();
  for (const { url } of htmlLoads(page.replace(/<script>[\s\S]*?<\/script>/g, ''))) {
    const target = sitePathOf(files, sitePaths.page, url);
    if (target && target !== sitePaths.page) refs.set(url.replace(/&/g, '&amp;'), dataUrl(target, files.get(target)!));
  }
  page = replaceAll(page, refs);
  const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
  return page.replace(`content="${contentSecurityPolicy}"`, `content="${singleFilePolicy(hash)}"`);
}

export async function exportHtml(deck: Deck, seams: ExportSeams = {}): Promise<Uint8Array> {
  const slides = slideCount(deck);
  seams.onProgress?.({ phase: 'building', slides });
  // The offline build's site: fonts cut to the deck's characters, no live reload, and no presenter view.
  const files = await buildSite(deck, { fonts: 'subset', runtime: { role: 'audience', presenter: false } });
  seams.onProgress?.({ phase: 'finishing', slides });
  const page = foldSite(files);
  const single: SiteFiles = new Map([[sitePaths.page, page]]);
  assertOffline(single);
  assertSelfContained(single);
  seams.onProgress?.({ phase: 'done', slides });
  return Buffer.from(page, 'utf8');
}
