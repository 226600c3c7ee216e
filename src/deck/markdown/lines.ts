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
  /** Needles absent from the whole text: never searched for again. */
  private readonly misses = new Set<string>();
  /**
   * Where the last lookup landed. Problems arrive in document order, so a needle not
   * looked up before is searched for from here first: linear over a slide of thousands
   * of distinct images, where searching each from the top was quadratic.
   */
  private lastHit = 0;

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

  /** The next lookups start from the top again (a new walk over the slide begins). */
  rewind(): void {
    this.lastHit = 0;
  }

  /**
   * Position of the first of `needles` found (case-insensitively); line 1 when none is.
   * Repeated lookups of a needle move on to its next occurrence, so three bad images
   * get three lines. A needle absent from the text is searched for once.
   */
  find(...needles: string[]): Position {
    const wanted = needles.map((n) => n.toLowerCase().trim()).filter((n) => n !== '' && !this.misses.has(n));
    for (const fresh of [true, false]) {
      for (const needle of wanted) {
        if (this.misses.has(needle)) continue;
        const cursor = this.cursors.get(needle);
        const from = fresh ? (cursor ?? this.lastHit) : 0;
        let at = this.lower.indexOf(needle, from);
        if (at === -1 && fresh && cursor === undefined && from > 0) at = this.lower.indexOf(needle);
        if (at === -1 && (from === 0 || (fresh && cursor === undefined))) this.misses.add(needle);
        if (at !== -1) {
          this.lastHit = at;
          this.cursors.set(needle, at + needle.length);
          return this.positionAt(at);
        }
      }
    }
    return { line: 1, column: 1 };
  }
}
