import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();

describe('.slide: comments set the <section> attributes', () => {
  test('allowed attributes are returned, and the comment is gone', () => {
    const ctx = stubContext();
    const out = render('<!-- .slide: class="chapter" data-background-color="#102030" data-transition="fade" data-auto-animate -->\n# 标题', ctx);
    expect(out.attributes).toEqual({ class: 'chapter', 'data-background-color': '#102030', 'data-transition': 'fade', 'data-auto-animate': '' });
    expect(out.html).not.toContain('.slide');
    expect(ctx.problems).toEqual([]);
  });

  test('a local background image is resolved through the loader and rewritten', () => {
    const ctx = stubContext({ 'img/bg.png': 'png' });
    const out = render('# A\n\n<!-- .slide: data-background-image="img/bg.png" data-background-size="cover" data-background-opacity="0.4" -->', ctx);
    expect(out.attributes).toEqual({ 'data-background-image': 'media/bg.png', 'data-background-size': 'cover', 'data-background-opacity': '0.4' });
    expect(ctx.resolved).toEqual([{ src: 'img/bg.png', line: 3 }]);
  });

  test('a missing background image is dropped (the loader reports it)', () => {
    const ctx = stubContext();
    expect(render('<!-- .slide: data-background-image="nope.png" -->', ctx).attributes).toEqual({});
  });

  test.each([
    ['data-background-image="https://example.com/a.png"', 'remote-url-refused'],
    ['data-background-video="//cdn.example/v.mp4"', 'remote-url-refused'],
    ['data-background-iframe="https://example.com"', 'background-iframe-refused'],
    ['data-background-gradient="url(https://x/y.png)"', 'attribute-refused'],
    ['data-background-color="red;background:url(//x)"', 'attribute-refused'],
    ['onclick="alert(1)"', 'attribute-not-allowed'],
    ['data-background="https://example.com/a.png"', 'remote-url-refused'],
    ['data-visibility="sometimes"', 'attribute-refused'],
    ['id="deck-runtime"', 'attribute-refused'],
  ])('%s is refused with a warning on its line', (attr, code) => {
    const ctx = stubContext();
    const out = render(`# Title\n\ntext\n<!-- .slide: ${attr} -->`, ctx);
    expect(out.attributes).toEqual({});
    expect(ctx.problems).toHaveLength(1);
    expect(ctx.problems[0]).toMatchObject({ code, line: 4, severity: 'warning' });
  });
});

describe('.element: comments set attributes on the element before them (reveal.js semantics)', () => {
  test('on a paragraph, inline', () => {
    const out = render('Hello <!-- .element: class="fragment" data-fragment-index="1" -->', stubContext());
    expect(out.html).toBe('<p class="fragment" data-fragment-index="1">Hello </p>\n');
    expect(out.fragments).toBe(1);
  });

  test('inside a list item it applies to that item', () => {
    const out = render('- one <!-- .element: class="fragment" -->\n- two <!-- .element: class="fragment" -->\n- three', stubContext());
    expect(out.html).toContain('<li class="fragment">one </li>');
    expect(out.html).toContain('<li class="fragment">two </li>');
    expect(out.html).toContain('<li>three</li>');
    expect(out.fragments).toBe(2);
  });

  test('after a list it applies to the last item (marked leaves no blank line before the comment)', () => {
    expect(render('- a\n- b\n<!-- .element: class="fragment" -->', stubContext()).html).toContain('<li class="fragment">b</li>');
    expect(render('- a\n- b\n\n<!-- .element: class="fragment" -->', stubContext()).html).toContain('<li class="fragment">b</li>');
  });

  test('on a line of its own after a paragraph it applies to the paragraph', () => {
    expect(render('para\n<!-- .element: class="big" -->', stubContext()).html).toBe('<p class="big">para</p>\n');
  });

  test('after an image on the same line it applies to the image', () => {
    const ctx = stubContext({ 'a.png': 'x' });
    const out = render('![pic](a.png) <!-- .element: class="fragment fade-up" style="width:50%" -->', ctx);
    expect(out.html).toContain('<img src="media/a.png" alt="pic" class="fragment fade-up" style="width:50%" />');
  });

  test('attributes outside the allowlist are dropped with a warning', () => {
    const ctx = stubContext();
    const out = render('para\n<!-- .element: class="ok" onclick="alert(1)" data-src="https://x/y.png" style="background:url(https://x/y)" -->', ctx);
    expect(out.html).toBe('<p class="ok">para</p>\n');
    expect(ctx.problems.map((p) => p.code).sort()).toEqual(['attribute-not-allowed', 'attribute-not-allowed', 'attribute-refused']);
    expect(ctx.problems.every((p) => p.line === 2)).toBe(true);
  });

  test('a comment that is neither directive stays out of the output', () => {
    const out = render('text <!-- a private remark -->', stubContext());
    expect(out.html).not.toContain('remark');
  });

  test('fragments are counted on the slide', () => {
    const md = '- a <!-- .element: class="fragment" -->\n- b <!-- .element: class="fragment highlight-red" -->\n\n<p class="fragment">raw</p>\n\n<p class="no-fragment">not one</p>';
    expect(render(md, stubContext()).fragments).toBe(3);
  });
});
