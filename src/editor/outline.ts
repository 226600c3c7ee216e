// The outline beside the source: the deck's files in order, each with its slides (title,
// ✎ when it has notes, orange when it has a warning). Click a slide to go to it. Drag a
// slide onto another (upper half: before it, lower half: after it) or onto a file's name
// (the end of that file) to move it; drag a file's name onto another's to reorder files.
// Alt+↑ / Alt+↓ do the same from the keyboard on the focused slide or file.
import type { MoveTarget } from './slide-move.js';

export interface OutlineSlide {
  index: number;
  file: string;
  title: string;
  /** Below another slide in its stack. */
  vertical: boolean;
  notes: boolean;
  warned: boolean;
  /** Where: `file:line`. */
  place: string;
}

export interface OutlineActions {
  jump(index: number): void;
  moveSlide(index: number, target: MoveTarget): void;
  /** Puts `file` before `before` (null: last). */
  moveFile(file: string, before: string | null): void;
  openFile(file: string): void;
}

const slideType = 'application/x-deck-slide';
const fileType = 'application/x-deck-file';

export class Outline {
  private files: readonly string[] = [];
  private slides: readonly OutlineSlide[] = [];
  private dragged: { kind: 'slide'; index: number } | { kind: 'file'; file: string } | null = null;
  private here: number | null = null;

  constructor(
    private readonly root: HTMLOListElement,
    private readonly actions: OutlineActions,
  ) {}

  render(files: readonly string[], slides: readonly OutlineSlide[], here: number | null): void {
    this.here = here;
    this.files = files;
    this.slides = slides;
    const items: HTMLLIElement[] = [];
    for (const file of files) {
      items.push(this.fileItem(file, slides.some((s) => s.file === file)));
      for (const slide of slides) if (slide.file === file) items.push(this.slideItem(slide, slide.index === here));
    }
    this.root.replaceChildren(...items);
  }

  /** Marks the slide under the cursor (no re-render). */
  mark(here: number | null): void {
    if (here === this.here) return;
    this.here = here;
    for (const li of this.root.querySelectorAll<HTMLLIElement>('li.slide')) li.classList.toggle('here', Number(li.dataset.index) === here);
    this.root.querySelector('li.slide.here')?.scrollIntoView({ block: 'nearest' });
  }

  private fileItem(file: string, hasSlides: boolean): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'file';
    li.dataset.file = file;
    li.draggable = true;
    li.tabIndex = 0;
    li.title = `${file}: drag to reorder the files (Alt+↑/↓), drop a slide here to move it to the end of the file`;
    li.textContent = file;
    if (!hasSlides) {
      const empty = document.createElement('span');
      empty.className = 'empty';
      empty.textContent = ' (no slides yet)';
      li.append(empty);
    }
    li.addEventListener('click', () => this.actions.openFile(file));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') this.actions.openFile(file);
      if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
      e.preventDefault();
      const i = this.files.indexOf(file);
      if (e.key === 'ArrowUp' && i > 0) this.actions.moveFile(file, this.files[i - 1]!);
      if (e.key === 'ArrowDown' && i < this.files.length - 1) this.actions.moveFile(file, this.files[i + 2] ?? null);
    });
    li.addEventListener('dragstart', (e) => this.start(e, { kind: 'file', file }, fileType, file));
    li.addEventListener('dragover', (e) => {
      if (!this.dragged) return;
      e.preventDefault();
      this.indicate(li, this.dragged.kind === 'slide' ? 'drop-into' : half(e, li) === 'before' ? 'drop-before' : 'drop-after');
    });
    li.addEventListener('drop', (e) => {
      const dragged = this.end(e);
      if (!dragged) return;
      if (dragged.kind === 'slide') return this.actions.moveSlide(dragged.index, { endOf: file });
      const at = this.files.indexOf(file);
      const before = half(e, li) === 'before' ? file : (this.files[at + 1] ?? null);
      if (before !== dragged.file) this.actions.moveFile(dragged.file, before);
    });
    this.leaves(li);
    return li;
  }

  private slideItem(slide: OutlineSlide, here: boolean): HTMLLIElement {
    const li = document.createElement('li');
    li.className = `slide${slide.vertical ? ' vertical' : ''}${slide.notes ? ' has-notes' : ''}${slide.warned ? ' warned' : ''}${here ? ' here' : ''}`;
    li.dataset.index = String(slide.index);
    li.draggable = true;
    li.tabIndex = 0;
    li.title = `${slide.place}${slide.notes ? ' · has notes' : ''}${slide.warned ? ' · has a warning' : ''} — drag to move it (Alt+↑/↓)`;
    const n = document.createElement('span');
    n.className = 'n';
    n.textContent = String(slide.index + 1);
    const title = document.createElement('span');
    title.className = 'title';
    title.textContent = slide.title || '(untitled)';
    li.append(n, title);
    li.addEventListener('click', () => this.actions.jump(slide.index));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') this.actions.jump(slide.index);
      if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
      e.preventDefault();
      if (e.key === 'ArrowUp' && slide.index > 0) this.actions.moveSlide(slide.index, { before: slide.index - 1 });
      if (e.key === 'ArrowDown' && slide.index < this.slides.length - 1) this.actions.moveSlide(slide.index, { after: slide.index + 1 });
    });
    li.addEventListener('dragstart', (e) => this.start(e, { kind: 'slide', index: slide.index }, slideType, String(slide.index)));
    li.addEventListener('dragover', (e) => {
      if (this.dragged?.kind !== 'slide') return;
      e.preventDefault();
      this.indicate(li, half(e, li) === 'before' ? 'drop-before' : 'drop-after');
    });
    li.addEventListener('drop', (e) => {
      const dragged = this.end(e);
      if (dragged?.kind !== 'slide' || dragged.index === slide.index) return;
      this.actions.moveSlide(dragged.index, half(e, li) === 'before' ? { before: slide.index } : { after: slide.index });
    });
    this.leaves(li);
    return li;
  }

  private start(e: DragEvent, what: NonNullable<Outline['dragged']>, type: string, value: string): void {
    this.dragged = what;
    e.dataTransfer?.setData(type, value);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    (e.currentTarget as HTMLElement).classList.add('dragging');
  }

  private end(e: DragEvent): Outline['dragged'] {
    e.preventDefault();
    const dragged = this.dragged;
    this.dragged = null;
    this.indicate(null, '');
    return dragged;
  }

  private leaves(li: HTMLLIElement): void {
    li.addEventListener('dragleave', () => li.classList.remove('drop-before', 'drop-after', 'drop-into'));
    li.addEventListener('dragend', () => {
      this.dragged = null;
      this.indicate(null, '');
    });
  }

  private indicate(li: HTMLLIElement | null, how: string): void {
    for (const other of this.root.querySelectorAll('.drop-before, .drop-after, .drop-into, .dragging')) {
      if (other !== li || !other.classList.contains(how)) other.classList.remove('drop-before', 'drop-after', 'drop-into', ...(li ? [] : ['dragging']));
    }
    if (li && how) li.classList.add(how);
  }
}

function half(e: DragEvent, li: HTMLElement): 'before' | 'after' {
  const box = li.getBoundingClientRect();
  return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
}
