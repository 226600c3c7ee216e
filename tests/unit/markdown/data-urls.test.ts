// data: URLs are accepted only as well-formed base64 images: reveal.js writes a data:
// background into `url(…)` as it is, so anything else could smuggle a second URL past us.
import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { classifyUrl } from '../../../src/deck/markdown/urls.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const smuggling = [
  'data:image/png;base64,AAAA), url(http://attacker.example/a.png',
  'data:image/png,x) , url(http://attacker.example/a.png',
  'data:image/png;base64,AAAA,http://attacker.example/a.png',
  "data:image/png;base64,AA') url('//attacker.example/a.png",
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"><image href="http://attacker.example/a.png"/></svg>',
  'data:image/png;charset=utf-8;base64,AAAA',
  'data:image/x-icon;base64,AAAA',
  'data:text/html;base64,PHNjcmlwdD4=',
  'data:image/png;base64,AA AA',
];

describe('well-formed base64 images are accepted', () => {
  test.each(['png', 'jpeg', 'gif', 'webp', 'avif', 'svg+xml'])('image/%s', (type) => {
    expect(classifyUrl(`data:image/${type};base64,AAAA`)).toBe('data-image');
    expect(classifyUrl(`DATA:IMAGE/${type.toUpperCase()};BASE64,AAAA==`)).toBe('data-image');
  });

  test('as an image and as a slide background', () => {
    const ctx = stubContext();
    const out = render(`<!-- .slide: data-background-image="${png}" -->\n\n![dot](${png})`, ctx);
    expect(out.attributes).toEqual({ 'data-background-image': png });
    expect(out.html).toContain(`src="${png}"`);
    expect(ctx.problems).toEqual([]);
  });
});

describe.each(smuggling)('%s', (value) => {
  test('is not a data image', () => {
    expect(classifyUrl(value)).not.toBe('data-image');
  });

  test('as a slide background: dropped, with a warning at its line saying what is accepted', () => {
    const ctx = stubContext();
    const out = render(`# Title\n\ntext\n<!-- .slide: data-background-image="${value.replace(/"/g, '&quot;')}" -->`, ctx);
    expect(out.attributes).toEqual({});
    expect(ctx.problems).toMatchObject([{ line: 4, severity: 'warning', code: 'unsafe-url-refused' }]);
    expect(ctx.problems[0]!.hint).toContain('data:image/<png|jpeg|gif|webp|avif|svg+xml>;base64,');
  });

  test('as an <img>: removed, with a warning at its line', () => {
    const ctx = stubContext();
    const out = render(`# Title\n\n<img alt="x" src='${value.replace(/'/g, '&#39;')}'>`, ctx);
    expect(out.html).not.toContain('<img');
    expect(out.html).not.toContain('attacker');
    expect(ctx.problems).toMatchObject([{ line: 3, severity: 'warning' }]);
  });
});

test('a data: image through the data-background shorthand is the well-formed image; as a gradient or a style url() it is refused', () => {
  const ctx = stubContext();
  const out = render(`# T\n<!-- .slide: data-background="${png}" data-background-gradient="url(${png})" -->\n\n<p style="background:url(${png})">x</p>`, ctx);
  expect(out.attributes).toEqual({ 'data-background-image': png });
  expect(out.html).not.toContain('data:');
  expect(ctx.problems.map((p) => [p.line, p.code])).toEqual([[2, 'attribute-refused'], [4, 'style-refused']]);
});
