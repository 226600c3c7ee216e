// Separates a slide's speaker notes: everything from the first line that starts with
// `Note:` or `Notes:` (any case, outside fenced code) to the end of the slide.

export interface SlideParts {
  body: string;
  notes: string;
  /** 0-based index of the notes line within the slide text, -1 when there are none. */
  notesLine: number;
}

export function splitNotes(text: string): SlideParts {
  const lines = text.split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = /^notes?:\s?(.*)$/i.exec(line);
    if (m) {
      return { body: lines.slice(0, i).join('\n'), notes: [m[1]!, ...lines.slice(i + 1)].join('\n').trim(), notesLine: i };
    }
  }
  return { body: text, notes: '', notesLine: -1 };
}
