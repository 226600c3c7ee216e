// CSS `unicode-range` values ↔ sets of code points, for picking and describing font chunks.

export type Range = readonly [start: number, end: number];

/** Parses `U+20-22,U+3f,U+4E??` into inclusive ranges. */
export function parseUnicodeRange(value: string): Range[] {
  // A split rather than a regex: the font package's lists hold ~18,000 ranges, parsed
  // before the first page can be served.
  const ranges: Range[] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (part.length < 3 || (part[0] !== 'U' && part[0] !== 'u') || part[1] !== '+') continue;
    const body = part.slice(2);
    const dash = body.indexOf('-');
    if (body.includes('?')) {
      const start = parseInt(body.replace(/\?/g, '0'), 16);
      const end = parseInt(body.replace(/\?/g, 'f'), 16);
      if (!Number.isNaN(start) && !Number.isNaN(end)) ranges.push([start, end]);
    } else {
      const start = parseInt(dash < 0 ? body : body.slice(0, dash), 16);
      const end = dash < 0 ? start : parseInt(body.slice(dash + 1), 16);
      if (!Number.isNaN(start) && !Number.isNaN(end)) ranges.push([start, end]);
    }
  }
  return ranges;
}

/** Index of the first element of the sorted `values` that is >= `min`. */
export function lowerBound(values: readonly number[], min: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function inRanges(codePoint: number, ranges: readonly Range[]): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** Sorted code points → the shortest `unicode-range` value describing exactly them. */
export function formatUnicodeRange(codePoints: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < codePoints.length) {
    const start = codePoints[i]!;
    let end = start;
    while (i + 1 < codePoints.length && codePoints[i + 1] === end + 1) end = codePoints[++i]!;
    parts.push(start === end ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
    i++;
  }
  return parts.join(',');
}
