// Handouts: reveal.js's slide pages (one .pdf-page per slide) set on A4 sheets, as
// PowerPoint prints them:
//  - 1 a sheet: the slide across the sheet, its speaker notes below;
//  - 2 a sheet: each slide on the left, its notes beside it;
//  - 3 a sheet: the same, smaller, and under the notes ruled lines to write on;
//  - 6 a sheet: a grid of two columns, no notes.
// Each sheet has the deck's title at the top and its number at the bottom. Notes that do
// not fit their box are set smaller, down to a floor, then cut with an ellipsis.
import { a4Sheet, type HandoutSize } from '../contract.js';

/** The sheet's margins and the bands of the title and page number inside them, in CSS px. */
const page = { ...a4Sheet, side: 48, top: 64, bottom: 60 };
const gap = 24;

interface Grid {
  columns: number;
  rows: number;
  /** Width of the slide column; the notes take the rest of the row. */
  slideWidth: number;
  notes: 'below' | 'beside' | 'none';
  lines: boolean;
  fontSize: number;
}

const contentWidth = page.width - 2 * page.side;
const grids: Record<HandoutSize, Grid> = {
  1: { columns: 1, rows: 1, slideWidth: contentWidth, notes: 'below', lines: false, fontSize: 14 },
  2: { columns: 1, rows: 2, slideWidth: 400, notes: 'beside', lines: false, fontSize: 12 },
  3: { columns: 1, rows: 3, slideWidth: 384, notes: 'beside', lines: true, fontSize: 11.5 },
  6: { columns: 2, rows: 3, slideWidth: (contentWidth - gap) / 2, notes: 'none', lines: false, fontSize: 0 },
};

/** The spacing of the ruled lines to write on, in CSS px (7 mm). */
const ruled = 26;
/** Smallest notes text before it is cut, in CSS px: still readable on paper. */
const smallestNotes = 8.5;

export const handoutCss = `
html[data-print-layout=handout], html[data-print-layout=handout] body {
  background: #fff !important; width: ${page.width}px !important; height: auto !important;
}
html[data-print-layout=handout] .reveal .slides .handout-sheet {
  position: relative; width: ${page.width}px; height: ${page.height - 1}px; overflow: hidden;
  break-after: page; background: #fff; color: #1a1a1a; text-align: left;
}
html[data-print-layout=handout] .reveal .slides .handout-sheet:last-child { break-after: auto; }
html[data-print-layout=handout] .reveal .handout-head, html[data-print-layout=handout] .reveal .handout-foot {
  position: absolute; left: ${page.side}px; right: ${page.side}px; font-size: 10px; line-height: 1.4;
  color: #6b6b6b; font-weight: 400; display: flex; justify-content: space-between; gap: 24px;
}
html[data-print-layout=handout] .reveal .handout-head { top: 28px; border-bottom: 0.75px solid #d0d0d0; padding-bottom: 6px; }
html[data-print-layout=handout] .reveal .handout-head span:first-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
html[data-print-layout=handout] .reveal .handout-foot { bottom: 26px; justify-content: flex-end; }
html[data-print-layout=handout] .reveal .handout-frame {
  position: absolute; overflow: hidden; box-shadow: 0 0 0 0.75px #b4b4b4;
}
html[data-print-layout=handout] .reveal .handout-frame > .handout-scale { transform-origin: 0 0; }
html[data-print-layout=handout] .reveal .slides .handout-frame .pdf-page { break-after: auto !important; }
html[data-print-layout=handout] .reveal .handout-caption {
  position: absolute; font-size: 9.5px; line-height: 1; color: #6b6b6b; font-weight: 400;
}
html[data-print-layout=handout] .reveal .handout-notes {
  position: absolute; overflow: hidden; color: #1a1a1a; font-weight: 400; line-height: 1.6;
}
html[data-print-layout=handout] .reveal .handout-notes-text { overflow: hidden; }
html[data-print-layout=handout] .reveal .handout-notes-text > :first-child { margin-top: 0; }
html[data-print-layout=handout] .reveal .handout-notes-text p, html[data-print-layout=handout] .reveal .handout-notes-text ul,
html[data-print-layout=handout] .reveal .handout-notes-text ol { margin: 0 0 0.5em; }
html[data-print-layout=handout] .reveal .handout-notes-text ul, html[data-print-layout=handout] .reveal .handout-notes-text ol { padding-left: 1.3em; }
html[data-print-layout=handout] .reveal .handout-notes-text strong, html[data-print-layout=handout] .reveal .handout-notes-text b { font-weight: 700; }
html[data-print-layout=handout] .reveal .handout-notes-text.cut { position: relative; }
html[data-print-layout=handout] .reveal .handout-notes-text.cut::after {
  content: '…'; position: absolute; right: 0; bottom: 0; padding-left: 2em;
  background: linear-gradient(to right, transparent, #fff 1.5em);
}
html[data-print-layout=handout] .reveal .handout-lines { position: absolute; left: 0; right: 0; bottom: 0; }
html[data-print-layout=handout] .reveal .handout-lines > div { height: ${ruled}px; box-sizing: border-box; border-bottom: 0.75px solid #bdbdbd; }
`;

function element(className: string, parent: Element): HTMLDivElement {
  const div = document.createElement('div');
  div.className = className;
  parent.append(div);
  return div;
}

export interface HandoutInput {
  /** reveal.js's print pages, in order. */
  pages: HTMLElement[];
  slide: { width: number; height: number };
  perPage: HandoutSize;
  title: string;
  /** The font stack the notes are set in (the deck's, then the bundled Chinese font). */
  font: string;
  notesOf(page: HTMLElement): string;
}

/** Moves the pages onto handout sheets; returns the notes boxes, to fit once fonts are in. */
export function buildHandout(input: HandoutInput): HTMLElement[] {
  const grid = grids[input.perPage];
  const { width, height } = input.slide;
  const rowHeight = (page.height - page.top - page.bottom - (grid.rows - 1) * gap) / grid.rows;
  const captionSpace = grid.notes === 'below' ? 0 : 16;
  const scale = Math.min(grid.slideWidth / width, (grid.notes === 'below' ? rowHeight * 0.5 : rowHeight - captionSpace) / height);
  const frame = { width: Math.round(width * scale), height: Math.round(height * scale) };
  const columnWidth = grid.columns === 1 ? contentWidth : (contentWidth - gap) / grid.columns;
  const sheets = Math.ceil(input.pages.length / input.perPage);
  const notesBoxes: HTMLElement[] = [];

  let sheet!: HTMLElement;
  input.pages.forEach((slidePage, index) => {
    const place = index % input.perPage;
    if (place === 0) {
      sheet = document.createElement('div');
      sheet.className = 'handout-sheet';
      sheet.style.fontFamily = input.font;
      slidePage.before(sheet);
      const title = document.createElement('span');
      title.textContent = input.title;
      element('handout-head', sheet).append(title);
      element('handout-foot', sheet).textContent = `${index / input.perPage + 1} / ${sheets}`;
    }
    const column = place % grid.columns;
    const row = Math.floor(place / grid.columns);
    const left = page.side + column * (columnWidth + gap);
    const top = page.top + row * (rowHeight + gap);

    const box = element('handout-frame', sheet);
    Object.assign(box.style, { left: `${left}px`, top: `${top}px`, width: `${frame.width}px`, height: `${frame.height}px` });
    const scaled = element('handout-scale', box);
    Object.assign(scaled.style, { width: `${width}px`, height: `${height}px`, zoom: String(scale) });
    scaled.append(slidePage);

    if (grid.notes !== 'below') {
      const caption = element('handout-caption', sheet);
      Object.assign(caption.style, { left: `${left}px`, top: `${top + frame.height + 6}px` });
      caption.textContent = String(index + 1);
    }
    if (grid.notes === 'none') return;
    const notes = element('handout-notes', sheet);
    notes.style.fontSize = `${grid.fontSize}px`;
    if (grid.notes === 'below') {
      const notesTop = top + frame.height + 28;
      Object.assign(notes.style, { left: `${left}px`, width: `${contentWidth}px`, top: `${notesTop}px`, height: `${page.height - page.bottom - notesTop}px` });
    } else {
      const notesLeft = left + frame.width + gap;
      // Ruled lines end level with the slide; notes alone may use the whole row.
      Object.assign(notes.style, { left: `${notesLeft}px`, width: `${page.width - page.side - notesLeft}px`, top: `${top}px`, height: `${grid.lines ? frame.height : rowHeight}px` });
    }
    const text = element('handout-notes-text', notes);
    text.innerHTML = input.notesOf(slidePage);
    if (grid.lines) element('handout-lines', notes);
    notesBoxes.push(text);
  });
  return notesBoxes;
}

/**
 * Notes that run past their box are set smaller, a step at a time down to a floor; what
 * still does not fit is cut at a line and marked with an ellipsis. Run with the fonts in,
 * since their metrics decide the fit.
 */
export function fitNotes(boxes: HTMLElement[]): void {
  for (const text of boxes) {
    const box = text.parentElement!;
    const lines = box.querySelector<HTMLElement>('.handout-lines');
    // Under the notes, at least two lines stay free to write on.
    const room = box.clientHeight - (lines ? 2 * ruled : 0);
    let size = Number.parseFloat(box.style.fontSize);
    while (text.scrollHeight > room && size > smallestNotes) {
      size = Math.max(smallestNotes, size - 0.5);
      box.style.fontSize = `${size}px`;
    }
    if (text.scrollHeight > room) {
      const line = size * 1.6;
      text.style.height = `${Math.floor(room / line) * line}px`;
      text.classList.add('cut');
    }
    // The ruled lines (drawn as borders: vector lines on paper) fill what the notes leave.
    if (!lines) continue;
    const top = text.offsetHeight + 6;
    lines.style.top = `${top}px`;
    for (let n = Math.floor((box.clientHeight - top) / ruled); n > 0; n--) lines.append(document.createElement('div'));
  }
}
