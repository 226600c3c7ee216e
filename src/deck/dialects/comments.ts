// HTML comments of a slide outside fenced code, with where they are: Marp reads them as
// directives or notes, Slidev's last one is the notes.
import { createFenceTracker } from '../fence.js';

export interface Comment {
  /** Offsets in the slide text, the comment's `<!--` to after its `-->`. */
  from: number;
  to: number;
  body: string;
  /** 0-based line of the slide text the comment starts on. */
  line: number;
}

export function commentsOf(text: string): Comment[] {
  const fence = createFenceTracker();
  const found: Comment[] = [];
  let offset = 0;
  const lines = text.split('\n');
  const codeLines = new Set<number>();
  lines.forEach((line, i) => {
    if (fence.step(line)) codeLines.add(i);
  });
  const re = /<!--([\s\S]*?)-->/g;
  const lineAt = (at: number) => text.slice(0, at).split('\n').length - 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = lineAt(m.index);
    if (codeLines.has(line) || /`[^`]*$/.test(lines[line]!.slice(0, m.index - (offset = text.lastIndexOf('\n', m.index - 1) + 1)))) continue;
    found.push({ from: m.index, to: m.index + m[0].length, body: m[1]!, line });
  }
  return found;
}

/** The text with the given comments cut out. */
export function withoutComments(text: string, cut: readonly Comment[]): string {
  let out = '';
  let at = 0;
  for (const c of cut) {
    out += text.slice(at, c.from);
    at = c.to;
  }
  return out + text.slice(at);
}

/** `<!-- .slide: … -->` for attributes a dialect sets, escaped for the attribute parser. */
export function slideComment(attributes: Record<string, string>): string {
  const parts = Object.entries(attributes)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`);
  return parts.length ? `<!-- .slide: ${parts.join(' ')} -->\n` : '';
}
