// Moving a slide (dragged in the outline): its markdown, text and notes, leaves its place
// with one of the separators around it and goes in before or after another slide, in the
// same file or another, with a copy of the separator that slide already has. So the
// slides around keep their kind (a new horizontal slide, or one below in a stack) and
// the deck's own separator style (`---`, `<!--s-->`…) is what gets written. Pure: line
// ranges and texts in, text changes per file out.

export interface SlideSpan {
  file: string;
  /** First and last line (1-based, inclusive) of its text and notes. */
  start: number;
  end: number;
  /** It begins a horizontal position (the first of its stack). */
  startsStack: boolean;
}

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** Before or after the slide at that index (as the same kind of slide as that one), or at the end of a file. */
export type MoveTarget = { before: number } | { after: number } | { endOf: string };

/** What a line number is in a text: where the line starts and ends (before its line break). */
function lineOffsets(text: string): { start: (line: number) => number; end: (line: number) => number; count: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    count: starts.length,
    start: (line) => starts[line - 1]!,
    end: (line) => (line < starts.length ? starts[line]! - 1 : text.length),
  };
}

/**
 * The changes, by file, that move slide `from` to `target` (indexes into `slides`, which
 * lists every slide in deck order with its lines in `textOf(file)`); empty when the
 * slide would stay where it is. Throws when the lines do not fit the texts.
 */
export function planSlideMove(slides: readonly SlideSpan[], from: number, target: MoveTarget, textOf: (file: string) => string): Map<string, TextChange[]> {
  const changes = new Map<string, TextChange[]>();
  const siblings = (file: string) => slides.map((_, i) => i).filter((i) => slides[i]!.file === file);
  if ('endOf' in target) {
    const last = siblings(target.endOf).at(-1);
    if (last !== undefined) return planSlideMove(slides, from, { after: last }, textOf);
  }
  const moving = slides[from];
  if (!moving || ('before' in target && !slides[target.before]) || ('after' in target && !slides[target.after])) throw new Error('no such slide');
  const texts = new Map<string, { text: string; at: ReturnType<typeof lineOffsets> }>();
  const fileOf = (file: string) => {
    let known = texts.get(file);
    if (!known) texts.set(file, (known = { text: textOf(file), at: lineOffsets(textOf(file)) }));
    for (const i of siblings(file)) if (slides[i]!.end > known.at.count) throw new Error(`${file} has changed since its slides were read`);
    return known;
  };
  const gapBefore = (index: number): string => {
    const list = siblings(slides[index]!.file);
    const previous = slides[list[list.indexOf(index) - 1]!]!;
    const { text, at } = fileOf(slides[index]!.file);
    return text.slice(at.end(previous.end), at.start(slides[index]!.start));
  };
  // A separator for a slide that will start a horizontal position: the deck's own, else `---`.
  const horizontalGap = (): string => {
    const found = slides.findIndex((s, i) => s.startsStack && siblings(s.file)[0] !== i);
    return found === -1 ? '\n\n---\n\n' : gapBefore(found);
  };

  const before = 'before' in target ? target.before : null;
  const after = 'after' in target ? target.after : null;
  const own = siblings(moving.file);
  const place = own.indexOf(from);
  if (before === from || before === own[place + 1] || after === from) return changes;

  const source = fileOf(moving.file);
  const text = source.text.slice(source.at.start(moving.start), source.at.end(moving.end));
  const add = (file: string, change: TextChange) => changes.set(file, [...(changes.get(file) ?? []), change]);

  // Out: with the separator above it, or (first in its file) the one below it.
  if (place > 0) add(moving.file, { from: source.at.end(slides[own[place - 1]!]!.end), to: source.at.end(moving.end), insert: '' });
  else if (own.length > 1) add(moving.file, { from: source.at.start(moving.start), to: source.at.start(slides[own[1]!]!.start), insert: '' });
  else add(moving.file, { from: source.at.start(moving.start), to: source.at.end(moving.end), insert: '' });

  // In: the target keeps its separator; the moved slide gets a copy of it (before a
  // slide: the kind of that slide; after one: the kind of that one).
  if (before !== null) {
    const list = siblings(slides[before]!.file);
    const gap = list[0] === before ? horizontalGap() : gapBefore(before);
    const { at } = fileOf(slides[before]!.file);
    add(slides[before]!.file, { from: at.start(slides[before]!.start), to: at.start(slides[before]!.start), insert: text + gap });
  } else if ('endOf' in target) {
    // A file with no slide yet: the text is all it will have.
    const empty = fileOf(target.endOf).text;
    add(target.endOf, { from: empty.length, to: empty.length, insert: `${empty === '' || empty.endsWith('\n') ? '' : '\n'}${text}\n` });
  } else {
    const last = after!;
    const list = siblings(slides[last]!.file);
    const gap = list[0] === last ? horizontalGap() : gapBefore(last);
    const { at } = fileOf(slides[last]!.file);
    add(slides[last]!.file, { from: at.end(slides[last]!.end), to: at.end(slides[last]!.end), insert: gap + text });
  }
  // In text order; a removal and an insertion at the same place: the insertion first.
  for (const list of changes.values()) list.sort((a, b) => a.from - b.from || a.to - b.to);
  // Dropped where it was (after the slide above it, as the same kind): nothing to do.
  const same = [...changes].every(([file, list]) => applyChanges(fileOf(file).text, list) === fileOf(file).text);
  return same ? new Map() : changes;
}

/** `text` with `changes` (sorted, not overlapping, offsets in `text`) made. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of [...changes].reverse()) out = out.slice(0, c.from) + c.insert + out.slice(c.to);
  return out;
}
