// ```` ```mermaid ```` fences: kept as their source, in a block the deck page's runtime
// draws as SVG with mermaid (src/present/diagrams.ts), which the site ships only in decks
// that have one (src/site/diagram-assets.ts). Drawn in the page, not here: mermaid lays a
// diagram out by measuring its text in a browser, in the deck's own fonts, and every
// place a deck is shown (browser, app, presenter previews, PDF, offline folder) is one.
// The block carries the fence's line so a diagram mermaid cannot read is reported at
// its line (src/pdf/diagram-check.ts) and shown as its source, the rest of the deck drawn.
//
// The block is made here and kept out of the slide sanitizer (in the vault): its one
// attribute the allowlist has no place for is a number, and its text is escaped.
import { escapeHtml } from '../../escape.js';
import type { SlideEnv } from './env.js';
import type { Vault } from './vault.js';

/** The class of the block the runtime draws; its `data-diagram-line` is the fence's line within the slide. */
export const diagramClass = 'mermaid-diagram';

export interface DiagramRenderer {
  /** The block for a mermaid fence whose raw markdown (fence lines included) is `raw`. */
  render(source: string, raw: string): string;
  /** Starts a slide: fence lines are found in its markdown. */
  begin(env: SlideEnv): void;
}

export function isDiagramFence(lang: string | undefined): boolean {
  return /^mermaid(\s|$)/i.test((lang ?? '').trim());
}

export function createDiagramRenderer(vault: Vault): DiagramRenderer {
  let env: SlideEnv | null = null;
  return {
    begin(next) {
      env = next;
    },
    render(source, raw) {
      // The line after the opening fence is the diagram's line 1.
      const fence = env ? env.lines.find(raw.split('\n')[0]!).line : 1;
      const body = source.replace(/\n$/, '');
      return vault.hold(`<div class="${diagramClass}" data-diagram-line="${fence + 1}"><pre class="mermaid-source"><code class="language-mermaid">${escapeHtml(body)}</code></pre></div>`, 'div');
    },
  };
}

/**
 * The blocks' lines counted from `by` lines further down: the renderer counts them from
 * the markdown it was given, the page from the slide's own first line (which differs for
 * a slide cut from raw <section>s, or one a dialect added a line to).
 */
export function shiftDiagramLines(html: string, by: number): string {
  if (by === 0 || !html.includes('data-diagram-line')) return html;
  return html.replace(/(<div class="mermaid-diagram" data-diagram-line=")(\d+)"/g, (_all, head: string, line: string) => `${head}${Math.max(1, Number(line) - by)}"`);
}
