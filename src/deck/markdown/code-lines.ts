// reveal.js's line numbers and step-by-step line highlights (```` ```js [1|2-3] ````,
// optionally `[5: 1|2]` to number from 5), produced at build time in the markup the
// reveal.js highlight plugin makes at run time, so reveal.css styles it and no plugin
// runs: a table of numbered lines, `has-highlights` and `highlight-line` for the lines
// of a step, and one copy of the block per further step, shown as a fragment over the
// first (src/site/code-lines.css keeps the copies on top of it).

/** The bracket suffix as reveal.js's markdown plugin reads it (CODE_LINE_NUMBER_REGEX). */
const lineNumberSuffix = /\[\s*((\d*):)?\s*([\s\d,|-]*)\]/;

export interface LineSpec {
  /** Number of the first line (1 unless `[n: …]`). */
  startFrom: number;
  /** One entry per step: the rows (1-based) it highlights (empty: none, only numbers shown). */
  steps: Set<number>[];
}

/** The fence's info string split into its language and its reveal.js line spec, if any. */
export function parseFenceInfo(info: string): { lang: string; lines: LineSpec | null } {
  const m = lineNumberSuffix.exec(info);
  const lang = info.replace(lineNumberSuffix, '').trim().split(/\s+/)[0] ?? '';
  if (!m) return { lang, lines: null };
  const startFrom = m[2] ? Number(m[2]) : 1;
  const steps = m[3]!.split('|').map((step) => {
    const lines = new Set<number>();
    for (const part of step.split(',')) {
      const range = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
      if (!range) continue;
      const from = Number(range[1]);
      const to = range[2] ? Math.min(Number(range[2]), from + 10_000) : from;
      for (let n = from; n <= to; n++) lines.add(n);
    }
    return lines;
  });
  return { lang, lines: { startFrom, steps } };
}

/**
 * Highlighted HTML split into lines, each with its own balanced <span>s: a token that
 * spans lines (a block comment) is closed at each line end and reopened on the next.
 */
export function splitHighlightedLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const piece of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (piece === '\n') {
      lines.push(current + '</span>'.repeat(open.length));
      current = open.join('');
    } else if (piece.startsWith('<span')) {
      open.push(piece);
      current += piece;
    } else if (piece === '</span>') {
      open.pop();
      current += piece;
    } else {
      current += piece;
    }
  }
  lines.push(current + '</span>'.repeat(open.length));
  return lines;
}

function table(lines: string[], startFrom: number, highlight: Set<number>): string {
  const rows = lines.map((line, i) => {
    const n = startFrom + i;
    // Steps count rows, not displayed numbers, as in the plugin (tr:nth-child).
    const cls = highlight.has(i + 1) ? ' class="highlight-line"' : '';
    return `<tr${cls}><td class="hljs-ln-line hljs-ln-numbers"><div class="hljs-ln-n">${n}</div></td><td class="hljs-ln-line hljs-ln-code">${line || ' '}</td></tr>`;
  });
  return `<table class="hljs-ln"><tbody>${rows.join('')}</tbody></table>`;
}

/** The <pre> for a block with line numbers: one <code> per highlight step, the later ones fragments. */
export function numberedCodeBlock(highlighted: string, codeClass: string, spec: LineSpec): string {
  const lines = splitHighlightedLines(highlighted);
  const blocks = spec.steps.map((step, i) => {
    const classes = [codeClass, 'hljs-numbered', ...(step.size > 0 ? ['has-highlights'] : []), ...(i > 0 ? ['fragment'] : [])];
    return `<code class="${classes.join(' ')}">${table(lines, spec.startFrom, step)}</code>`;
  });
  return `<pre class="code-lines${blocks.length > 1 ? ' code-steps' : ''}">${blocks.join('')}</pre>\n`;
}
