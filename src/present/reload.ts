// Live reload without a page reload: fetch the rebuilt deck.json, swap the slides that
// changed, let reveal.js re-read them, and put the deck back where it was (slide,
// fragment, overview). Page state (scripts, timers, the presenter's clock) survives.
import type { RevealApi } from 'reveal.js';
import { sitePaths, type DeckJson } from '../contract.js';
import { ensureFonts } from './fonts.js';
import { applyState, settlePatched, stateOf } from './reveal-driver.js';
import { findSlide } from './slide-key.js';
import { prepareSlides } from './prepare.js';
import { patchSlide, swapSlides, type NextSlides, type ShownSlides } from './slide-patch.js';
import { sameState } from './state.js';

type DeckUpdate = Pick<DeckJson, 'version'> & { stacks: NextSlides } & Partial<Pick<DeckJson, 'fonts' | 'title' | 'lang' | 'diagnostics'>>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isDeckJson(value: unknown): value is DeckUpdate {
  if (!isObject(value)) return false;
  const { stacks, version, fonts, title, lang, diagnostics } = value;
  return (
    typeof version === 'string' &&
    (title === undefined || typeof title === 'string') &&
    (lang === undefined || typeof lang === 'string') &&
    Array.isArray(stacks) &&
    stacks.every((stack) => isObject(stack) && Array.isArray(stack.slides) && stack.slides.every((slide) => isObject(slide) && typeof slide.html === 'string' && typeof slide.hash === 'string')) &&
    (fonts === undefined || (Array.isArray(fonts) && fonts.every((f) => typeof f === 'string'))) &&
    (diagnostics === undefined || Array.isArray(diagnostics))
  );
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

  constructor(
    private readonly reveal: RevealApi,
    /** The slides as the page was served (servedSlides), read before reveal.js touched them; null when unknown. */
    private shown: ShownSlides | null,
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
  patch(slides: readonly { index: number; html: string; hash: string }[], fonts: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      await ensureFonts(fonts).catch((error: unknown) => console.error('live reload: fonts:', error));
      const container = document.querySelector('.reveal .slides');
      const shown = this.shown;
      if (!container || !shown) return this.apply();
      // deck.json's version no longer says what is on screen.
      this.version = '';
      const before = stateOf(this.reveal);
      if (before.overview) this.reveal.toggleOverview(false);
      const patched = slides.every((slide) => patchSlide(this.reveal, container, shown, slide.index, slide));
      if (!patched) return this.apply();
      await prepareSlides(container, this.reveal.getConfig()).catch((error: unknown) => console.error('live reload: preparing slides:', error));
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

  private async apply(): Promise<void> {
    const next = await fetchDeckJson();
    if (next.version === this.version) return;
    this.version = next.version;
    // A character from a font chunk the page lacks: its face first, then the text.
    await ensureFonts(next.fonts ?? null).catch((error: unknown) => console.error('live reload: fonts:', error));
    const slides = document.querySelector('.reveal .slides');
    if (!slides) return;
    const before = stateOf(this.reveal);
    const current = this.reveal.getCurrentSlide();
    // reveal.js applies a slide's data-state when it moves to it.
    const slideState = current?.getAttribute('data-state');
    if (before.overview) this.reveal.toggleOverview(false);
    const swap = swapSlides(this.reveal, slides, this.shown, next.stacks);
    // The deck's language decides glyph shapes and line breaking (a first look at a deck
    // tells it from its first slides only); its title names the window.
    if (next.lang && document.documentElement.lang !== next.lang) document.documentElement.lang = next.lang;
    if (next.title !== undefined && document.title !== next.title) document.title = next.title;
    this.shown = swap.shown;
    // Diagrams and fitted headings of the slides swapped in, before reveal.js settles on them.
    await prepareSlides(slides, this.reveal.getConfig()).catch((error: unknown) => console.error('live reload: preparing slides:', error));
    // Still on the same slide element (patched in place or not): nothing to move.
    const stayed =
      !swap.reshaped && !before.overview && current?.getAttribute('data-state') === slideState && (!before.slide || findSlide(before.slide, this.reveal.getSlides()) === current);
    if (stayed) settlePatched(this.reveal, swap.patched, before.indices.f);
    else applyState(this.reveal, before);
    this.reloaded();
  }
}
