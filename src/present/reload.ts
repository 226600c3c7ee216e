// Live reload without a page reload: fetch the rebuilt deck.json, swap the slides' DOM,
// let reveal.js re-read it, and put the deck back where it was (slide, fragment,
// overview). Page state (scripts, timers, the presenter's clock) survives.
import type { RevealApi } from 'reveal.js';
import { sitePaths, type DeckJson } from '../contract.js';
import { ensureFonts } from './fonts.js';
import { applyState, stateOf } from './reveal-driver.js';
import { sameState } from './state.js';
import { parseSlides, patchSlide, swapSlides, type SlideLayout } from './slide-patch.js';

type DeckUpdate = Pick<DeckJson, 'slidesHtml' | 'version'> & Partial<Pick<DeckJson, 'fonts'>>;

function isDeckJson(value: unknown): value is DeckUpdate {
  if (typeof value !== 'object' || value === null) return false;
  const { slidesHtml, version, fonts } = value as Record<string, unknown>;
  return typeof slidesHtml === 'string' && typeof version === 'string' && (fonts === undefined || (Array.isArray(fonts) && fonts.every((f) => typeof f === 'string')));
}

export async function fetchDeckJson(): Promise<DeckUpdate> {
  // The page's own folder: deck.json sits beside index.html in every mode.
  const response = await fetch(sitePaths.deckJson, { cache: 'no-store' });
  if (!response.ok) throw new Error(`deck.json: HTTP ${response.status}`);
  const data: unknown = await response.json();
  if (!isDeckJson(data)) throw new Error('deck.json: unexpected shape');
  return data;
}

export class ReloadController {
  private version = '';
  private queue: Promise<void> = Promise.resolve();
  /** The slides as last served, parsed on first use. */
  private shown: SlideLayout | null = null;

  constructor(
    private readonly reveal: RevealApi,
    /** The slides' HTML as the page was served, read before reveal.js touched it; null when unknown. */
    private servedHtml: string | null,
    /** Called after the slides were swapped and the position restored. */
    private readonly reloaded: () => void = () => {},
  ) {}

  /** Reloads; overlapping calls run one after the other so the last save wins. */
  reload(): Promise<void> {
    return this.enqueue(() => this.apply());
  }

  /**
   * Replaces single slides (the editor's draft as it is typed: `slides` index every slide,
   * vertical ones in order), after adding the faces of `fonts` the page lacks. A page
   * whose slides do not match reloads them whole.
   */
  patch(slides: readonly { index: number; html: string }[], fonts: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      await ensureFonts(fonts).catch((error: unknown) => console.error('live reload: fonts:', error));
      const container = document.querySelector('.reveal .slides');
      const shown = this.shownSlides();
      if (!container || !shown) return this.apply();
      // deck.json's version no longer says what is on screen.
      this.version = '';
      const before = stateOf(this.reveal);
      if (before.overview) this.reveal.toggleOverview(false);
      const patched = slides.every(({ index, html }) => patchSlide(this.reveal, container, shown, index, html));
      if (!patched) return this.apply();
      // Going to the slide again when it is still there costs reveal.js a walk of it (its
      // screen-reader text): only when patching moved the deck. A slide that changed size
      // is centred again either way.
      if (!sameState(stateOf(this.reveal), before) || before.overview) applyState(this.reveal, before);
      else this.reveal.layout();
      this.reloaded();
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step).catch((error: unknown) => console.error('live reload failed:', error));
    return this.queue;
  }

  private shownSlides(): SlideLayout | null {
    if (!this.shown && this.servedHtml !== null) this.shown = parseSlides(this.servedHtml);
    this.servedHtml = null;
    return this.shown;
  }

  private async apply(): Promise<void> {
    const next = await fetchDeckJson();
    if (next.version === this.version) return;
    this.version = next.version;
    // The first reload of a page often finds the slides it was served with (a page
    // opened just before, or beside, a rebuild): nothing to parse or compare.
    if (next.slidesHtml === this.servedHtml) return;
    // A character from a font chunk the page lacks: its face first, then the text.
    await ensureFonts(next.fonts ?? null).catch((error: unknown) => console.error('live reload: fonts:', error));
    const slides = document.querySelector('.reveal .slides');
    if (!slides) return;
    const before = stateOf(this.reveal);
    if (before.overview) this.reveal.toggleOverview(false);
    this.shown = swapSlides(this.reveal, slides, this.shownSlides(), next.slidesHtml);
    applyState(this.reveal, before);
    this.reloaded();
  }
}
