// Separates a slide's speaker notes: everything from the first line that starts with
// `Note:` or `Notes:` (any case, outside fenced code) to the end of the slide, as
// reveal.js's markdown plugin does with data-separator-notes="^Notes?:".
import { createFenceTracker } from './fence.js';

export interface SlideParts {
  body: string;
  /** The notes' markdown (the `Note:` prefix removed), starting on `notesLine`; '' when none. */
  notes: string;
  /** 0-based index of the notes line within the slide text, -1 when there are none. */
  notesLine: number;
}

const notesStart = /^notes?:[ \t]?/i;

/** `pattern`: reveal-md's notesSeparator (checked by user-regex.ts), matched at each line. */
export function splitNotes(text: string, pattern?: string): SlideParts {
  const lines = text.split('\n');
  const fence = createFenceTracker();
  const start = pattern ? new RegExp(pattern, 'i') : notesStart;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence.step(line)) continue;
    const m = start.exec(line);
    if (m) {
      return { body: lines.slice(0, i).join('\n'), notes: [line.slice(m[0].length), ...lines.slice(i + 1)].join('\n'), notesLine: i };
    }
  }
  return { body: text, notes: '', notesLine: -1 };
}
