// Separates a slide's speaker notes: everything from the line that starts with `Note:`
// or `Notes:` (any case, outside fenced code) to the end of the slide, as reveal.js's
// markdown plugin does with data-separator-notes="^Notes?:". Like the plugin, which
// splits the slide at every such line and takes notes only when it finds exactly one,
// a slide with several of them has no notes: every line stays on the slide (and the
// caller warns, since that is rarely what the author meant).
import { createFenceTracker } from './fence.js';

export interface SlideParts {
  body: string;
  /** The notes' markdown (the `Note:` prefix removed), starting on `notesLine`; '' when none. */
  notes: string;
  /** 0-based index of the notes line within the slide text, -1 when there are none. */
  notesLine: number;
  /** 0-based lines of every notes marker when there are several (and so no notes); else empty. */
  several: number[];
}

const notesStart = /^notes?:[ \t]?/i;

/** `pattern`: reveal-md's notesSeparator (checked by user-regex.ts), matched at each line. */
export function splitNotes(text: string, pattern?: string): SlideParts {
  const lines = text.split('\n');
  const fence = createFenceTracker();
  const start = pattern ? new RegExp(pattern, 'i') : notesStart;
  const markers: { line: number; length: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence.step(line)) continue;
    const m = start.exec(line);
    if (m) markers.push({ line: i, length: m[0].length });
  }
  if (markers.length !== 1) return { body: text, notes: '', notesLine: -1, several: markers.length > 1 ? markers.map((m) => m.line) : [] };
  const [{ line: i, length }] = markers as [{ line: number; length: number }];
  return { body: lines.slice(0, i).join('\n'), notes: [lines[i]!.slice(length), ...lines.slice(i + 1)].join('\n'), notesLine: i, several: [] };
}
