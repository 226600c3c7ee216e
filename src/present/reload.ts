// Live reload without a page reload: fetch the rebuilt deck.json, swap the slides' DOM,
// let reveal.js re-read it, and put the deck back where it was (slide, fragment,
// overview). Page state (scripts, timers, the presenter's clock) survives.
import type { RevealApi } from 'reveal.js';
import { sitePaths, type DeckJson } from '../contract.js';
import { ensureFonts } from './fonts.js';
import { applyState, stateOf } from './reveal-driver.js';
import { prepareSlides } from './prepare.js';
import { swapSlides } from './slide-patch.js';

type DeckUpdate = Pick<DeckJson, 'slidesHtml' | 'version'> & Partial<Pick<DeckJson, 'fonts' | 'diagnostics'>>;

function isDeckJson(value: unknown): value is DeckUpdate {
  if (typeof value !== 'object' || value === null) return false;
  const { slidesHtml, version, fonts, diagnostics } = value as Record<string, unknown>;
  return (
    typeof slidesHtml === 'string' && typeof version === 'string' && (fonts === undefined || (Array.isArray(fonts) && fonts.every((f) => typeof f === 'string'))) &&
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
    /** The slides' HTML as the page was served, read before reveal.js touched it; null when unknown. */
    private shownHtml: string | null,
    /** Called after the slides were swapped and the position restored. */
    private readonly reloaded: () => void = () => {},
  ) {}

  /** Reloads; overlapping calls run one after the other so the last save wins. */
  reload(): Promise<void> {
    this.queue = this.queue.then(() => this.apply()).catch((error: unknown) => console.error('live reload failed:', error));
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
    if (before.overview) this.reveal.toggleOverview(false);
    swapSlides(this.reveal, slides, this.shownHtml, next.slidesHtml);
    this.shownHtml = next.slidesHtml;
    await prepareSlides(slides, this.reveal.getConfig()).catch((error: unknown) => console.error('live reload: preparing slides:', error));
    this.reveal.layout();
    applyState(this.reveal, before);
    this.reloaded();
  }
}
