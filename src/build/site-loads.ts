// Every URL the finished site makes a browser fetch, file by file, found with the same
// definition the slide sanitiser applies (src/deck/loads.ts), so `deck check` and
// `deck build` agree on what is a load: a link is not one.
import { deckJsonPath, type DeckJson } from '../site/deck-json.js';
import type { SiteFiles } from '../site/site.js';
import { sitePaths } from '../contract.js';
import { codeUrls, cssLoads, htmlLoads, type Load } from '../deck/loads.js';

export interface SiteLoad extends Load {
  /** The site file the URL is in. */
  path: string;
}

/**
 * deck.json carries the slides and the notes as HTML strings; the rest is data, not
 * markup. `page`: the deck page, whose slides (the same string, as a rule) are read there.
 */
function deckJsonLoads(text: string, page: string): Load[] {
  let data: Partial<DeckJson>;
  try {
    data = JSON.parse(text) as Partial<DeckJson>;
  } catch {
    return codeUrls(text).map((url) => ({ url, where: 'deck.json' }));
  }
  const slides = data.slidesHtml ?? '';
  const html = [page.includes(slides) ? '' : slides, ...(data.stacks ?? []).flatMap((s) => s.slides.map((slide) => slide.notesHtml))];
  return html.flatMap((h) => htmlLoads(h));
}

function fileLoads(path: string, text: string, files: SiteFiles): Load[] {
  if (path === deckJsonPath) return deckJsonLoads(text, String(files.get(sitePaths.page) ?? ''));
  if (/\.html?$/i.test(path)) return htmlLoads(text);
  if (/\.svg$/i.test(path)) return htmlLoads(text, { xml: true });
  if (/\.css$/i.test(path)) return cssLoads(text).map((url) => ({ url, where: 'url()' }));
  if (/\.m?js$/i.test(path)) return codeUrls(text).map((url) => ({ url, where: 'script' }));
  return [];
}

export function siteLoads(files: SiteFiles): SiteLoad[] {
  const found: SiteLoad[] = [];
  for (const [path, content] of files) {
    // mermaid's bundle names dozens of documentation URLs and XML namespaces, and fetches
    // none of them: in the deck page, whose CSP allows no request off the deck's own folder,
    // it only draws (tests/browser/corpus.test.ts watches a diagram deck make no request).
    if (!/\.(html?|svg|css|m?js|json)$/i.test(path) || path === sitePaths.mermaid) continue;
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    for (const load of fileLoads(path, text, files)) found.push({ path, ...load });
  }
  return found;
}
