import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();
const html = (md: string) => render(md, stubContext()).html;

describe('fenced code is highlighted at build time', () => {
  test('a known language gets highlight.js markup and classes', () => {
    const out = html('```js\nconst answer = 42; // 答案\n```');
    expect(out).toContain('<code class="hljs language-js">');
    expect(out).toContain('<span class="hljs-keyword">const</span>');
    expect(out).toContain('<span class="hljs-comment">// 答案</span>');
  });

  test.each([
    ['ts', 'hljs-keyword'],
    ['python', 'hljs-keyword'],
    ['bash', 'hljs-built_in'],
    ['json', 'hljs-attr'],
    ['html', 'hljs-tag'],
    ['yaml', 'hljs-attr'],
  ])('%s is highlighted', (lang, cls) => {
    const samples: Record<string, string> = {
      ts: 'interface A { b: number }', python: 'def f(x):\n    return x', bash: 'echo hi', json: '{"a": 1}',
      html: '<p class="x">hi</p>', yaml: 'title: 企业微信',
    };
    expect(html('```' + lang + '\n' + samples[lang] + '\n```')).toContain(`class="${cls}"`);
  });

  test('code without a language is escaped, not guessed', () => {
    const out = html('```\nconst x = "<b>";\n```');
    expect(out).toMatch(/<pre><code>const x = (&quot;|")&lt;b&gt;(&quot;|");/);
    expect(out).not.toContain('hljs');
  });

  test('an unknown language keeps its class and is escaped', () => {
    const out = html('```nosuchlang\n<script>alert(1)</script>\n```');
    expect(out).toContain('class="language-nosuchlang"');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<script>');
  });

  test("reveal.js's line-highlight suffix does not stop highlighting", () => {
    expect(html('```js [1-2|3]\nlet a = 1;\n```')).toContain('<span class="hljs-keyword">let</span>');
  });

  test('highlighted code cannot smuggle markup out of the block', () => {
    const out = html('```html\n<img src=x onerror=alert(1)>\n```');
    expect(out).not.toMatch(/<img/);
  });

  test('slide separators inside code are text', () => {
    expect(html('```md\n---\nNote: not notes\n```')).toContain('---');
  });
});
