// Diagrams mermaid could not draw, found where they are drawn: in the deck page, laid out
// by the browser the PDF export uses (src/present/diagrams.ts marks each block that failed
// with mermaid's message). Each is a `mermaid-invalid` warning at the diagram's line, or
// at the line mermaid names within it; the diagram shows its source, the rest is drawn.
import { warning } from '../deck/diagnostics.js';
import type { Diagnostic } from '../deck/model.js';

export interface DiagramProblem {
  file: string;
  /** File line of the diagram's first line. */
  line: number;
  message: string;
}

/** Runs in the deck page once it is laid out: every diagram block mermaid refused. */
export function findDiagramProblems(): DiagramProblem[] {
  const found: DiagramProblem[] = [];
  for (const block of document.querySelectorAll<HTMLElement>('.mermaid-diagram[data-diagram-error]')) {
    const section = block.closest<HTMLElement>('section[data-source-file]');
    if (!section) continue;
    found.push({
      file: section.dataset.sourceFile!,
      line: Number(section.dataset.sourceLine) + Number(block.dataset.diagramLine ?? 1) - 1,
      message: block.dataset.diagramError ?? '',
    });
  }
  return found;
}

/** One warning per diagram (the print view may show a slide more than once). */
export function diagramDiagnostics(problems: DiagramProblem[]): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const p of problems) {
    const within = /\bline (\d+)/.exec(p.message);
    const line = p.line + (within ? Number(within[1]) - 1 : 0);
    const key = `${p.file}\0${line}\0${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const lines = p.message.split('\n').map((l) => l.trim()).filter(Boolean);
    const what = [lines[0], lines.length > 1 ? lines[lines.length - 1] : ''].filter(Boolean).join(' ');
    found.push(
      warning(
        { file: p.file, line },
        'mermaid-invalid',
        `this mermaid diagram could not be drawn (${what.length > 200 ? `${what.slice(0, 197)}...` : what}); the slide shows its source`,
        'Fix the diagram (https://mermaid.js.org/intro/syntax-reference.html lists what each kind of diagram accepts); the rest of the deck is drawn.',
      ),
    );
  }
  return found;
}
