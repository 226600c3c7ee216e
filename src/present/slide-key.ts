// Which slide the talk is on, by what the slide is rather than where it is: a live
// reload that adds a slide to an earlier file shifts every index after it, and the
// speaker must stay on the slide they were on. A slide is known by its source file, its
// ordinal among that file's slides, and its label (first heading, else its first words);
// a line number would change with every line added above it.

export interface SlideKey {
  /** Source file relative to the deck folder. */
  file: string;
  /** 0-based position among the slides of that file. */
  ordinal: number;
  /** Text of the first heading, else the first words of the slide; '' when it has none. */
  label: string;
}

const maxText = 200;

export function isSlideKey(value: unknown): value is SlideKey {
  if (typeof value !== 'object' || value === null) return false;
  const { file, ordinal, label } = value as Record<string, unknown>;
  return (
    typeof file === 'string' &&
    file.length <= 1000 &&
    typeof ordinal === 'number' &&
    Number.isInteger(ordinal) &&
    ordinal >= 0 &&
    ordinal < 100_000 &&
    typeof label === 'string' &&
    label.length <= maxText
  );
}

/** The source file of a slide element (`data-source-file`); null when it has none. */
function fileOf(slide: Element): string | null {
  return slide.getAttribute('data-source-file') || null;
}

function labelOf(slide: Element): string {
  const heading = slide.querySelector('h1, h2, h3, h4, h5, h6');
  const text = heading ? heading.textContent ?? '' : visibleText(slide);
  return text.replace(/\s+/g, ' ').trim().slice(0, maxText);
}

/** The slide's text without its speaker notes, enough of it to tell slides apart. */
function visibleText(slide: Element): string {
  let text = '';
  const walker = slide.ownerDocument.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && text.length < maxText; node = walker.nextNode()) {
    if (!node.parentElement?.closest('aside.notes')) text += `${node.textContent ?? ''} `;
  }
  return text;
}

/** The key of `slide`, one of `slides` (the deck's slides in order); null when it carries no source. */
export function keyOf(slide: Element | null | undefined, slides: readonly Element[]): SlideKey | null {
  const file = slide ? fileOf(slide) : null;
  if (!slide || file === null) return null;
  let ordinal = 0;
  for (const other of slides) {
    if (other === slide) break;
    if (fileOf(other) === file) ordinal += 1;
  }
  return { file, ordinal, label: labelOf(slide) };
}

/**
 * The slide of `slides` that `key` names: in the same file, the one with the same label
 * nearest to the same ordinal; else (its heading was edited) the one at the same ordinal.
 * null when the file has no such slide (it was removed).
 */
export function findSlide(key: SlideKey, slides: readonly Element[]): Element | null {
  const inFile = slides.filter((s) => fileOf(s) === key.file);
  let best: Element | null = null;
  let distance = Infinity;
  if (key.label) {
    inFile.forEach((slide, ordinal) => {
      const d = Math.abs(ordinal - key.ordinal);
      if (d < distance && labelOf(slide) === key.label) {
        best = slide;
        distance = d;
      }
    });
  }
  return best ?? inFile[key.ordinal] ?? null;
}
