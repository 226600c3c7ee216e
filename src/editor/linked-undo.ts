// A slide moved from one file to another changes two buffers at once; undo (and redo)
// in either takes both back together, so the slide is never in both files or in
// neither. Each buffer keeps its own CodeMirror history: a link remembers how deep each
// history was right after the move, and applies only while the move is still the last
// thing in all of them (an edit made since in one file is undone on its own first).
import { redo, redoDepth, undo, undoDepth } from '@codemirror/commands';
import { Prec, type EditorState, type Extension, type Transaction } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

export interface LinkedBuffers<T> {
  state(buffer: T): EditorState;
  dispatch(buffer: T, transaction: Transaction): void;
}

interface Link<T> {
  buffers: T[];
  /** Each history's depth with the move done (undo) and undone (redo). */
  done: Map<T, number>;
  undone: Map<T, number> | null;
}

export class LinkedHistory<T> {
  private links: Link<T>[] = [];

  constructor(private readonly buffers: LinkedBuffers<T>) {}

  /** The changes just made to `buffers` are one step. */
  record(buffers: T[]): void {
    if (buffers.length < 2) return;
    this.links.push({ buffers, done: new Map(buffers.map((b) => [b, undoDepth(this.buffers.state(b))])), undone: null });
  }

  /** Undoes the linked step on top of `buffer`'s history in every buffer; false when there is none. */
  undo(buffer: T): boolean {
    const link = this.links.findLast((l) => l.buffers.includes(buffer) && l.buffers.every((b) => undoDepth(this.buffers.state(b)) === l.done.get(b)));
    if (!link) return false;
    for (const b of link.buffers) undo({ state: this.buffers.state(b), dispatch: (tr) => this.buffers.dispatch(b, tr) });
    link.undone = new Map(link.buffers.map((b) => [b, redoDepth(this.buffers.state(b))]));
    return true;
  }

  redo(buffer: T): boolean {
    const link = this.links.findLast((l) => l.undone !== null && l.buffers.includes(buffer) && l.buffers.every((b) => redoDepth(this.buffers.state(b)) === l.undone!.get(b)));
    if (!link) return false;
    for (const b of link.buffers) redo({ state: this.buffers.state(b), dispatch: (tr) => this.buffers.dispatch(b, tr) });
    return true;
  }

  /** The keys (and the app's Edit menu, which sends historyUndo/historyRedo) for the buffer on screen. */
  keys(current: () => T | null): Extension {
    const run = (how: 'undo' | 'redo') => () => {
      const buffer = current();
      return buffer !== null && this[how](buffer);
    };
    return Prec.highest([
      keymap.of([
        { key: 'Mod-z', run: run('undo'), preventDefault: true },
        { key: 'Mod-y', mac: 'Mod-Shift-z', run: run('redo'), preventDefault: true },
        { linux: 'Mod-Shift-z', run: run('redo'), preventDefault: true },
      ]),
      EditorView.domEventHandlers({
        beforeinput: (e) => {
          const how = e.inputType === 'historyUndo' ? 'undo' : e.inputType === 'historyRedo' ? 'redo' : null;
          if (!how || !run(how)()) return false;
          e.preventDefault();
          return true;
        },
      }),
    ]);
  }
}
