import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { stubContext } from './context.js';

const diagram = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 400 200" width="400" height="200">
  <title>时间线</title>
  <defs>
    <linearGradient id="bg" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fff"/></linearGradient>
    <marker id="arrow" markerWidth="10" markerHeight="10" refX="5" refY="5" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker>
    <clipPath id="clip"><rect width="400" height="200"/></clipPath>
  </defs>
  <rect width="400" height="200" fill="url(#bg)" clip-path="url(#clip)"/>
  <line x1="10" y1="100" x2="390" y2="100" stroke="#333" marker-end="url(#arrow)"/>
  <g class="fragment"><text x="20" y="90" font-size="20" text-anchor="start">2001 RTX &amp; 企业QQ</text></g>
  <use xlink:href="#arrow" x="5"/>
</svg>`;

const render = createSlideRenderer();

describe('local SVG images are inlined so their text uses the deck font', () => {
  test('the drawing is inline, with viewBox case kept, ids prefixed and references rewritten', () => {
    const ctx = stubContext({ 'timeline.svg': diagram });
    const out = render('![七个产品的时间线](timeline.svg)', ctx);
    const html = out.html;
    expect(html).not.toContain('<img');
    expect(html).toMatch(/<svg [^>]*viewBox="0 0 400 200"/);
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toMatch(/<svg [^>]*aria-label="七个产品的时间线"/);
    expect(html).toMatch(/<svg [^>]*style="max-width:100%;height:auto;"/);
    expect(html).toContain('<linearGradient id="svg1-bg" gradientUnits="userSpaceOnUse">');
    expect(html).toContain('fill="url(#svg1-bg)" clip-path="url(#svg1-clip)"');
    expect(html).toContain('marker-end="url(#svg1-arrow)"');
    expect(html).toContain('<use href="#svg1-arrow" x="5"></use>');
    expect(html).toContain('<clipPath id="svg1-clip">');
    expect(html).toContain('2001 RTX &amp; 企业QQ');
    expect(html).not.toContain('<?xml');
    expect(out.fragments).toBe(1);
    expect(ctx.problems).toEqual([]);
  });

  test('the same drawing twice gets distinct ids', () => {
    const ctx = stubContext({ 'timeline.svg': diagram });
    const html = render('![a](timeline.svg) ![b](timeline.svg)', ctx).html;
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('fragment classes from .element move onto the inlined <svg>', () => {
    const html = render('![a](timeline.svg) <!-- .element: class="fragment" -->', stubContext({ 'timeline.svg': diagram })).html;
    expect(html).toMatch(/<svg [^>]*class="fragment"/);
  });

  test('script, foreignObject, style, event handlers and outside references are removed, with a warning', () => {
    const evil = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
      <script>alert(2)</script><style>body{display:none}</style>
      <foreignObject><iframe src="https://e.com"></iframe></foreignObject>
      <image href="https://e.com/a.png"/><a href="javascript:alert(3)"><text onclick="alert(4)">t</text></a>
      <use href="https://e.com/s.svg#x"/><rect fill="url(https://e.com/p.svg#g)" style="fill:url(https://e.com/x)"/>
    </svg>`;
    const ctx = stubContext({ 'evil.svg': evil });
    const html = render('# t\n\n![e](evil.svg)', ctx).html;
    expect(html).not.toMatch(/script|alert|foreignObject|<style|iframe|<image|e\.com|onload|onclick/i);
    expect(html).toContain('<text>t</text>');
    expect(ctx.problems).toMatchObject([{ code: 'svg-content-removed', line: 3, severity: 'warning' }]);
  });

  test('a file that holds no <svg> falls back to an <img> of the copied file', () => {
    const html = render('![x](broken.svg)', stubContext({ 'broken.svg': 'not svg at all' })).html;
    expect(html).toContain('<img src="media/broken.svg" alt="x" />');
  });
});
