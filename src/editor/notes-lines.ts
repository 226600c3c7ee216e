// Speaker notes are edited where they are written (after `Note:` in a slide); their lines
// are shaded in the source so text for the room and text for the speaker do not mix.
// Which lines are notes is what the deck loader says: the slides' line ranges (from the
// draft) cut with the loader's own splitNotes, mapped through typing until the next draft.
import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { splitNotes } from '../deck/notes.js';

export interface NotesLinesSpec {
  /** The file's slides, first and last line (1-based, inclusive). */
  slides: { start: number; end: number }[];
  /** The deck's notes separator (reveal-md's notesSeparator), '' for `Note:`. */
  pattern: string;
}

export const setNotesLines = StateEffect.define<NotesLinesSpec>();

const shade = Decoration.line({ class: 'cm-notes-line' });
const first = Decoration.line({ class: 'cm-notes-line cm-notes-start' });

export const notesLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setNotesLines)) continue;
      const doc = tr.state.doc;
      const found: Range<Decoration>[] = [];
      for (const { start, end } of effect.value.slides) {
        if (end > doc.lines || start > end) continue;
        const text = doc.sliceString(doc.line(start).from, doc.line(end).to);
        const { notesLine } = splitNotes(text, effect.value.pattern || undefined);
        if (notesLine < 0) continue;
        for (let line = start + notesLine; line <= end; line++) found.push((line === start + notesLine ? first : shade).range(doc.line(line).from));
      }
      next = Decoration.set(found, true);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});
