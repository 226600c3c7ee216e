// Best-effort source positions for problems found in rendered HTML: the HTML has no
// positions, so look for the offending text in the slide's markdown.

export interface Position {
  line: number;
  column: number;
}

export class LineLocator {
  private readonly lower: string;
  private readonly lineStarts: number[] = [0];
  private readonly cursors = new Map<string, number>();

  constructor(markdown: string) {
    this.lower = markdown.toLowerCase();
    for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** 1-based line and column of `offset`. */
  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /**
   * Position of the first of `needles` found (case-insensitively); line 1 when none is.
   * Repeated lookups of a needle move on to its next occurrence, so three bad images
   * get three lines.
   */
  find(...needles: string[]): Position {
    const wanted = needles.map((n) => n.toLowerCase().trim()).filter(Boolean);
    for (const fresh of [true, false]) {
      for (const needle of wanted) {
        const at = this.lower.indexOf(needle, fresh ? (this.cursors.get(needle) ?? 0) : 0);
        if (at !== -1) {
          this.cursors.set(needle, at + needle.length);
          return this.positionAt(at);
        }
      }
    }
    return { line: 1, column: 1 };
  }
}
