// Swapping in a new version of the slides with the least work for reveal.js. When the
// deck keeps its shape (same stacks, same number of slides in each), only the slides
// whose HTML changed are patched in place — the same <section> element, new attributes
// and content — and reveal.js re-syncs just those; reveal.js keeps its own state on
// them (present/past classes, backgrounds). Any other change replaces everything and
// re-syncs the whole deck.
import type { RevealApi } from 'reveal.js';

/** The slides in order (vertical ones inside their stack), and the shape of the stacks. */
function layoutOf(root: ParentNode): { leaves: Element[]; shape: string } {
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
  live.innerHTML = after.innerHTML;
}

/**
 * Replaces the slides in `container` (currently showing `previousHtml`, as served) with
 * `nextHtml`. Returns true when it could patch in place (reveal.js already synced), false
 * when it replaced everything and called reveal.sync().
 */
export function swapSlides(reveal: RevealApi, container: Element, previousHtml: string | null, nextHtml: string): boolean {
  if (previousHtml !== null) {
    const before = layoutOf(parse(previousHtml));
    const after = layoutOf(parse(nextHtml));
    const live = layoutOf(container);
    if (before.shape === after.shape && live.shape === after.shape && live.leaves.length === after.leaves.length) {
      after.leaves.forEach((next, i) => {
        const old = before.leaves[i]!;
        if (old.outerHTML === next.outerHTML) return;
        patch(live.leaves[i]!, old, next);
        reveal.syncSlide(live.leaves[i] as HTMLElement);
      });
      return true;
    }
  }
  container.innerHTML = nextHtml;
  reveal.sync();
  return false;
}
