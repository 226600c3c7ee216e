// A RenderContext for renderer tests: a pretend deck folder with a few files, and every
// reported problem kept for assertions.
import type { RenderContext, ResolvedImage } from '../../../src/deck/render-context.js';

export interface Problem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hint: string;
}

export interface StubContext extends RenderContext {
  problems: Problem[];
  resolved: { src: string; line: number }[];
}

/** `files` maps a path as written in the slide to its contents (SVG text for .svg files). */
export function stubContext(files: Record<string, string> = {}): StubContext {
  const problems: Problem[] = [];
  const resolved: { src: string; line: number }[] = [];
  return {
    problems,
    resolved,
    resolveAsset(src: string, line: number): ResolvedImage | null {
      resolved.push({ src, line });
      if (!(src in files)) return null;
      const href = `media/${src.replace(/^.*\//, '')}`;
      return src.endsWith('.svg') ? { href, svgText: files[src] } : { href };
    },
    report(problem) {
      problems.push(problem);
    },
  };
}
