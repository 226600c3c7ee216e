// Names a deck chooses (fence languages, attribute names, entity names, settings) are
// looked up in our tables; `constructor` or `__proto__` must find nothing there rather
// than a member of Object.prototype.
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../../src/deck/config.js';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { htmlToText } from '../../../src/deck/text.js';
import { htmlText } from '../../../src/site/page-text.js';
import { contentType } from '../../../src/content-type.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();
const prototypeNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

describe.each(prototypeNames)('%s', (name) => {
  test('as a fence language: the code is shown, escaped, with no diagnostic', () => {
    const ctx = stubContext();
    const out = render('```' + name + '\n<b>x</b>\n```', ctx);
    expect(out.html).toBe(`<pre><code class="language-${name}">&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n`);
    expect(ctx.problems).toEqual([]);
  });

  test('as a .slide: or .element: attribute: refused with a warning', () => {
    const ctx = stubContext();
    const out = render(`# t\n<!-- .slide: ${name}="x" -->\n\npara\n<!-- .element: ${name}="y" -->`, ctx);
    expect(Object.hasOwn(out.attributes, name)).toBe(false);
    expect(out.html).not.toContain(`${name}=`);
    expect(ctx.problems.map((p) => p.code)).toEqual(['attribute-not-allowed', 'attribute-not-allowed']);
  });

  test('as an entity, a setting or a file extension: nothing is found', () => {
    expect(htmlToText(`<p>a &${name}; b</p>`)).toBe(`a &${name}; b`);
    expect(htmlText(`a &${name}; b`)).toBe(`a &${name}; b`);
    expect(contentType(`x.${name}`)).toBe('application/octet-stream');
    expect(parseConfig(`aspect: ${name}`, { file: 'deck.yaml', firstLine: 1, allowOrder: true }).diagnostics).toMatchObject([{ code: 'config-value', line: 1 }]);
  });
});
