// Every URL the finished site makes a browser fetch, file by file, found with the same
// definition the slide sanitiser applies (src/deck/loads.ts), so `deck check` and
// `deck build` agree on what is a load: a link is not one.
import { joinSlides } from '../contract.js';
import { deckJsonPath, type DeckJson } from '../site/deck-json.js';
import type { SiteFiles } from '../site/site.js';
import { codeUrls, cssLoads, htmlLoads, type Load } from '../deck/loads.js';

export interface SiteLoad extends Load {
  /** The site file the URL is in. */
  path: string;
}

/** deck.json carries the slides and the notes as HTML strings; the rest is data, not markup. */
function deckJsonLoads(text: string): Load[] {
  let data: Partial<DeckJson>;
  try {
    data = JSON.parse(text) as Partial<DeckJson>;
  } catch {
    return codeUrls(text).map((url) => ({ url, where: 'deck.json' }));
  }
  // The slides as the page holds them (one document), and each slide's notes as the
  // presenter view shows them (each on its own).
  const stacks = (data.stacks ?? []).map((s) => ({ slides: s.slides.map((slide) => ({ ...slide, html: typeof slide.html === 'string' ? slide.html : '' })) }));
  const html = [joinSlides(stacks), ...stacks.flatMap((s) => s.slides.map((slide) => slide.notesHtml))];
  return html.flatMap((h) => (typeof h === 'string' ? htmlLoads(h) : []));
}

function fileLoads(path: string, text: string): Load[] {
  if (path === deckJsonPath) return deckJsonLoads(text);
  if (/\.html?$/i.test(path)) return htmlLoads(text);
  if (/\.svg$/i.test(path)) return htmlLoads(text, { xml: true });
  if (/\.css$/i.test(path)) return cssLoads(text).map((url) => ({ url, where: 'url()' }));
  if (/\.m?js$/i.test(path)) return codeUrls(text).map((url) => ({ url, where: 'script' }));
  return [];
}

export function siteLoads(files: SiteFiles): SiteLoad[] {
  const found: SiteLoad[] = [];
  for (const [path, content] of files) {
    if (!/\.(html?|svg|css|m?js|json)$/i.test(path)) continue;
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    for (const load of fileLoads(path, text)) found.push({ path, ...load });
  }
  return found;
}
