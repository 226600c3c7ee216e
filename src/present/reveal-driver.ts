// The few things the runtime does to a reveal.js instance: read where it is, move it
// somewhere, run a navigation command, and tell when it moved.
import type { RevealApi } from 'reveal.js';
import type { NavigationCommand } from './commands.js';
import { findSlide, keyOf } from './slide-key.js';
import type { DeckState } from './state.js';

export function stateOf(reveal: RevealApi): DeckState {
  const { h, v, f } = reveal.getIndices();
  const state: DeckState = {
    indices: { h: h ?? 0, v: v ?? 0, f: typeof f === 'number' ? f : -1 },
    overview: reveal.isOverview(),
    paused: reveal.isPaused(),
  };
  const slide = keyOf(reveal.getCurrentSlide(), reveal.getSlides());
  if (slide) state.slide = slide;
  return state;
}

/**
 * Moves reveal.js to `state`: to the slide it names when this deck has it (after a live
 * reload its indices may have changed), else to its indices. `withPause` false leaves
 * the black screen alone (previews).
 */
export function applyState(reveal: RevealApi, state: DeckState, withPause = true): void {
  let { h, v } = state.indices;
  const { f } = state.indices;
  const target = state.slide ? findSlide(state.slide, reveal.getSlides()) : null;
  if (target) ({ h, v } = reveal.getIndices(target as HTMLElement));
  reveal.slide(h, v ?? 0, f);
  if (reveal.isOverview() !== state.overview) reveal.toggleOverview(state.overview);
  if (withPause && reveal.isPaused() !== state.paused) reveal.togglePause(state.paused);
}

/**
 * After slides were patched in place (live reload) while the deck stays on its slide:
 * what reveal.slide() would redo for those slides only. reveal.slide() re-classes every
 * slide of the deck, a style recalculation of all of them (a few hundred milliseconds
 * at 1,000 slides). As reveal.js does: the fragments of a slide before the current one
 * are shown, and the current slide's up to fragment `f`.
 */
export function settlePatched(reveal: RevealApi, patched: readonly Element[], f: number): void {
  const current = reveal.getCurrentSlide();
  for (const slide of patched) {
    if (slide === current) continue;
    const top = slide.parentElement?.closest('section') ?? slide;
    const before = top.classList.contains('past') || (top !== slide && top.classList.contains('present') && slide.classList.contains('past'));
    if (!before) continue;
    for (const fragment of Array.from(slide.querySelectorAll('.fragment'))) {
      fragment.classList.add('visible');
      fragment.classList.remove('current-fragment');
    }
  }
  if (patched.includes(current)) reveal.navigateFragment(f);
}

/** Slide n (1-based) counting every slide, vertical ones included. */
export function gotoSlide(reveal: RevealApi, n: number): void {
  const slide = reveal.getSlides()[Math.min(n, reveal.getTotalSlides()) - 1];
  if (!slide) return;
  const { h, v } = reveal.getIndices(slide);
  reveal.slide(h, v ?? 0, -1);
}

export function runNavigation(reveal: RevealApi, command: NavigationCommand): void {
  switch (command.type) {
    case 'next':
      return void reveal.next();
    case 'prev':
      return void reveal.prev();
    case 'left':
      return void reveal.left();
    case 'right':
      return void reveal.right();
    case 'up':
      return void reveal.up();
    case 'down':
      return void reveal.down();
    case 'first':
      return void reveal.slide(0, 0, -1);
    case 'last':
      return void reveal.slide(Number.MAX_SAFE_INTEGER, 0, -1);
    case 'goto':
      return gotoSlide(reveal, command.n);
    case 'enter':
      if (reveal.isOverview()) reveal.toggleOverview(false);
      return;
    case 'overview':
      return void reveal.toggleOverview();
  }
}

const movementEvents = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];

export function onMove(reveal: RevealApi, listener: () => void): void {
  for (const name of movementEvents) reveal.on(name, listener);
}

/** Where the current slide is in the deck's linear order (1-based), and how many there are. */
export function position(reveal: RevealApi): { n: number; total: number } {
  const current = reveal.getCurrentSlide();
  return { n: Math.max(1, reveal.getSlides().indexOf(current) + 1), total: reveal.getTotalSlides() };
}
