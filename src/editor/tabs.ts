// The deck's files as the editor holds them: one buffer per file (a CodeMirror state,
// made when the file is first shown or changed, so opening a deck parses only the file on
// screen), the disk version it is based on, what was last saved, and a change another
// program made meanwhile. Tabs are kept in the deck's order, deck.yaml first.
import { EditorState, type Extension } from '@codemirror/state';
import type { DiskText } from '../contract.js';

export interface Tab {
  file: string;
  /** The disk version the buffer is based on (null: not on disk). */
  base: string | null;
  saved: string;
  /** Set when the file changed or vanished on disk while the buffer had unsaved changes. */
  conflict: DiskText | null;
}

export class Tabs {
  private list: Tab[] = [];
  private readonly states = new Map<Tab, EditorState>();
  /** The text of a tab whose state is not made yet. */
  private readonly texts = new Map<Tab, string>();

  constructor(private readonly extensions: (file: string) => Extension) {}

  add(disk: DiskText): Tab {
    const tab: Tab = { file: disk.file, base: disk.hash, saved: disk.text ?? '', conflict: null };
    this.list.push(tab);
    this.texts.set(tab, disk.text ?? '');
    return tab;
  }

  find(file: string): Tab | undefined {
    return this.list.find((tab) => tab.file === file);
  }

  all(): readonly Tab[] {
    return this.list;
  }

  state(tab: Tab): EditorState {
    let state = this.states.get(tab);
    if (!state) {
      state = EditorState.create({ doc: this.texts.get(tab) ?? '', extensions: this.extensions(tab.file) });
      this.states.set(tab, state);
      this.texts.delete(tab);
    }
    return state;
  }

  setState(tab: Tab, state: EditorState): void {
    this.states.set(tab, state);
    this.texts.delete(tab);
  }

  text(tab: Tab): string {
    return this.texts.get(tab) ?? this.states.get(tab)!.doc.toString();
  }

  dirty(tab: Tab): boolean {
    return this.text(tab) !== tab.saved;
  }

  /** A new name; the buffer, its undo history and its state stay. */
  rename(tab: Tab, to: string): void {
    tab.file = to;
  }

  /** deck.yaml first, then the deck's files in `order`, then any others by name. */
  arrange(order: readonly string[]): void {
    const rank = (tab: Tab) => (/\.ya?ml$/i.test(tab.file) ? -1 : order.includes(tab.file) ? order.indexOf(tab.file) : order.length);
    this.list = [...this.list].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file, 'en', { numeric: true }));
  }
}
