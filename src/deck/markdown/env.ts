// What every rendering step of one slide shares: the loader's context (assets,
// problem reports) and a way to point a problem back at the slide's markdown.
import type { DiagnosticCode } from '../model.js';
import type { RenderContext } from '../render-context.js';
import { LineLocator } from './lines.js';

export interface SlideEnv {
  ctx: RenderContext;
  lines: LineLocator;
  /** Warnings of each code on this slide so far. */
  counts: Map<DiagnosticCode, number>;
}

/**
 * Warnings of one code listed per slide; the rest are counted in one summary. 20,000 of
 * the same warning help nobody, and locating each costs a search of the slide.
 */
export const warningsPerCode = 20;

export function slideEnv(markdown: string, ctx: RenderContext): SlideEnv {
  return { ctx, lines: new LineLocator(markdown), counts: new Map() };
}

/** Reports a warning at the first place in the markdown where one of `needles` appears. */
export function warn(env: SlideEnv, needles: string[], code: DiagnosticCode, message: string, hint: string): void {
  const n = (env.counts.get(code) ?? 0) + 1;
  env.counts.set(code, n);
  if (n > warningsPerCode) return;
  const at = env.lines.find(...needles);
  env.ctx.report({ ...at, severity: 'warning', code, message, hint });
}

/** One warning per code that had more than were listed, once the slide is rendered. */
export function reportUnlisted(env: SlideEnv): void {
  for (const [code, n] of env.counts) {
    if (n <= warningsPerCode) continue;
    env.ctx.report({
      line: 1, column: 1, severity: 'warning', code,
      message: `${(n - warningsPerCode).toLocaleString('en')} more warnings like the ${warningsPerCode} above (${code}) on this slide were not listed`,
      hint: 'Fix the ones listed and check again to see the rest.',
    });
  }
}
