// The presenter view drives its two preview iframes (current and next slide), which
// are the deck page in role 'preview', with window.postMessage; this is that link's
// typed message set, checked on both ends.
//  1. The preview boots reveal.js without controls or keyboard and posts {type:'ready'}.
//  2. The parent sends 'show' (go to a state, then `step` steps further: 0 for the current
//     slide, 1 for the next one), 'command' (run a navigation command; the current-slide
//     preview is the presenter's navigation engine, so reveal.js decides what "next" is),
//     'reload' (live reload: fetch deck.json and patch), or 'patch' (the editor's draft as
//     it is typed: these slides' new <section>s, by index counting every slide).
//  3. After each, the preview answers {type:'state'} with where it is, whether it could
//     not step further (end of the deck), and the slide's notes, source, n / N and how
//     its content fits the frame.
//  Beside the two previews the presenter frames the layout check (the deck page's print
//  view with every fragment shown, src/present/layout-check.ts), which answers nothing but
//  {type:'layout'}: how far each slide runs past its frame, once it is laid out.
//  4. Each end accepts a message only from the one window it talks to (event.source) and,
//     where pages have an origin, only from its own origin; it posts only to that window,
//     and only to its own origin. A page opened from disk has none: its origin is opaque
//     ('null'; Chromium's location.origin says 'file://', which matches no window), so no
//     origin string can name the other end, and there the window check alone decides.
import type { SlideExtent, SourcePosition } from '../contract.js';
import { isNavigationCommand, type NavigationCommand } from './commands.js';
import { isDeckState, type DeckState } from './state.js';

const tag = 'deck-preview';

export interface SlideInfo {
  /** 1-based position counting every slide, and the number of slides. */
  n: number;
  total: number;
  notesHtml: string;
  /** Where the slide is written; null for a slide the page did not get from a deck file. */
  source: SourcePosition | null;
  /** How the slide's content fits its frame, as laid out now (null: nothing to measure). */
  extent: SlideExtent | null;
}

export type ToPreview =
  | { tag: typeof tag; type: 'show'; state: DeckState; step: 0 | 1 }
  | { tag: typeof tag; type: 'command'; command: NavigationCommand }
  | { tag: typeof tag; type: 'reload' }
  | { tag: typeof tag; type: 'patch'; slides: { index: number; html: string; hash: string }[]; fonts: string[] };

export type FromPreview =
  | { tag: typeof tag; type: 'ready' }
  | { tag: typeof tag; type: 'state'; state: DeckState; end: boolean; slide: SlideInfo }
  | { tag: typeof tag; type: 'layout'; extents: SlideExtent[] };

/** This page's origin, or null when it is opaque (a page opened from file://, a sandboxed frame). */
function ownOrigin(): string | null {
  // self.origin, not location.origin: only the former serialises an opaque origin as 'null'.
  return self.origin === 'null' ? null : self.origin;
}

/** Posts to the other end of the link; the target origin is this page's own, where it has one. */
export function postTo(target: Window | null | undefined, message: ToPreview | FromPreview): void {
  target?.postMessage(message, ownOrigin() ?? '*');
}

/** Whether a message event comes from `source`, the other end of the link (rule 4 above). */
export function isFrom(event: MessageEvent, source: Window | null | undefined): boolean {
  if (!source || event.source !== source) return false;
  const origin = ownOrigin();
  return origin === null || event.origin === origin;
}

type Distribute<T> = T extends unknown ? Omit<T, 'tag'> : never;

export function toPreview(message: Distribute<ToPreview>): ToPreview {
  return { tag, ...message } as ToPreview;
}

export function fromPreview(message: Distribute<FromPreview>): FromPreview {
  return { tag, ...message } as FromPreview;
}

export function parseToPreview(data: unknown): ToPreview | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.tag !== tag) return null;
  if (m.type === 'show' && isDeckState(m.state) && (m.step === 0 || m.step === 1)) return m as unknown as ToPreview;
  if (m.type === 'command' && isNavigationCommand(m.command)) return m as unknown as ToPreview;
  if (m.type === 'reload') return m as unknown as ToPreview;
  if (m.type === 'patch' && Array.isArray(m.slides) && m.slides.every(isSlidePatch) && Array.isArray(m.fonts) && m.fonts.every((f) => typeof f === 'string')) return m as unknown as ToPreview;
  return null;
}

function isSlidePatch(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { index, html, hash } = value as Record<string, unknown>;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && typeof html === 'string' && typeof hash === 'string';
}

function isSourcePosition(value: unknown): value is SourcePosition {
  if (typeof value !== 'object' || value === null) return false;
  const { file, line } = value as Record<string, unknown>;
  return typeof file === 'string' && typeof line === 'number' && Number.isInteger(line) && line >= 1;
}

function isSlideInfo(value: unknown): value is SlideInfo {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s.n === 'number' && typeof s.total === 'number' && typeof s.notesHtml === 'string' && (s.source === null || isSourcePosition(s.source)) && (s.extent === null || isSlideExtent(s.extent));
}

function isSlideExtent(value: unknown): value is SlideExtent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const px = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return isSourcePosition(e.source) && px(e.overBottom) && px(e.overRight) && px(e.height);
}

/** More slides than any deck has: a list longer than this is not a layout report. */
const maxExtents = 100_000;

export function parseFromPreview(data: unknown): FromPreview | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.tag !== tag) return null;
  if (m.type === 'ready') return m as unknown as FromPreview;
  if (m.type === 'state' && isDeckState(m.state) && typeof m.end === 'boolean' && isSlideInfo(m.slide)) return m as unknown as FromPreview;
  if (m.type === 'layout' && Array.isArray(m.extents) && m.extents.length <= maxExtents && m.extents.every(isSlideExtent)) return m as unknown as FromPreview;
  return null;
}
