// The editor's preview of its draft (saved files plus unsaved buffers, built by the
// server): the deck page in a frame beside the source, showing the slide under the
// cursor. Builds arrive twice (the answer to an edit, and the server's event) and may
// cross, so only the newest counts; one that patches the slides on screen goes to the
// frame slide by slide, any other reloads deck.json. The frame measures the slide it
// shows, and a slide that does not fit becomes a warning like any other.
import { editorPaths, sitePaths, type DeckJson, type DraftBuild, type DraftDeck, type DraftPatch, type OutlineSlide } from '../contract.js';
import type { Diagnostic } from '../deck/model.js';
import { ensureFonts } from '../present/fonts.js';
import { PreviewFrame } from '../present/preview-frame.js';
import type { SlideExtent } from '../contract.js';
import { overflowDiagnostics } from '../present/layout-check.js';

export interface DraftSlide {
  /** Its place among all slides, vertical ones in order. */
  index: number;
  h: number;
  v: number;
  slide: OutlineSlide;
}

export class DraftPreview {
  deck: DraftDeck | null = null;
  private slideList: DraftSlide[] = [];
  private newestSeq = -1;
  private shownSeq = -1;
  /** The build whose slides are on screen (a patch applies to it only). */
  private deckSeq = -1;
  private updates: Promise<void> = Promise.resolve();
  private shown = -1;
  /** Slides measured by the frame (by index), until they change. */
  private readonly extents = new Map<number, SlideExtent>();
  private readonly preview: PreviewFrame;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly changed: () => void,
    private readonly fail: (message: string) => void,
  ) {
    this.preview = new PreviewFrame(frame, (message) => {
      if (message.type === 'ready') {
        // A new page (first load, or reloaded for new settings) shows the first slide.
        this.shown = -1;
        return this.changed();
      }
      // The presenter's layout frame reports whole decks; this preview, a slide at a time.
      if (message.type !== 'state') return;
      const extent = message.slide.extent;
      const at = extent ? this.slideList.findIndex((s) => s.slide.source.file === extent.source.file && s.slide.source.line === extent.source.line) : -1;
      if (at === -1 || sameExtent(this.extents.get(at), extent!)) return;
      this.extents.set(at, extent!);
      this.changed();
    });
    this.preview.start();
  }

  /** Every slide in order, with its place. */
  get slides(): readonly DraftSlide[] {
    return this.slideList;
  }

  /** True when no build is on its way to the screen. */
  get settled(): boolean {
    return this.shownSeq === this.newestSeq;
  }

  /** Takes a build; returns false when it is older than one already taken. */
  apply(build: DraftBuild): boolean {
    if (build.seq <= this.newestSeq) return false;
    this.newestSeq = build.seq;
    const patch = build.patch;
    this.updates = this.updates
      .then(async () => {
        if (patch === undefined) return; // the slides stay as they are
        if (patch && this.deck && patch.from === this.deckSeq) this.patch(patch);
        else await this.reload();
        this.deckSeq = build.seq;
      })
      .catch((error: Error) => this.fail(`The preview could not be updated: ${error.message}`))
      .finally(() => void (this.shownSeq = build.seq));
    return true;
  }

  /** The slide whose source holds `line` of `file`: the last of that file starting at or above it. */
  slideAt(file: string, line: number): DraftSlide | null {
    let found: DraftSlide | null = null;
    for (const s of this.slideList) if (s.slide.source.file === file && s.slide.source.line <= line) found = s;
    return found;
  }

  /** Shows slide `index` in the frame (nothing when it is shown already). */
  show(index: number): void {
    const at = this.slideList[index];
    if (!at || index === this.shown) return;
    this.shown = index;
    this.preview.send({ type: 'show', state: { indices: { h: at.h, v: at.v, f: -1 }, overview: false, paused: false }, step: 0 });
  }

  /** "This slide does not fit" for the slides measured so far. */
  overflow(): Diagnostic[] {
    if (!this.deck) return [];
    return overflowDiagnostics([...this.extents.values()], this.deck.config);
  }

  private patch(patch: DraftPatch): void {
    for (const { index, slide } of patch.slides) {
      const at = this.slideList[index]!;
      at.slide = slide;
      this.deck!.stacks[at.h]!.slides[at.v] = slide;
      // Measured again when shown.
      this.extents.delete(index);
    }
    this.preview.send({ type: 'patch', slides: patch.slides.map(({ index, html, hash }) => ({ index, html, hash })), fonts: patch.fonts });
    // A character the deck had not used yet: its font for the source text too.
    void ensureFonts(patch.fonts, editorPaths.draft);
    this.changed();
  }

  /** The page's first build, with its deck (the page carries it): nothing to fetch. */
  begin(build: DraftBuild, deck: DraftDeck | null): void {
    if (!deck) return void this.apply(build);
    this.newestSeq = this.shownSeq = this.deckSeq = build.seq;
    this.take(deck);
  }

  private async reload(): Promise<void> {
    const res = await fetch(`${editorPaths.draft}${sitePaths.deckJson}`, { cache: 'no-store' });
    if (!res.ok) throw new Error(`deck.json: HTTP ${res.status}`);
    this.take((await res.json()) as DeckJson);
  }

  private take(deck: DraftDeck): void {
    const before = this.deck;
    this.deck = deck;
    this.slideList = deck.stacks.flatMap((stack, h) => stack.slides.map((slide, v) => ({ h, v, slide, index: 0 })));
    this.slideList.forEach((s, i) => (s.index = i));
    this.extents.clear();
    void ensureFonts(deck.fonts, editorPaths.draft);
    this.frame.parentElement!.style.aspectRatio = `${deck.config.width} / ${deck.config.height}`;
    // New settings (theme, size, transition) are in the page itself, not in its slides.
    if (before && JSON.stringify(before.config) !== JSON.stringify(deck.config)) this.frame.contentWindow?.location.reload();
    else this.preview.send({ type: 'reload' });
    this.shown = -1;
    this.changed();
  }
}

function sameExtent(a: SlideExtent | undefined, b: SlideExtent): boolean {
  return a !== undefined && a.overBottom === b.overBottom && a.overRight === b.overRight && a.height === b.height;
}
