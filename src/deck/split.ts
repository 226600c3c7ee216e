// Splits one markdown file into slides: `---` alone on a line starts a new horizontal
// slide, `----` a new vertical one (the reveal-md convention), except inside fenced code.
// Every slide keeps its line range so diagnostics and the presenter point at the source.
import { createFenceTracker } from './fence.js';

export interface RawSlide {
  /** 1-based line numbers, inclusive, of the slide's text in its file. */
  startLine: number;
  endLine: number;
  text: string;
  /** True when this slide starts a new horizontal position (not a vertical child). */
  startsStack: boolean;
}

export interface SplitResult {
  slides: RawSlide[];
  /**
   * Lines (1-based, in the file) of separators written directly under a line of text:
   * CommonMark reads that as a setext heading underline, we read it as a slide break.
   */
  ambiguousSeparators: number[];
  /** Line of a code fence that is never closed (it swallows every separator after it), or 0. */
  unclosedFence: number;
}

const horizontal = /^---[ \t]*$/;
const vertical = /^----[ \t]*$/;
// Lines that cannot be continued by a setext underline: they start a block of another kind.
const notParagraph = /^(?: {0,3}(?:#|>|<|\||[-*+][ \t]|\d{1,9}[.)][ \t]|$)| {4}|\t)/;

export function splitSlides(source: string, firstLine = 1): SplitResult {
  const lines = source.split('\n');
  if (source.endsWith('\n')) lines.pop();
  const slides: RawSlide[] = [];
  const ambiguousSeparators: number[] = [];
  const fence = createFenceTracker();
  let start = 0;
  let startsStack = true;
  let previousIsParagraph = false;

  // The range is trimmed to the slide's first and last non-blank lines, so a slide
  // points at its heading, not at the blank line after the separator.
  const flush = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && lines[from]!.trim() === '') from++;
    while (to > from && lines[to - 1]!.trim() === '') to--;
    if (from === to) from = to = start;
    slides.push({ startLine: firstLine + from, endLine: firstLine + Math.max(from, to - 1), text: lines.slice(from, to).join('\n'), startsStack });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence.step(line)) {
      previousIsParagraph = false;
      continue;
    }
    const isVertical = vertical.test(line);
    if (isVertical || horizontal.test(line)) {
      if (previousIsParagraph) ambiguousSeparators.push(firstLine + i);
      flush(i);
      start = i + 1;
      startsStack = !isVertical;
      previousIsParagraph = false;
      continue;
    }
    // An indented line cannot interrupt a paragraph: it continues it.
    const continues: boolean = previousIsParagraph && /^( {4}|\t)/.test(line) && line.trim() !== '';
    previousIsParagraph = continues || !notParagraph.test(line);
  }
  flush(lines.length);
  const unclosedFence = fence.openedAt === -1 ? 0 : firstLine + fence.openedAt;
  return { slides, ambiguousSeparators, unclosedFence };
}
