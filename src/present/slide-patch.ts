// Swapping in a new version of the slides with the least work for reveal.js, leaving the
// slides that did not change alone, element and all. For each slide it shows, the page
// knows the hash of the section it was given (DeckJsonSlide.hash) and that section's own
// attributes (an empty copy of the element, taken before reveal.js added its own), so
// neither the old nor the new deck has to be parsed whole to find what changed:
//  - same shape (the same stacks, as many slides in each): only the slides whose hash
//    changed are patched in place — the same <section> element, new attributes and
//    content — and reveal.js re-syncs just those, keeping its own state on them
//    (present/past classes, backgrounds);
//  - stacks added, removed or reshaped: the unchanged stacks at the start and at the end
//    stay as they are, the ones between are replaced, and reveal.js re-syncs the deck;
//  - nothing known about what is on screen: everything is replaced.
import type { RevealApi } from 'reveal.js';
import { joinSlides, type DeckJsonSlide } from '../contract.js';

/**
 * A slide as the page shows it: its content's hash, the section's own attributes (an
 * empty copy of the element), and its opening tag as deck.json wrote it (null until known).
 */
export interface ShownSlide {
  hash: string;
  shell: Element;
  tag: string | null;
}

/** What the page shows, stack by stack. */
export type ShownSlides = ShownSlide[][];

/** A new version of the slides, as deck.json has them. */
export type NextSlides = readonly { readonly slides: readonly Pick<DeckJsonSlide, 'html' | 'hash'>[] }[];

/** The top-level sections under `root`, each with its slides (a stack's, or the section itself). */
function stacksIn(root: ParentNode): { top: Element; slides: Element[] }[] {
  const stacks: { top: Element; slides: Element[] }[] = [];
  for (const top of Array.from(root.children)) {
    if (top.tagName !== 'SECTION') continue;
    const inner = Array.from(top.children).filter((c) => c.tagName === 'SECTION');
    stacks.push({ top, slides: inner.length ? inner : [top] });
  }
  return stacks;
}

/**
 * The slides under `root` as given (before reveal.js touches them), with their hashes;
 * null when the hashes do not describe them (a page without them, or another shape).
 */
export function servedSlides(root: ParentNode | null, hashes: readonly (readonly string[])[] | undefined): ShownSlides | null {
  if (!root || !hashes) return null;
  const stacks = stacksIn(root);
  if (stacks.length !== hashes.length || stacks.some((stack, i) => stack.slides.length !== hashes[i]!.length)) return null;
  return stacks.map((stack, i) => stack.slides.map((el, j) => ({ hash: hashes[i]![j]!, shell: el.cloneNode(false) as Element, tag: null })));
}

function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function classes(el: Element): string[] {
  return Array.from(el.classList);
}

/** Moves `live`'s attributes from what `before` said to what `after` says, leaving reveal.js's own additions alone; true when any changed. */
function patchAttributes(live: Element, before: Element, after: Element): boolean {
  let changed = false;
  for (const { name, value } of Array.from(before.attributes)) {
    if (name !== 'class' && after.getAttribute(name) !== value) changed = true;
    if (name !== 'class' && !after.hasAttribute(name)) live.removeAttribute(name);
  }
  for (const { name, value } of Array.from(after.attributes)) {
    if (name === 'class') continue;
    if (before.getAttribute(name) !== value) changed = true;
    live.setAttribute(name, value);
  }
  const gone = classes(before).filter((c) => !after.classList.contains(c));
  const added = classes(after).filter((c) => !before.classList.contains(c));
  live.classList.remove(...gone);
  live.classList.add(...added);
  return changed || gone.length > 0 || added.length > 0;
}

/** The opening tag of a slide's section (attribute values are escaped: the first `>` ends it). */
const openingTag = (html: string) => html.slice(0, html.indexOf('>') + 1);

/** The tag as the page would write it: its serialisation, which matches deck.json's for the plain values slides carry. */
const tagOf = (slide: ShownSlide) => (slide.tag ??= slide.shell.outerHTML.slice(0, -'</section>'.length));

/** More patched slides than this are synced with one reveal.sync(). */
const syncEachLimit = 8;

const sameStack = (shown: readonly ShownSlide[], next: NextSlides[number]) => shown.length === next.slides.length && shown.every((slide, j) => slide.hash === next.slides[j]!.hash);

/** What a swap did: what the page shows now, the slides it patched, and whether the deck's shape changed (reveal.js re-synced it all). */
export interface Swap {
  shown: ShownSlides;
  patched: Element[];
  reshaped: boolean;
}

/**
 * Brings the slide `el` (showing `slide`) to `wanted`: nothing when its content and tag
 * are the same; its attributes only when just they changed (a line added above it moves
 * its data-source-line; its children, a playing video among them, stay); else its
 * attributes and children. Adds it to `patched` when it changed (reveal.js is to re-sync it).
 */
function update(el: Element, slide: ShownSlide, wanted: NextSlides[number]['slides'][number], patched: Element[]): ShownSlide {
  const tag = openingTag(wanted.html);
  const sameContent = slide.hash === wanted.hash;
  if (sameContent && tagOf(slide) === tag) return slide;
  const after = parse(sameContent ? `${tag}</section>` : wanted.html).firstElementChild!;
  const attributesChanged = patchAttributes(el, slide.shell, after);
  if (!sameContent) el.replaceChildren(...Array.from(after.childNodes));
  if (!sameContent || attributesChanged) patched.push(el);
  return { hash: wanted.hash, shell: after, tag };
}

/**
 * Replaces the slides in `container` (showing `shown`, or unknown: null) with `next`, and
 * says what it did. reveal.js is synced: the changed slides only, or the whole deck when
 * its shape changed.
 */
export function swapSlides(reveal: RevealApi, container: Element, shown: ShownSlides | null, next: NextSlides): Swap {
  const live = stacksIn(container);
  const known = shown !== null && shown.length === live.length && shown.every((stack, i) => stack.length === live[i]!.slides.length);
  const patched: Element[] = [];
  const keep = (from: number, to: number, offset = 0) =>
    shown!.slice(from, to).map((stack, k) => stack.map((slide, j) => update(live[from + k]!.slides[j]!, slide, next[from + k + offset]!.slides[j]!, patched)));
  if (known && shown.length === next.length && shown.every((stack, i) => stack.length === next[i]!.slides.length)) {
    const now = keep(0, shown.length);
    // reveal.syncSlide() updates every slide's background, so syncing many slides one by
    // one is quadratic (the rest of a 10,000-slide first look took minutes): past a few,
    // one sync of the deck.
    if (patched.length > syncEachLimit) reveal.sync();
    else for (const el of patched) reveal.syncSlide(el as HTMLElement);
    return { shown: now, patched, reshaped: false };
  }
  if (known) {
    let start = 0;
    while (start < shown.length && start < next.length && sameStack(shown[start]!, next[start]!)) start++;
    let end = 0;
    while (end < shown.length - start && end < next.length - start && sameStack(shown[shown.length - 1 - end]!, next[next.length - 1 - end]!)) end++;
    const between = next.slice(start, next.length - end);
    const fresh = parse(joinSlides(between));
    const freshShown = servedSlides(fresh, between.map((stack) => stack.slides.map((slide) => slide.hash)))!;
    // The stacks kept at both ends may still need new attributes; reveal.js re-syncs everything below.
    const head = keep(0, start);
    const tail = keep(shown.length - end, shown.length, next.length - shown.length);
    for (const stack of live.slice(start, live.length - end)) stack.top.remove();
    container.insertBefore(fresh, live[live.length - end]?.top ?? null);
    reveal.sync();
    return { shown: [...head, ...freshShown, ...tail], patched, reshaped: true };
  }
  container.innerHTML = joinSlides(next);
  const all = servedSlides(container, next.map((stack) => stack.slides.map((slide) => slide.hash)))!;
  reveal.sync();
  return { shown: all, patched, reshaped: true };
}

/**
 * Puts `next` (one slide's <section> and its hash) in place of the slide at `index`
 * (counting vertical slides in order), as the editor's preview does on each keystroke, and
 * updates `shown` to match. False when the page's slides are not those of `shown` any more
 * (the caller reloads them whole).
 */
export function patchSlide(reveal: RevealApi, container: Element, shown: ShownSlides, index: number, next: Pick<DeckJsonSlide, 'html' | 'hash'>): boolean {
  const live = stacksIn(container);
  if (shown.length !== live.length || !shown.every((stack, i) => stack.length === live[i]!.slides.length)) return false;
  if (!next.html.startsWith('<section')) return false;
  let v = index;
  for (const [h, stack] of shown.entries()) {
    if (v >= stack.length) {
      v -= stack.length;
      continue;
    }
    const patched: Element[] = [];
    stack[v] = update(live[h]!.slides[v]!, stack[v]!, next, patched);
    for (const el of patched) reveal.syncSlide(el as HTMLElement);
    return true;
  }
  return false;
}
