// reveal-md's `revealOptions`: reveal.js settings passed through to Reveal.initialize.
// Only settings that change how the deck looks or steps are taken, each checked for its
// type; the rest (plugins, keyboard bindings, URLs, anything that runs code) are warned
// about and ignored, so a cloned deck cannot reconfigure the app.
import type { RevealOptions } from './model.js';

type Check = 'boolean' | 'number' | readonly string[] | 'slideNumber' | 'size';

export const transitionNames = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;

export const revealOptionChecks: Record<string, Check> = {
  controls: 'boolean',
  progress: 'boolean',
  slideNumber: 'slideNumber',
  center: 'boolean',
  hash: 'boolean',
  loop: 'boolean',
  rtl: 'boolean',
  shuffle: 'boolean',
  fragments: 'boolean',
  autoAnimate: 'boolean',
  showNotes: 'boolean',
  transition: ['default', ...transitionNames],
  transitionSpeed: ['default', 'fast', 'slow'],
  backgroundTransition: ['default', ...transitionNames],
  navigationMode: ['default', 'linear', 'grid'],
  width: 'size',
  height: 'size',
  margin: 'number',
  minScale: 'number',
  maxScale: 'number',
  autoSlide: 'number',
  viewDistance: 'number',
};

export type OptionResult = { ok: true; value: string | number | boolean } | { ok: false; expected: string };

export function checkRevealOption(key: string, value: unknown): OptionResult {
  const check = revealOptionChecks[key]!;
  if (check === 'boolean') return typeof value === 'boolean' ? { ok: true, value } : { ok: false, expected: 'true or false' };
  if (check === 'number')
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? { ok: true, value } : { ok: false, expected: 'a number' };
  if (check === 'size')
    return typeof value === 'number' && value >= 100 && value <= 10000 ? { ok: true, value } : { ok: false, expected: 'a number of pixels between 100 and 10000' };
  if (check === 'slideNumber')
    return typeof value === 'boolean' || (typeof value === 'string' && ['h.v', 'h/v', 'c', 'c/t'].includes(value))
      ? { ok: true, value }
      : { ok: false, expected: 'true, false, "h.v", "h/v", "c" or "c/t"' };
  return typeof value === 'string' && check.includes(value) ? { ok: true, value } : { ok: false, expected: `one of ${check.join(', ')}` };
}

/** reveal.js's `default` transition is `slide`. */
export function revealTransition(value: string): string {
  return value === 'default' ? 'slide' : value;
}

export type { RevealOptions };
