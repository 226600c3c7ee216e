// The editor's draft, build after build, as the slides that changed: a keystroke changes
// one slide, so the preview gets that slide's <section> (and the outline its entry)
// instead of fetching and comparing the whole deck. A build that changes the deck's
// shape (a slide added or removed) or its settings is not a patch: the page reloads.
import type { DraftPatch, DraftSlide } from '../contract.js';
import type { Deck } from '../deck/model.js';
import { renderSection } from '../html/page.js';
import { outlineSlide, sectionHash } from '../site/deck-json.js';
import { fontsCssPath } from '../site/fonts.js';
import type { SiteFiles } from '../site/site.js';

interface Shown {
  seq: number;
  config: string;
  /** Per stack, its number of slides. */
  shape: string;
  /** Per slide (vertical ones in order), its <section> and outline entry as JSON. */
  slides: { html: string; entry: string }[];
}

function shownOf(deck: Deck, seq: number): Shown {
  return {
    seq,
    config: JSON.stringify(deck.config),
    shape: deck.stacks.map((s) => s.slides.length).join(','),
    slides: deck.stacks.flatMap((s) => s.slides).map((slide) => ({ html: renderSection(slide), entry: JSON.stringify(outlineSlide(slide)) })),
  };
}

const fontsDir = fontsCssPath.slice(0, fontsCssPath.lastIndexOf('/') + 1);

export class DraftPatcher {
  private shown: Shown | null = null;

  /** The deck build number `seq` put on screen, as a patch from the previous one; null when a page must reload it whole. */
  next(deck: Deck, site: SiteFiles, seq: number): DraftPatch | null {
    const before = this.shown;
    const after = shownOf(deck, seq);
    this.shown = after;
    if (!before || before.config !== after.config || before.shape !== after.shape) return null;
    const slides: DraftSlide[] = [];
    after.slides.forEach((now, index) => {
      const was = before.slides[index]!;
      if (was.html !== now.html || was.entry !== now.entry) slides.push({ index, html: now.html, hash: sectionHash(now.html), slide: JSON.parse(now.entry) as DraftSlide['slide'] });
    });
    const fonts = [...site.keys()].filter((path) => path.startsWith(fontsDir) && path.endsWith('.woff2')).sort();
    return { from: before.seq, slides, fonts };
  }
}
