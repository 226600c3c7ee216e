// CSS `unicode-range` values ↔ sets of code points, for picking and describing font chunks.

export type Range = readonly [start: number, end: number];

/** Parses `U+20-22,U+3f,U+4E??` into inclusive ranges. */
export function parseUnicodeRange(value: string): Range[] {
  const ranges: Range[] = [];
  for (const m of value.matchAll(/U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/gi)) {
    const from = m[1]!;
    if (from.includes('?')) ranges.push([parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'f'), 16)]);
    else ranges.push([parseInt(from, 16), parseInt(m[2] ?? from, 16)]);
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
