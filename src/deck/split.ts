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
  /** Slidev: the slide's own front matter block (YAML) and the file line it starts on. */
  matter?: { text: string; line: number };
}

/**
 * How a file is cut into slides. 'reveal': `---` / `----` lines (reveal-md's defaults);
 * 'marp': every thematic break, and `---` under a paragraph is a heading as in CommonMark;
 * 'slidev': `---` lines, each optionally followed by a YAML block closed by `---`.
 */
export type SplitMode = 'reveal' | 'marp' | 'slidev';

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
const thematicBreak = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const setextUnderline = /^ {0,3}-+[ \t]*$/;
const yamlLine = /^(?:[A-Za-z_][\w-]*[ \t]*:|[ \t]+\S|-[ \t]|#|[ \t]*$)/;
const vertical = /^----[ \t]*$/;
// Lines that cannot be continued by a setext underline: they start a block of another kind.
const notParagraph = /^(?: {0,3}(?:#|>|<|\||[-*+][ \t]|\d{1,9}[.)][ \t]|$)| {4}|\t)/;

export interface SplitOptions {
  /** Marp's `headingDivider`: a slide also starts at every heading of these levels. */
  headingLevels?: ReadonlySet<number>;
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

export function splitSlides(source: string, firstLine = 1, mode: SplitMode = 'reveal', options: SplitOptions = {}): SplitResult {
  const lines = source.split('\n');
  if (source.endsWith('\n')) lines.pop();
  const slides: RawSlide[] = [];
  const ambiguousSeparators: number[] = [];
  const fence = createFenceTracker();
  let start = 0;
  let startsStack = true;
  let previousIsParagraph = false;
  /** The last line with something on it (for headingDivider: a heading that is a slide's first line splits nothing). */
  let lastContent = -1;
  let inComment = false;

  // The range is trimmed to the slide's first and last non-blank lines, so a slide
  // points at its heading, not at the blank line after the separator.
  const flush = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && lines[from]!.trim() === '') from++;
    while (to > from && lines[to - 1]!.trim() === '') to--;
    if (from === to) from = to = start;
    slides.push({ startLine: firstLine + from, endLine: firstLine + Math.max(from, to - 1), text: lines.slice(from, to).join('\n'), startsStack, ...(matter ? { matter } : {}) });
    matter = undefined;
  };
  let matter: RawSlide['matter'];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence.step(line)) {
      previousIsParagraph = false;
      lastContent = i;
      continue;
    }
    const isVertical = mode === 'reveal' && vertical.test(line);
    const isBreak = mode === 'marp' ? thematicBreak.test(line) && !(previousIsParagraph && setextUnderline.test(line)) : horizontal.test(line);
    if (isVertical || isBreak) {
      if (previousIsParagraph && mode === 'reveal') ambiguousSeparators.push(firstLine + i);
      flush(i);
      start = i + 1;
      startsStack = !isVertical;
      previousIsParagraph = false;
      if (mode === 'slidev') {
        const close = slidevMatterEnd(lines, i + 1);
        if (close !== -1) {
          matter = { text: lines.slice(i + 1, close).join('\n'), line: firstLine + i + 1 };
          start = close + 1;
          i = close;
        }
      }
      continue;
    }
    // Marp's headingDivider: the heading starts a slide, unless it is the slide's first line.
    const heading = options.headingLevels && atxHeading.exec(line);
    if (heading && !inComment && options.headingLevels!.has(heading[1]!.length) && lastContent >= start) {
      flush(i);
      start = i;
      startsStack = true;
    }
    // Comments (Marp's directives, notes) are no content a heading would be split from.
    if (inComment) inComment = !line.includes('-->');
    else if (/^\s*<!--/.test(line)) inComment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
    else if (line.trim() !== '') lastContent = i;
    // An indented line cannot interrupt a paragraph: it continues it.
    const continues: boolean = previousIsParagraph && /^( {4}|\t)/.test(line) && line.trim() !== '';
    previousIsParagraph = continues || !notParagraph.test(line);
  }
  flush(lines.length);
  const unclosedFence = fence.openedAt === -1 ? 0 : firstLine + fence.openedAt;
  return { slides, ambiguousSeparators, unclosedFence };
}

/**
 * Slidev: the `---` line ending a front matter block that starts at `from`, or -1 when
 * the lines after a separator are slide content (their first line is no `key:`).
 */
function slidevMatterEnd(lines: readonly string[], from: number): number {
  if (!/^[A-Za-z_][\w-]*[ \t]*:/.test(lines[from] ?? '')) return -1;
  for (let j = from + 1; j < lines.length; j++) {
    if (horizontal.test(lines[j]!)) return j;
    if (!yamlLine.test(lines[j]!)) return -1;
  }
  return -1;
}

/**
 * reveal-md's own separators: regular expressions (already checked by user-regex.ts)
 * applied to the whole file as reveal.js's markdown plugin applies them, except that a
 * match inside fenced code is not a separator. An unset one is reveal-md's default.
 */
export function splitByPatterns(source: string, firstLine: number, horizontalSource: string, verticalSource: string): SplitResult {
  const h = horizontalSource || '\r?\n---\r?\n';
  const v = verticalSource || '\r?\n----\r?\n';
  const all = new RegExp(`${h}|${v}`, 'mg');
  const isHorizontal = new RegExp(h);
  const lineStarts: number[] = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Lines inside fenced code, where nothing is a separator.
  const fence = createFenceTracker();
  const lines = source.split('\n');
  const inFence = lines.map((line) => fence.step(line));
  const slides: RawSlide[] = [];
  const push = (from: number, to: number, startsStack: boolean) => {
    let a = lineOf(from);
    // A separator that ends mid-line (`<!--s-->` with no newline) leaves the rest of its line.
    if (from > lineStarts[a]! && lines[a]!.slice(from - lineStarts[a]!).trim() === '') a++;
    let b = lineOf(Math.max(from, to - 1));
    while (a < b && lines[a]!.trim() === '') a++;
    while (b > a && lines[b]!.trim() === '') b--;
    slides.push({ startLine: firstLine + a, endLine: firstLine + b, text: source.slice(from, to).replace(/^\s*\n/, '').replace(/\s+$/, ''), startsStack });
  };
  let last = 0;
  let startsStack = true;
  for (let m = all.exec(source); m; m = all.exec(source)) {
    if (m[0] === '') {
      all.lastIndex++;
      continue;
    }
    // The match may begin with the previous line's newline: judge the line the separator text is on.
    const textStart = m.index + (m[0].length - m[0].replace(/^\r?\n/, '').length);
    if (inFence[lineOf(textStart)]) continue;
    push(last, m.index, startsStack);
    startsStack = isHorizontal.test(m[0]);
    last = all.lastIndex;
  }
  push(last, source.length, startsStack);
  return { slides, ambiguousSeparators: [], unclosedFence: fence.openedAt === -1 ? 0 : firstLine + fence.openedAt };
}
