// What every rendering step of one slide shares: the loader's context (assets,
// problem reports) and a way to point a problem back at the slide's markdown.
import type { RenderContext } from '../render-context.js';
import { LineLocator } from './lines.js';

export interface SlideEnv {
  ctx: RenderContext;
  lines: LineLocator;
}

export function slideEnv(markdown: string, ctx: RenderContext): SlideEnv {
  return { ctx, lines: new LineLocator(markdown) };
}

/** Reports a warning at the first place in the markdown where one of `needles` appears. */
export function warn(env: SlideEnv, needles: string[], code: string, message: string, hint: string): void {
  const at = env.lines.find(...needles);
  env.ctx.report({ ...at, severity: 'warning', code, message, hint });
}
