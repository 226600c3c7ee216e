import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { splitHighlightedLines } from '../../../src/deck/markdown/code-lines.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();
const code = '/* one\n   two */\nlet three = 3;\nlet four = 4;';

/** For each <code> block: the numbers shown and the rows highlighted. */
function blocks(html: string) {
  const all = (name: string, root: Element[]) => findAll((e) => e.name === name || e.attribs.class === name, root);
  return all('code', parseDocument(html).children.filter((n): n is Element => 'attribs' in n)).map((block) => ({
    fragment: /\bfragment\b/.test(block.attribs.class ?? ''),
    numbers: all('hljs-ln-n', [block]).map((n) => Number(textContent(n))),
    highlighted: all('tr', [block]).flatMap((tr, i) => (tr.attribs.class === 'highlight-line' ? [i + 1] : [])),
  }));
}

describe('reveal.js line numbers and step highlights, at build time', () => {
  test('```js [1|2-3] gives a numbered block per step, later steps as fragments', () => {
    const out = render('```js [1|2-3,4]\n' + code + '\n```', stubContext());
    expect(blocks(out.html)).toEqual([
      { fragment: false, numbers: [1, 2, 3, 4], highlighted: [1] },
      { fragment: true, numbers: [1, 2, 3, 4], highlighted: [2, 3, 4] },
    ]);
    expect(out.fragments).toBe(1);
    expect(out.html).toContain('<pre class="code-lines code-steps">');
    expect(out.html).toContain('<span class="hljs-keyword">let</span>');
  });

  test('empty brackets number the lines and highlight none', () => {
    const out = render('```python []\nx = 1\ny = 2\n```', stubContext());
    expect(blocks(out.html)).toEqual([{ fragment: false, numbers: [1, 2], highlighted: [] }]);
    expect(out.html).not.toContain('has-highlights');
  });

  test('[5: 2] numbers from 5 and highlights the second row, as the plugin does', () => {
    expect(blocks(render('```\na\nb\nc\n```'.replace('```\n', '```txt [5: 2]\n'), stubContext()).html)).toEqual([{ fragment: false, numbers: [5, 6, 7], highlighted: [2] }]);
  });

  test('the markup passes the sanitizer without a warning', () => {
    const ctx = stubContext();
    render('```js [1|2]\n' + code + '\n```', ctx);
    expect(ctx.problems).toEqual([]);
  });

  test('a token running over lines is closed and reopened on each line', () => {
    expect(splitHighlightedLines('<span class="c">/* a\nb */</span> x')).toEqual(['<span class="c">/* a</span>', '<span class="c">b */</span> x']);
  });

  test('a fence without brackets is unchanged (no table)', () => {
    expect(render('```js\nlet a;\n```', stubContext()).html).toBe('<pre><code class="hljs language-js"><span class="hljs-keyword">let</span> a;\n</code></pre>\n');
  });
});
