import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();

describe('old HTML in real decks is kept, in its modern form', () => {
  test('<center> becomes a centred <div>, its text kept', () => {
    const ctx = stubContext();
    expect(render('<center>\n\nHello\n\n</center>', ctx).html).toBe('<div style="text-align:center"><p>Hello</p>\n</div>');
    expect(ctx.problems).toEqual([]);
  });

  test('<font color size face> becomes a <span> with the same look', () => {
    const ctx = stubContext();
    expect(render('<font color="#c00" size="5" face="Georgia, serif">big</font>', ctx).html).toBe('<p><span style="color:#c00;font-size:x-large;font-family:Georgia, serif">big</span></p>\n');
    expect(ctx.problems).toEqual([]);
  });

  test('a <font> value that is not a plain colour or font name is left out', () => {
    const out = render('<font color="red;background:url(//x.example/a.png)" face="x;}body{">x</font>', stubContext()).html;
    expect(out).toBe('<p><span>x</span></p>\n');
  });

  test('width and height on a table or cell become CSS; on images they stay attributes', () => {
    expect(render('<table width="50%"><tr><td height="20">x</td></tr></table>', stubContext()).html).toBe('<table style="width:50%"><tr><td style="height:20px">x</td></tr></table>');
    const ctx = stubContext({ 'a.png': 'png' });
    expect(render('![](a.png) <!-- .element: width="50%" height="200" -->', ctx).html).toBe('<p><img src="media/a.png" alt="" width="50%" height="200" /> </p>\n');
    expect(ctx.problems).toEqual([]);
  });

  test('an .element width that is not a size is refused with a warning', () => {
    const ctx = stubContext({ 'a.png': 'png' });
    expect(render('![](a.png) <!-- .element: width="100px;x" -->', ctx).html).not.toContain('width');
    expect(ctx.problems[0]).toMatchObject({ code: 'attribute-refused', line: 1 });
  });
});

describe('reveal.js’s data-background shorthand', () => {
  test('a colour sets the background colour', () => {
    expect(render('# T\n<!-- .slide: data-background="#ff0000" -->', stubContext()).attributes).toEqual({ 'data-background-color': '#ff0000' });
  });

  test('a picture file sets the background image, resolved in the deck', () => {
    const ctx = stubContext({ 'img/bg.jpg': 'jpg' });
    expect(render('# T\n<!-- .slide: data-background="img/bg.jpg" -->', ctx).attributes).toEqual({ 'data-background-image': 'media/bg.jpg' });
  });

  test('a remote picture is refused like data-background-image', () => {
    const ctx = stubContext();
    expect(render('# T\n<!-- .slide: data-background="https://example.com/a.png" -->', ctx).attributes).toEqual({});
    expect(ctx.problems[0]).toMatchObject({ code: 'remote-url-refused', line: 2 });
  });
});

describe('<style> blocks are kept, scoped to their slide, loading nothing', () => {
  const css = '<style>\n@import url(https://x.example/y.css);\nh1 { color: red; background: url(https://x.example/y.png) }\n.reveal section p { font-size: 20px }\n@font-face { font-family: X; src: url(x.woff2) }\n</style>\n\n# Hi';

  test('rules stay, inside a bare @scope (the slide), `.reveal section` read as the slide', () => {
    const out = render(css, stubContext()).html;
    expect(out).toMatch(/^<style>@scope \{\nh1 \{ color: red \}\n:scope p \{ font-size: 20px \}\n\}<\/style>/);
    expect(out).toContain('<h1>Hi</h1>');
  });

  test('@import, @font-face and url() are removed, each with a warning on its line', () => {
    const ctx = stubContext();
    const out = render(css, ctx).html;
    expect(out).not.toMatch(/url\(|@import|@font-face/);
    expect(ctx.problems.map((p) => [p.code, p.line])).toEqual([['style-refused', 2], ['style-refused', 5], ['style-refused', 3]]);
  });

  test('escaped url( is caught too', () => {
    const out = render('<style>\nh1 { background: u\\72l(https://x.example/a.png) }\n</style>', stubContext()).html;
    expect(out).not.toContain('x.example');
  });

  test('the style cannot close its element early', () => {
    const out = render('<style>\nh1::after { content: "</style><img src=x onerror=alert(1)>" }\n</style>', stubContext()).html;
    expect(out).not.toMatch(/<img|<\/style><img/);
  });
});

describe('table column alignment', () => {
  test('|---:| and |:---:| become text-align on the cells, which a theme cannot override', () => {
    const out = render('| a | b | c |\n|:--|--:|:-:|\n| 1 | 2 | 3 |', stubContext()).html;
    expect(out).toContain('<th style="text-align:left">a</th>');
    expect(out).toContain('<td style="text-align:right">2</td>');
    expect(out).toContain('<td style="text-align:center">3</td>');
    expect(out).not.toContain('align=');
  });
});
