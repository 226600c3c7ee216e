// Markdown that marked cannot render in reasonable time and memory, found before it is
// tried: its parsers recurse once per nesting level (a list indented 2,000 levels took
// 48 s and 3.1 GB; thousands of `>` overflow the stack) and its regexes overflow the
// stack on a line of many megabytes. One linear pass over the slide names the line and
// the real cause, so the author knows what to change.
import { createFenceTracker } from '../fence.js';

/** Deeper than any slide needs; marked stays in milliseconds below it. */
export const maxNesting = 50;
/** A line of 1,000,000 characters still renders in well under a second. */
export const maxLineLength = 1_000_000;

export interface LimitProblem {
  /** 1-based line in the markdown. */
  line: number;
  code: 'markdown-too-deep' | 'markdown-line-too-long';
  message: string;
  hint: string;
}

const listMarker = /^([-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Column width of leading spaces and tabs (a tab goes to the next multiple of 4). */
function indentOf(text: string, from: number): { width: number; end: number } {
  let width = 0;
  let i = from;
  for (; i < text.length; i++) {
    if (text[i] === ' ') width++;
    else if (text[i] === '\t') width += 4 - (width % 4);
    else break;
  }
  return { width, end: i };
}

export function exceededLimit(markdown: string): LimitProblem | null {
  const fence = createFenceTracker();
  // Content columns of the list items open at the current quote depth.
  let items: number[] = [];
  let quoteDepth = 0;
  let lineNo = 0;
  for (let start = 0; start <= markdown.length; ) {
    let end = markdown.indexOf('\n', start);
    if (end === -1) end = markdown.length;
    lineNo++;
    if (end - start > maxLineLength) {
      return {
        line: lineNo, code: 'markdown-line-too-long',
        message: `line ${lineNo} is ${(end - start).toLocaleString('en')} characters long, more than the ${maxLineLength.toLocaleString('en')} a slide line may have; the slide is shown as plain text`,
        hint: 'Break the line up; for a big picture, save it as a file in the deck folder instead of a data: URL.',
      };
    }
    const line = markdown.slice(start, end);
    start = end + 1;
    if (fence.step(line)) continue;

    let i = 0;
    let quotes = 0;
    for (;;) {
      const { width, end: at } = indentOf(line, i);
      if (width > 3 || line[at] !== '>') break;
      quotes++;
      i = at + 1;
    }
    if (quotes !== quoteDepth) items = [];
    quoteDepth = quotes;
    const { width, end: at } = indentOf(line, i);
    const marker = listMarker.exec(line.slice(at, at + 12));
    if (marker) {
      while (items.length > 0 && width < items[items.length - 1]!) items.pop();
      items.push(width + marker[0].length + 1);
    }
    if (quotes + items.length > maxNesting) {
      return {
        line: lineNo, code: 'markdown-too-deep',
        message: `line ${lineNo} is nested ${quotes + items.length} levels deep (lists and > quotes), more than the ${maxNesting} a slide may have; the slide is shown as plain text`,
        hint: `Indent lists and quotes at most ${maxNesting} levels deep; a line indented by 4 spaces more than its list item is code, not a new level.`,
      };
    }
  }
  return null;
}
