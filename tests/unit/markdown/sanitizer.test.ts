import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();

describe('raw HTML in slides', () => {
  test('ordinary markup passes untouched', () => {
    const md = '<div class="columns"><p>左</p><p>右</p></div>\n\n<table><tr><td colspan="2">x</td></tr></table>\n\n<details open><summary>更多</summary>内容</details>';
    const ctx = stubContext();
    const out = render(md, ctx).html;
    expect(out).toContain('<div class="columns"><p>左</p><p>右</p></div>');
    expect(out).toContain('<td colspan="2">x</td>');
    expect(out).toContain('<details open=""><summary>更多</summary>内容</details>');
    expect(ctx.problems).toEqual([]);
  });

  test('<script> and its text are removed, with a warning on its line', () => {
    const ctx = stubContext();
    const out = render('# t\n\n<script>alert(1)</script>\n', ctx).html;
    expect(out).not.toContain('alert');
    expect(ctx.problems).toMatchObject([{ code: 'script-removed', line: 3, severity: 'warning' }]);
  });

  test.each(['style', 'link', 'meta', 'base', 'form', 'object', 'embed', 'iframe'])('<%s> is removed', (tag) => {
    const ctx = stubContext();
    const out = render(`text\n\n<${tag} href="x" src="x" content="0;url=https://e.com">inner</${tag}>`, ctx).html;
    expect(out).not.toContain(`<${tag}`);
    expect(ctx.problems.length).toBeGreaterThan(0);
  });

  test('event handlers are removed whatever their case', () => {
    const ctx = stubContext();
    const out = render('<p onclick="a()" OnMouseOver="b()" onfocus=c()>x</p>', ctx).html;
    expect(out).toBe('<p>x</p>');
    expect(ctx.problems.map((p) => p.code)).toEqual(['event-handler-removed', 'event-handler-removed', 'event-handler-removed']);
  });

  test.each([
    ['https://example.com/x', true],
    ['http://example.com', true],
    ['mailto:a@b.c', true],
    ['#/2', true],
    ['other.html', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['vbscript:msgbox(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://example.com', false],
  ])('<a href="%s"> kept: %s', (href, kept) => {
    const out = render(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`, stubContext()).html;
    expect(out.includes('href=')).toBe(kept);
    expect(out).toContain('rel="noopener noreferrer"');
  });

  test('markdown links and autolinks with script URLs lose their href', () => {
    const ctx = stubContext();
    const out = render('[x](javascript:alert(1))\n\n<javascript:alert(1)>', ctx).html;
    expect(out).not.toContain('href');
    expect(ctx.problems.map((p) => p.line)).toEqual([1, 3]);
  });

  test('local images are resolved by the loader and rewritten to the copied file', () => {
    const ctx = stubContext({ 'pics/a.png': 'x' });
    const out = render('# t\n\n![一张图](pics/a.png "标题")', ctx).html;
    expect(out).toContain('<img src="media/a.png" alt="一张图" title="标题" />');
    expect(ctx.resolved).toEqual([{ src: 'pics/a.png', line: 3 }]);
  });

  test('a missing image is left out without a second report (the loader made one)', () => {
    const ctx = stubContext();
    expect(render('![x](missing.png)', ctx).html).toBe('<p></p>\n');
    expect(ctx.problems).toEqual([]);
  });

  test.each([
    '![r](https://example.com/a.png)',
    '<img src="//example.com/a.png">',
    '<img src="\\\\example.com\\a.png">',
    '<video src="https://example.com/v.mp4"></video>',
    '<video><source src="http://example.com/v.mp4"></video>',
    '<audio src="https://example.com/a.mp3"></audio>',
    '<video src="v.mp4" poster="https://example.com/p.png"></video>',
  ])('remote media are refused: %s', (md) => {
    const ctx = stubContext({ 'v.mp4': 'x' });
    const out = render(md, ctx).html;
    expect(out).not.toContain('example.com');
    expect(ctx.problems.map((p) => p.code)).toContain('remote-media-refused');
  });

  test('data: images are kept in <img>, other data: URLs are not', () => {
    expect(render('<img src="data:image/png;base64,iVBORw0KGgo=">', stubContext()).html).toContain('src="data:image/png;base64,');
    expect(render('<video src="data:video/mp4;base64,AAAA"></video>', stubContext()).html).not.toContain('data:');
    expect(render('<img src="data:text/html;base64,PHNjcmlwdD4=">', stubContext()).html).not.toContain('data:');
  });

  test('local video is resolved and keeps its controls', () => {
    const out = render('<video src="clip.mp4" controls muted></video>', stubContext({ 'clip.mp4': 'x' })).html;
    expect(out).toContain('<video src="media/clip.mp4" controls="" muted=""></video>');
  });

  test('styles that load something are removed, others kept', () => {
    const ctx = stubContext();
    expect(render('<p style="color:red;font-size:2em">x</p>', ctx).html).toBe('<p style="color:red;font-size:2em">x</p>');
    expect(render('<p style="background:url(https://e.com/t.png)">x</p>', ctx).html).toBe('<p>x</p>');
    expect(render('<p style="background:u\\72l(https://e.com/t.png)">x</p>', ctx).html).toBe('<p>x</p>');
  });

  test('GFM task lists keep their checkboxes; other inputs go', () => {
    expect(render('- [x] done', stubContext()).html).toContain('<input checked="" disabled="" type="checkbox" />');
    expect(render('<input type="text" value="x">', stubContext()).html).not.toContain('<input');
  });
});
