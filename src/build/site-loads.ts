// Every URL the finished site makes a browser fetch, file by file, found with the same
// definition the slide sanitiser applies (src/deck/loads.ts), so `deck check` and
// `deck build` agree on what is a load: a link is not one.
import { joinSlides, sitePaths } from '../contract.js';
import { deckJsonPath, type DeckJson } from '../site/deck-json.js';
import type { SiteFiles } from '../site/site.js';
import { codeUrls, cssLoads, htmlLoads, type Load } from '../deck/loads.js';

export interface SiteLoad extends Load {
  /** The site file the URL is in. */
  path: string;
}

/**
 * deck.json carries the slides and the notes as HTML strings; the rest is data, not
 * markup. `page`: the deck page, when the site has one.
 */
function deckJsonLoads(text: string, page: string | undefined): Load[] {
  let data: Partial<DeckJson>;
  try {
    data = JSON.parse(text) as Partial<DeckJson>;
  } catch {
    return codeUrls(text).map((url) => ({ url, where: 'deck.json' }));
  }
  // The slides as the page holds them (one document), and each slide's notes as the
  // presenter view shows them (each on its own).
  const stacks = (data.stacks ?? []).map((s) => ({ slides: s.slides.map((slide) => ({ ...slide, html: typeof slide.html === 'string' ? slide.html : '' })) }));
  const slides = joinSlides(stacks);
  // The very markup the deck page holds (each slide's section holding its notes) was read
  // there, from the same place in the document: only what differs is read again.
  const inPage = page !== undefined && page.includes(slides);
  const notes = stacks.flatMap((s) => s.slides.filter((slide) => !(inPage && typeof slide.notesHtml === 'string' && slide.html.includes(slide.notesHtml))).map((slide) => slide.notesHtml));
  const html = [...(inPage ? [] : [slides]), ...notes];
  return html.flatMap((h) => (typeof h === 'string' ? htmlLoads(h) : []));
}

function fileLoads(path: string, text: string, page: string | undefined): Load[] {
  if (path === deckJsonPath) return deckJsonLoads(text, page);
  if (/\.html?$/i.test(path)) return htmlLoads(text);
  if (/\.svg$/i.test(path)) return htmlLoads(text, { xml: true });
  if (/\.css$/i.test(path)) return cssLoads(text).map((url) => ({ url, where: 'url()' }));
  if (/\.m?js$/i.test(path)) return codeUrls(text).map((url) => ({ url, where: 'script' }));
  return [];
}

export function siteLoads(files: SiteFiles): SiteLoad[] {
  const found: SiteLoad[] = [];
  const page = files.get(sitePaths.page);
  const pageText = page === undefined ? undefined : typeof page === 'string' ? page : Buffer.from(page).toString('utf8');
  for (const [path, content] of files) {
    // mermaid's bundle names dozens of documentation URLs and XML namespaces, and fetches
    // none of them: in the deck page, whose CSP allows no request off the deck's own folder,
    // it only draws (tests/browser/corpus.test.ts watches a diagram deck make no request).
    if (!/\.(html?|svg|css|m?js|json)$/i.test(path) || path === sitePaths.mermaid) continue;
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    for (const load of fileLoads(path, text, pageText)) found.push({ path, ...load });
  }
  return found;
}
