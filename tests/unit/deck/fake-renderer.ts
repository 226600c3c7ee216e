// A stand-in for the markdown renderer that only does what the loader's tests need:
// asks the loader about every `![alt](src)` (as the real renderer does) and reports
// `<script` lines, so asset resolution and line mapping are tested on their own.
import type { SlideRenderer } from '../../../src/deck/render.js';

export const fakeRenderer: SlideRenderer = (markdown, ctx) => {
  const out: string[] = [];
  markdown.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
      const resolved = ctx.resolveAsset(m[1]!, i + 1);
      out.push(resolved?.svgText ?? `<img src="${resolved?.href ?? ''}">`);
    }
    const script = line.indexOf('<script');
    if (script !== -1) ctx.report({ line: i + 1, column: script + 1, severity: 'warning', code: 'script-removed', message: 'script removed', hint: 'no scripts' });
  });
  const heading = /^#+ (.*)$/m.exec(markdown);
  return { html: out.join('\n') || `<p>${markdown}</p>`, attributes: {}, fragments: 0, title: heading?.[1] ?? '', titleLevel: heading ? 1 : 0, notesHtml: '' };
};
