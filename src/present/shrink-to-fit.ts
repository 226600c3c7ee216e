// Opt-in shrink-to-fit: a slide whose content runs past its frame has that content scaled
// down until it fits, on screen (audience window, presenter previews) and in the print view
// (PDF, and the layout check, which then no longer reports it). It applies to slides with
// class `shrink`, or to every slide when the deck sets `shrinkToFit: true` (a slide opts
// out with class `no-shrink`); nothing changes for a slide that fits.
//
// The slide's children get a CSS `zoom`: unlike a transform it scales their layout too, so
// text re-wraps at the full width of the slide and the result fills the frame. The slide is
// measured in its own layout pixels (contentSize), whatever transform it is under (reveal.js
// moves slides in and out with transforms and scales the deck to the window), so the screen
// and the print view find the same zoom; what fits that way, padding included, is also inside
// the frame for the layout check (layout-check.ts). It goes down to `minZoom`: a slide that
// still does not fit there keeps its overflow warning.
import type { RevealApi } from 'reveal.js';

/** Below this the text would be too small to read from the room: better split the slide. */
export const minZoom = 0.4;
/** Bisection rounds: the zoom is found to within 0.6 / 2^7, under a percent. */
const rounds = 7;

/** The slides that make pages: every <section> that is not a vertical stack. */
function leafSections(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].filter((s) => !s.querySelector('section'));
}

function setZoom(section: HTMLElement, zoom: number): void {
  for (const child of section.children) {
    if (!(child instanceof HTMLElement) || child.matches('aside.notes')) continue;
    if (zoom === 1) child.style.removeProperty('zoom');
    else child.style.setProperty('zoom', String(zoom));
  }
  if (zoom === 1) delete section.dataset.fitZoom;
  else section.dataset.fitZoom = zoom.toFixed(3);
}

/**
 * How far a slide's content reaches, in the slide's own pixels, padding included: its
 * children's boxes with their margins, each scaled by its zoom (offsets of a zoomed element
 * are in its own, zoomed pixels). Offsets ignore transforms, and the children, not the slide's
 * own height, count: the theme may give the slide the frame's height on screen, while the
 * print view lets it grow with its content.
 */
function contentSize(section: HTMLElement): { width: number; height: number } {
  let bottom = 0;
  let right = 0;
  for (const child of section.children) {
    if (!(child instanceof HTMLElement) || child.matches('aside.notes')) continue;
    const style = getComputedStyle(child);
    if (style.display === 'none') continue;
    const zoom = Number(child.style.zoom || 1);
    bottom = Math.max(bottom, (child.offsetTop + Math.max(child.offsetHeight, child.scrollHeight) + parseFloat(style.marginBottom)) * zoom);
    right = Math.max(right, (child.offsetLeft + Math.max(child.offsetWidth, child.scrollWidth) + parseFloat(style.marginRight)) * zoom);
  }
  const own = getComputedStyle(section);
  return { width: right + parseFloat(own.paddingRight), height: bottom + parseFloat(own.paddingBottom) };
}

function fits(section: HTMLElement, frame: { width: number; height: number }): boolean {
  const size = contentSize(section);
  return size.height <= frame.height + 1 && size.width <= frame.width + 1;
}

/**
 * Fits the given slides into a frame of `frame` pixels: the largest zoom at which a slide
 * fits, by bisection (wrapping changes with the zoom, so no ratio predicts it). Each round
 * reads every slide, then writes every zoom, so it lays the page out once however many
 * slides there are. A slide that is not laid out (reveal.js hides slides far from the
 * current one) measures as nothing and is left for when it comes near.
 */
export function fitSlides(sections: readonly HTMLElement[], frame: { width: number; height: number }): void {
  for (const section of sections) setZoom(section, 1);
  const over = sections.filter((section) => section.offsetParent !== null && !fits(section, frame));
  if (over.length === 0) return;
  const ranges = over.map((section) => ({ section, fits: minZoom, fails: 1 }));
  for (let round = 0; round < rounds; round++) {
    for (const r of ranges) setZoom(r.section, (r.fits + r.fails) / 2);
    for (const r of ranges) {
      const tried = (r.fits + r.fails) / 2;
      if (fits(r.section, frame)) r.fits = tried;
      else r.fails = tried;
    }
  }
  for (const r of ranges) setZoom(r.section, r.fits);
}

export class ShrinkToFit {
  constructor(
    private readonly reveal: RevealApi,
    /** The deck's `shrinkToFit`: every slide, not only those with class `shrink`. */
    private readonly deckWide: boolean,
  ) {}

  private frame(): { width: number; height: number } {
    const { width, height } = this.reveal.getConfig();
    return { width: Number(width), height: Number(height) };
  }

  private sections(): HTMLElement[] {
    return leafSections().filter((s) => (this.deckWide ? !s.classList.contains('no-shrink') : s.classList.contains('shrink')));
  }

  /** On screen: fits now, whenever the slide changes (bringing other slides near), and when fonts arrive. */
  startScreen(): void {
    this.fit();
    this.reveal.on('slidechanged', () => this.fit());
    document.fonts.addEventListener('loadingdone', () => this.fit());
  }

  /** In the print view: once reveal.js has put the slides on their pages, before the page says it is ready. */
  startPrint(): void {
    document.addEventListener(
      'pdf-ready',
      () => {
        const sections = this.sections();
        fitSlides(sections, this.frame());
        // reveal.js centred each page's slide by its height before it shrank.
        const centred = this.reveal.getConfig().center !== false;
        for (const section of sections) {
          const page = section.closest<HTMLElement>('.pdf-page');
          if (page && section.dataset.fitZoom && (centred || section.classList.contains('center'))) section.style.top = `${Math.max((page.offsetHeight - section.scrollHeight) / 2, 0)}px`;
        }
      },
      { once: true },
    );
  }

  /** Fits the slides again (after a live reload, which may have changed them). */
  fit(): void {
    const sections = this.sections();
    if (sections.length === 0) return;
    fitSlides(sections, this.frame());
    // Centred slides are placed by their height: reveal.js places them again.
    this.reveal.layout();
  }
}
