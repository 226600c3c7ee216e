// Splits one markdown file into slides: `---` alone on a line starts a new horizontal
// slide, `----` a new vertical one (the reveal-md convention), except inside fenced code.
// Returns line ranges so every slide can point back at its source.

export interface RawSlide {
  /** 1-based line numbers, inclusive, of the slide's text in its file. */
  startLine: number;
  endLine: number;
  text: string;
  /** True when this slide starts a new horizontal position (not a vertical child). */
  startsStack: boolean;
}

const fence = /^ {0,3}(`{3,}|~{3,})/;

export function splitSlides(source: string, firstLine = 1): RawSlide[] {
  const lines = source.split(/\r?\n/);
  const slides: RawSlide[] = [];
  let current: string[] = [];
  let start = firstLine;
  let startsStack = true;
  let openFence: string | null = null;

  const flush = (endLine: number) => {
    slides.push({ startLine: start, endLine, text: current.join('\n'), startsStack });
  };

  lines.forEach((line, i) => {
    const lineNo = firstLine + i;
    const f = fence.exec(line);
    if (f) {
      const marker = f[1]!;
      if (openFence === null) openFence = marker;
      else if (marker[0] === openFence[0] && marker.length >= openFence.length && line.trim() === marker) openFence = null;
    }
    if (openFence === null && /^----\s*$/.test(line)) {
      flush(lineNo - 1);
      current = [];
      start = lineNo + 1;
      startsStack = false;
      return;
    }
    if (openFence === null && /^---\s*$/.test(line)) {
      flush(lineNo - 1);
      current = [];
      start = lineNo + 1;
      startsStack = true;
      return;
    }
    current.push(line);
  });
  flush(firstLine + lines.length - 1);
  return slides;
}
