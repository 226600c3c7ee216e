// Swapping in a new version of the slides with the least work for reveal.js. When the
// deck keeps its shape (same stacks, same number of slides in each), only the slides
// whose HTML changed are patched in place — the same <section> element, new attributes
// and content — and reveal.js re-syncs just those; reveal.js keeps its own state on
// them (present/past classes, backgrounds). Any other change replaces everything and
// re-syncs the whole deck. The editor's preview also patches single slides as they are
// typed (patchSlide), so the page keeps the slides as served parsed, not as a string.
import type { RevealApi } from 'reveal.js';

/** The slides in order (vertical ones inside their stack), and the shape of the stacks. */
export interface SlideLayout {
  leaves: Element[];
  shape: string;
}

function layoutOf(root: ParentNode): SlideLayout {
  const leaves: Element[] = [];
  const shape: number[] = [];
  for (const top of Array.from(root.children)) {
    if (top.tagName !== 'SECTION') continue;
    const inner = Array.from(top.children).filter((c) => c.tagName === 'SECTION');
    if (inner.length) leaves.push(...inner);
    else leaves.push(top);
    shape.push(inner.length);
  }
  return { leaves, shape: shape.join(',') };
}

function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function classes(el: Element): string[] {
  return Array.from(el.classList);
}

/** Moves `live` from what `before` said to what `after` says, leaving reveal.js's own additions alone. */
function patch(live: Element, before: Element, after: Element): void {
  for (const { name } of Array.from(before.attributes)) {
    if (name !== 'class' && !after.hasAttribute(name)) live.removeAttribute(name);
  }
  for (const { name, value } of Array.from(after.attributes)) {
    if (name !== 'class') live.setAttribute(name, value);
  }
  live.classList.remove(...classes(before));
  live.classList.add(...classes(after));
  // A slide that only moved (its source line attribute changed) keeps its content's DOM.
  if (before.innerHTML !== after.innerHTML) live.innerHTML = after.innerHTML;
}

/** The served slides' HTML, parsed (inert: nothing in it loads or runs). */
export function parseSlides(html: string): SlideLayout {
  return layoutOf(parse(html));
}

/**
 * Replaces the slides in `container` (currently showing `previous`, as served) with
 * `nextHtml`, patching in place when the shape allows (reveal.js synced per slide),
 * else replacing everything and calling reveal.sync(). Returns `nextHtml` parsed: the
 * `previous` of the next swap.
 */
export function swapSlides(reveal: RevealApi, container: Element, previous: SlideLayout | null, nextHtml: string): SlideLayout {
  const after = parseSlides(nextHtml);
  if (previous !== null) {
    const live = layoutOf(container);
    if (previous.shape === after.shape && live.shape === after.shape && live.leaves.length === after.leaves.length) {
      after.leaves.forEach((next, i) => {
        const old = previous.leaves[i]!;
        if (old.outerHTML === next.outerHTML) return;
        patch(live.leaves[i]!, old, next);
        reveal.syncSlide(live.leaves[i] as HTMLElement);
      });
      return after;
    }
  }
  container.innerHTML = nextHtml;
  reveal.sync();
  return after;
}

/**
 * Puts `html` (one slide's <section>) in place of the slide at `index` (counting vertical
 * slides in order) and updates `shown` to match. False when the page's slides are not
 * those of `shown` any more (the caller reloads them whole).
 */
export function patchSlide(reveal: RevealApi, container: Element, shown: SlideLayout, index: number, html: string): boolean {
  const live = layoutOf(container);
  const old = shown.leaves[index];
  const next = parse(html).firstElementChild;
  if (!old || !next || live.shape !== shown.shape || next.tagName !== 'SECTION') return false;
  shown.leaves[index] = next;
  patch(live.leaves[index]!, old, next);
  reveal.syncSlide(live.leaves[index] as HTMLElement);
  return true;
}
