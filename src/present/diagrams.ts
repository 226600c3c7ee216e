// Draws the deck's mermaid diagrams (blocks made by src/deck/markdown/mermaid.ts) as SVG,
// before reveal.js lays the slides out and after a live reload swaps slides in:
//  1. no block: nothing is loaded (most decks);
//  2. mermaid's bundle, which the site ships only in decks with diagrams, is loaded from
//     the deck's own folder (the page's CSP allows no other script);
//  3. the fonts of the diagrams' text are loaded first: mermaid sizes every box by
//     measuring its text, in the deck's font;
//  4. each block is drawn with mermaid.render() (which measures in a box of its own, so
//     slides hidden by reveal.js do not matter); `securityLevel: 'strict'` keeps labels
//     as text and clicks off. A diagram mermaid cannot read keeps its source, with the
//     error under it and on the block (`data-diagram-error`, read by `deck check`);
//     the others are drawn.
import { sitePaths } from '../contract.js';

interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

const blockSelector = '.mermaid-diagram:not([data-diagram-drawn]):not([data-diagram-error])';
let loading: Promise<Mermaid | null> | undefined;
let drawn = 0;

function loadMermaid(): Promise<Mermaid | null> {
  return (loading ??= new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = sitePaths.mermaid;
    script.onload = () => resolve((window as unknown as { mermaid?: Mermaid }).mermaid ?? null);
    script.onerror = () => resolve(null);
    document.head.append(script);
  }));
}

/** A dark theme (black, night, league…) gets mermaid's dark colours. */
function onDarkBackground(): boolean {
  const probe = document.querySelector('.reveal') ?? document.body;
  const rgb = /(\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(probe).color);
  // Light text means a dark slide.
  return rgb ? 0.2126 * Number(rgb[1]) + 0.7152 * Number(rgb[2]) + 0.0722 * Number(rgb[3]) > 140 : false;
}

export async function drawDiagrams(root: ParentNode, slideHeight: number): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>(blockSelector)];
  if (blocks.length === 0) return;
  const mermaid = await loadMermaid();
  if (!mermaid) return;
  const family = getComputedStyle(document.querySelector('.reveal') ?? document.body).fontFamily;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: onDarkBackground() ? 'dark' : 'default', fontFamily: family, themeVariables: { fontFamily: family } });
  const sources = blocks.map((block) => block.querySelector('code')?.textContent ?? '');
  await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 16px ${family}`, sources.join(' ')).catch(() => undefined)));
  for (const [i, block] of blocks.entries()) {
    try {
      const { svg } = await mermaid.render(`deck-diagram-${++drawn}`, sources[i]!);
      block.insertAdjacentHTML('afterbegin', svg);
      const picture = block.querySelector('svg');
      if (picture) picture.style.maxHeight = `${Math.round(slideHeight * 0.75)}px`;
      block.dataset.diagramDrawn = '';
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).trim();
      block.dataset.diagramError = message;
      const note = document.createElement('p');
      note.className = 'diagram-error';
      note.textContent = `This diagram could not be drawn: ${message.split('\n')[0]}`;
      block.append(note);
      // mermaid leaves its error drawing in the page's body.
      document.getElementById(`deck-diagram-${drawn}`)?.remove();
      document.getElementById(`ddeck-diagram-${drawn}`)?.remove();
    }
  }
}
