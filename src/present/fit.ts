// Marp's `<!--fit-->` headings (class `marp-fit`, src/deck/dialects/marp.ts): the heading is
// scaled so its longest line fills the width of its slide's content box, as Marp fits it.
// Run before reveal.js lays the slides out and after a live reload, once the heading's
// font is in. The slides reveal.js hides have no box to measure, so each heading is
// measured as a copy, in its own font, in a box of its own off the screen.
const fitSelector = '.marp-fit:not([data-fitted])';

export async function fitHeadings(root: ParentNode, slideWidth: number): Promise<void> {
  const headings = [...root.querySelectorAll<HTMLElement>(fitSelector)];
  if (headings.length === 0) return;
  await Promise.all(headings.map((h) => document.fonts.load(fontOf(h), h.textContent ?? '').catch(() => undefined)));
  const ruler = document.createElement('div');
  ruler.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden;white-space:nowrap;contain:layout style';
  document.body.append(ruler);
  try {
    for (const heading of headings) {
      const style = getComputedStyle(heading);
      const box = heading.closest('section');
      const padding = box ? getComputedStyle(box) : null;
      const available = slideWidth - (padding ? parseFloat(padding.paddingLeft) + parseFloat(padding.paddingRight) : 0);
      const copy = heading.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      copy.style.cssText = `display:inline-block;margin:0;padding:0;font:${fontOf(heading)};letter-spacing:${style.letterSpacing};text-transform:${style.textTransform}`;
      ruler.replaceChildren(copy);
      const width = copy.getBoundingClientRect().width;
      if (width <= 0 || available <= 0) continue;
      heading.style.fontSize = `${Math.floor((parseFloat(style.fontSize) * available) / width)}px`;
      heading.dataset.fitted = '';
    }
  } finally {
    ruler.remove();
  }
}

function fontOf(el: HTMLElement): string {
  const s = getComputedStyle(el);
  return `${s.fontStyle} ${s.fontWeight} ${s.fontSize} / ${s.lineHeight} ${s.fontFamily}`;
}
