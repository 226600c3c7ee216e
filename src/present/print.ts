// The print view: the deck page opened by the PDF exporter (src/export/pdf.ts) with
// `?deckPrint=<layout>`. Imported for its side effect by the audience runtime; on any other
// URL it does nothing.
//
//  1. slides:  reveal.js's own print view (`?print-pdf`, config from the query) lays out
//              one .pdf-page per slide (or per fragment step); nothing to add.
//  2. handout: the same pages set on A4 sheets, 1, 2, 3 or 6 a sheet, with their
//              speaker notes (handout.ts).
//  3. script:  no slide images: a flowing A4 document of slide titles and notes.
// Its readiness is a promise on the window (printReadyProperty in src/contract.ts) that
// settles once laid out, images decoded and fonts loaded; the print driver awaits it.
import { a4Sheet, handoutSizes, printLayouts, printQuery, printReadyProperty, type HandoutSize, type PrintLayout, type PrintReadyWindow } from '../contract.js';
import { buildHandout, fitNotes, handoutCss } from './handout.js';
import { readSettings } from './settings.js';

const scriptCss = `
@page { margin: 18mm 18mm 20mm; }
html[data-print-layout=script], html[data-print-layout=script] body {
  background: #fff !important; color: #111; height: auto !important; overflow: visible !important;
  width: auto !important;
}
html[data-print-layout=script] .reveal { display: none !important; }
.speaker-script { font-size: 15px; line-height: 1.75; font-weight: 400; text-align: left; }
.speaker-script .script-title { font-size: 26px; font-weight: 700; margin: 0 0 24px; }
.speaker-script .script-slide { break-inside: avoid-page; margin: 0 0 20px; }
.speaker-script h1, .speaker-script h2 { font-weight: 700; line-height: 1.4; margin: 0 0 6px; }
.speaker-script h1 { font-size: 21px; padding-bottom: 4px; }
.speaker-script h2 { font-size: 16px; }
.speaker-script .script-head { display: flex; align-items: baseline; gap: 10px; }
.speaker-script .script-head:has(h1) { border-bottom: 2px solid #111; margin: 14px 0 6px; }
.speaker-script .script-number { color: #555; font-weight: 400; min-width: 1.6em; }
.speaker-script p, .speaker-script ul, .speaker-script ol { margin: 0 0 6px; }
.speaker-script strong, .speaker-script b { font-weight: 700; }
`;


function addStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

/** The slides that make pages: every <section> that is not a vertical stack. */
function leafSections(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.slides section')].filter((section) => !section.querySelector('section'));
}

function notesOf(section: Element): string {
  return section.querySelector('aside.notes')?.innerHTML ?? '';
}

/**
 * The theme's font (set on .reveal), then the bundled Chinese font, which every site
 * carries: printed Chinese must never fall back to a system font (there may be none, and
 * a missing glyph prints as an empty box).
 */
function deckFont(): string {
  return `${getComputedStyle(document.querySelector('.reveal')!).fontFamily}, 'Noto Sans SC', sans-serif`;
}

function buildScript(): void {
  const reveal = document.querySelector<HTMLElement>('.reveal')!;
  const script = document.createElement('main');
  script.className = 'speaker-script';
  script.style.fontFamily = deckFont();
  const title = document.createElement('p');
  title.className = 'script-title';
  title.textContent = document.title;
  script.append(title);
  leafSections(reveal).forEach((section, index) => {
    const item = document.createElement('section');
    item.className = 'script-slide';
    const heading = section.querySelector('h1, h2, h3');
    // Chapters (h1 slides) become h1 and the rest h2, so the PDF outline nests like the talk.
    const level = heading?.tagName === 'H1' ? 'h1' : 'h2';
    // The number sits beside the heading, not in it, so the outline shows the bare title.
    const head = document.createElement('div');
    head.className = 'script-head';
    const number = document.createElement('span');
    number.className = 'script-number';
    number.textContent = String(index + 1);
    head.append(number);
    if (heading) {
      const title = document.createElement(level);
      title.textContent = heading.textContent?.trim() ?? '';
      head.append(title);
    }
    const notes = document.createElement('div');
    notes.innerHTML = notesOf(section);
    item.append(head, notes);
    script.append(item);
  });
  reveal.after(script);
}

/**
 * A heading that wraps at a space must keep that space in the PDF outline, which Chromium
 * builds from the text it draws: a collapsed space at a line end is not drawn, and the
 * bookmark read "SmallBatches". With `pre-wrap` the space stays at the line end (hanging,
 * so the layout does not move); runs of white space in the markup are collapsed first, as
 * `normal` would have shown them.
 */
function keepSpacesAtLineBreaks(): void {
  for (const heading of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    texts.forEach((text, i) => {
      let value = text.data.replace(/[ \t\n\r\f]+/g, ' ');
      if (i === 0) value = value.trimStart();
      if (i === texts.length - 1) value = value.trimEnd();
      text.data = value;
    });
    heading.style.whiteSpace = 'pre-wrap';
  }
}

/**
 * No waiting for frames: reveal.js has laid the pages out when it says pdf-ready, and
 * reading document.fonts.ready lays out what the handout or script added since, which
 * starts the loads of any font their text needs, so the promise waits for those too.
 */
async function whenLoaded(): Promise<void> {
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  await document.fonts.ready;
}

function handout(perPage: HandoutSize): Promise<void> {
  const notesBoxes = buildHandout({
    pages: [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')],
    slide: readSettings().reveal,
    perPage,
    title: document.title,
    font: deckFont(),
    notesOf: (page) => {
      const section = page.querySelector('section');
      return section ? notesOf(section) : '';
    },
  });
  // The notes are fitted with the fonts in, whose metrics decide what fits.
  return whenLoaded().then(() => fitNotes(notesBoxes));
}

/**
 * reveal.js's print CSS zeroes every slide's padding (`!important`), so a theme that pads
 * its slides would print with text against the page edge. Each slide keeps the padding
 * the theme gives it on screen, read before reveal.js switches to its print layout.
 */
function keepThemePadding(): void {
  // All reads before any write: a read after a write would recompute the styles, once per slide.
  const paddings = leafSections(document).map((section) => [section, getComputedStyle(section).padding] as const);
  for (const [section, padding] of paddings) section.style.setProperty('padding', padding, 'important');
}

/**
 * The text that will be printed, by the face that draws it: the bundled font has 400 and
 * 700 only, and a weight of 600 or more is drawn with 700. Speaker notes count only when
 * they are printed (handouts).
 */
function printedTextByWeight(withNotes: boolean): Map<number, string> {
  const texts = new Map<number, string>([
    [400, ''],
    [700, ''],
  ]);
  const slides = document.querySelector('.reveal .slides');
  if (!slides) return texts;
  const walker = document.createTreeWalker(slides, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || (!withNotes && parent.closest('aside.notes'))) continue;
    const weight = Number.parseInt(getComputedStyle(parent).fontWeight, 10) >= 600 ? 700 : 400;
    texts.set(weight, texts.get(weight)! + node.nodeValue);
  }
  return texts;
}

/**
 * Until reveal.js switches to its print layout (on the window's load event), the slides
 * are not shown: laying them out on screen first would shape all their Chinese text again
 * each time one of the font's chunks arrives. The fonts for their text are fetched now,
 * each weight only for the text drawn in it (half the chunks of asking both for all),
 * and the load event waits for them.
 */
function loadFontsBeforeLayout(withNotes: boolean): void {
  addStyle('html:not(.reveal-print) .reveal .slides { display: none !important; }');
  const family = getComputedStyle(document.querySelector('.reveal')!).fontFamily;
  for (const [weight, text] of printedTextByWeight(withNotes)) {
    if (text) void document.fonts.load(`${weight} 16px ${family}`, text).catch(() => undefined);
  }
}

function startPrintView(layout: PrintLayout, perPage: HandoutSize): void {
  let ready!: { resolve(): void; reject(error: unknown): void };
  (window as PrintReadyWindow)[printReadyProperty] = new Promise<void>((resolve, reject) => (ready = { resolve, reject }));
  document.documentElement.dataset.printLayout = layout;
  const originals = new Set(leafSections(document));
  if (layout !== 'script') keepThemePadding();
  if (layout !== 'script') loadFontsBeforeLayout(layout === 'handout');
  if (layout === 'script') addStyle(scriptCss);
  // reveal.js announces both events on its root element; they bubble to the document.
  document.addEventListener(layout === 'script' ? 'ready' : 'pdf-ready', () => {
    // reveal.js hides every slide but the current one from assistive technology; a PDF has
    // no current slide, and its tags and outline come from headings that are not hidden.
    for (const hidden of document.querySelectorAll('.reveal .slides [aria-hidden]')) hidden.removeAttribute('aria-hidden');
    // With fragment steps reveal.js prints copies of a slide; their headings are hidden
    // from the tags so the outline lists each slide once, at its first page.
    for (const section of leafSections(document)) {
      if (!originals.has(section)) for (const heading of section.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.setAttribute('aria-hidden', 'true');
    }
    // Only now: reveal.js measured the slides at their own width, and has just declared
    // an @page of the slide's size, which the handout's A4 sheet overrides.
    if (layout === 'handout') addStyle(`${handoutCss}\n@page { size: ${a4Sheet.width}px ${a4Sheet.height}px; margin: 0; }`);
    if (layout === 'script') buildScript();
    keepSpacesAtLineBreaks();
    (layout === 'handout' ? handout(perPage) : whenLoaded()).then(ready.resolve, ready.reject);
  }, { once: true });
}

const query = new URLSearchParams(location.search);
const layout = query.get(printQuery.layout);
const perPage = Number(query.get(printQuery.perPage));
if ((printLayouts as readonly (string | null)[]).includes(layout)) {
  startPrintView(layout as PrintLayout, (handoutSizes as readonly number[]).includes(perPage) ? (perPage as HandoutSize) : 3);
}
