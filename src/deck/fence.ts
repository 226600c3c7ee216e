// Tracks CommonMark fenced code blocks line by line, so slide separators and `Note:`
// lines inside code stay code. A closing fence uses the same character, is at least as
// long as the opening one and has nothing after it.
const fenceLine = /^ {0,3}(`{3,}|~{3,})(.*)$/;

export interface FenceTracker {
  /** Feeds the next line; true when that line is part of a fence (its markers included). */
  step(line: string): boolean;
  /** 0-based index of the line that opened a fence still open, -1 when none is open. */
  readonly openedAt: number;
}

export function createFenceTracker(): FenceTracker {
  let open: string | null = null;
  let openedAt = -1;
  let index = -1;
  return {
    step(line) {
      index++;
      const m = fenceLine.exec(line);
      if (open === null) {
        // A backtick fence's info string may not contain backticks (CommonMark 4.5).
        if (m && !(m[1]![0] === '`' && m[2]!.includes('`'))) {
          open = m[1]!;
          openedAt = index;
          return true;
        }
        return false;
      }
      if (m && m[1]![0] === open[0] && m[1]!.length >= open.length && m[2]!.trim() === '') {
        open = null;
        openedAt = -1;
      }
      return true;
    },
    get openedAt() {
      return openedAt;
    },
  };
}
