// Speaker notes in a large font the presenter can size with A− / A+ (or - / +),
// remembered across sessions in localStorage.
import { safeLocalStorage } from './local-storage.js';

const storageKey = 'deck-presenter.notes-font-px';
const min = 16;
const max = 80;
const step = 4;
const fallback = 32;

export class NotesView {
  private size = fallback;

  constructor(
    private readonly notes: HTMLElement,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage(),
  ) {}

  start(): void {
    const saved = Number(this.storage?.getItem(storageKey));
    this.apply(Number.isFinite(saved) && saved >= min && saved <= max ? saved : fallback);
  }

  show(notesHtml: string): void {
    // The notes come from the deck page, already sanitised by the deck's renderer.
    this.notes.innerHTML = notesHtml || '<p class="no-notes">No notes for this slide.</p>';
  }

  larger(): void {
    this.resize(step);
  }

  smaller(): void {
    this.resize(-step);
  }

  private resize(delta: number): void {
    this.apply(Math.min(max, Math.max(min, this.size + delta)));
    this.storage?.setItem(storageKey, String(this.size));
  }

  private apply(px: number): void {
    this.size = px;
    this.notes.style.fontSize = `${px}px`;
  }
}
