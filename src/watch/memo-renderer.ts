// A slide renderer that remembers: on a save, usually one slide of forty changed, and
// re-rendering the other thirty-nine (marked, highlight.js, sanitize-html) is most of a
// reload's time. Each result is kept with the calls it made to its RenderContext; a hit
// replays them (so the loader still registers the slide's assets and receives its
// diagnostics) and is only trusted when every asset still resolves to the same thing —
// an image that changed or went missing renders afresh.
import { createSlideRenderer, type RenderedSlide, type SlideRenderer } from '../deck/render.js';
import type { RenderContext, ResolvedImage } from '../deck/render-context.js';

type Problem = Parameters<RenderContext['report']>[0];

interface Entry {
  result: RenderedSlide;
  assets: { src: string; line: number; resolved: ResolvedImage | null }[];
  problems: Problem[];
  /** The load that last used it; older entries are dropped. */
  generation: number;
}

function sameImage(a: ResolvedImage | null, b: ResolvedImage | null): boolean {
  return a === b || (a !== null && b !== null && a.href === b.href && a.svgText === b.svgText);
}

export interface MemoRenderer {
  render: SlideRenderer;
  /** Call once per load, after it: forgets slides that are no longer in the deck. */
  sweep(): void;
}

/**
 * A renderer for a first look at a deck: the first `count` texts it is given (slides and
 * their notes, in deck order) are rendered, every later one stands empty until the deck
 * is loaded again with the whole renderer. Nothing is asked of the loader for those.
 */
export function firstOnly(render: SlideRenderer, count: number): SlideRenderer {
  let left = count;
  return (markdown, ctx) => (left-- > 0 ? render(markdown, ctx) : { html: '', attributes: {}, fragments: 0, title: '', titleLevel: 0, notesHtml: '' });
}

export function createMemoRenderer(inner: SlideRenderer = createSlideRenderer()): MemoRenderer {
  const cache = new Map<string, Entry>();
  let generation = 0;

  const render: SlideRenderer = (markdown, ctx) => {
    const hit = cache.get(markdown);
    if (hit && hit.assets.every((a) => sameImage(ctx.resolveAsset(a.src, a.line), a.resolved))) {
      for (const problem of hit.problems) ctx.report(problem);
      hit.generation = generation;
      return hit.result;
    }
    const entry: Entry = { result: undefined as unknown as RenderedSlide, assets: [], problems: [], generation };
    entry.result = inner(markdown, {
      resolveAsset(src, line) {
        const resolved = ctx.resolveAsset(src, line);
        entry.assets.push({ src, line, resolved });
        return resolved;
      },
      report(problem) {
        entry.problems.push(problem);
        ctx.report(problem);
      },
    });
    cache.set(markdown, entry);
    return entry.result;
  };

  return {
    render,
    sweep() {
      for (const [key, entry] of cache) if (entry.generation !== generation) cache.delete(key);
      generation += 1;
    },
  };
}
