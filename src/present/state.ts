// Where a presentation is: the one piece of state the audience window, the presenter
// view and its previews share. Plain data, compared by value.
import { isSlideKey, type SlideKey } from './slide-key.js';

export interface Indices {
  /** Horizontal slide index. */
  h: number;
  /** Index inside a vertical stack (0 when the slide stands alone). */
  v: number;
  /** Last fragment shown; -1 when none is shown or the slide has no fragments. */
  f: number;
}

export interface DeckState {
  indices: Indices;
  /** reveal.js's overview (O / Esc). */
  overview: boolean;
  /** The audience screen is black (B or .; reveal.js's pause). */
  paused: boolean;
  /**
   * The slide itself, when known: a window whose deck was reloaded (slides added or
   * removed before it) finds it by this, where the indices would name another slide.
   */
  slide?: SlideKey;
}

export function sameState(a: DeckState | null, b: DeckState | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.indices.h === b.indices.h &&
    a.indices.v === b.indices.v &&
    a.indices.f === b.indices.f &&
    a.overview === b.overview &&
    a.paused === b.paused
  );
}

function isIndex(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value < 100_000;
}

export function isDeckState(value: unknown): value is DeckState {
  if (typeof value !== 'object' || value === null) return false;
  const { indices, overview, paused, slide } = value as Record<string, unknown>;
  if (typeof indices !== 'object' || indices === null) return false;
  const { h, v, f } = indices as Record<string, unknown>;
  return isIndex(h, 0) && isIndex(v, 0) && isIndex(f, -1) && typeof overview === 'boolean' && typeof paused === 'boolean' && (slide === undefined || isSlideKey(slide));
}
