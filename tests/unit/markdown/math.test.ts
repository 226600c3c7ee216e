import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { buildSite } from '../../../src/site/site.js';
import { tempDir } from '../../helpers/decks.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();
const html = (md: string) => render(md, stubContext()).html;
const formulas = (out: string) => out.match(/class="katex"/g)?.length ?? 0;

describe('TeX math is typeset at build time', () => {
  test.each([
    ['$e^{i\\pi}+1=0$', 'inline dollars'],
    ['\\(e^{i\\pi}+1=0\\)', 'inline parentheses'],
    ['$$e^{i\\pi}+1=0$$', 'display dollars'],
    ['\\[e^{i\\pi}+1=0\\]', 'display brackets'],
    ['$$\ne^{i\\pi}+1=0\n$$', 'a display block on its own lines'],
  ])('%s (%s) becomes KaTeX HTML, no TeX left', (md) => {
    const out = html(`Euler: ${md.includes('\n') ? `\n\n${md}` : md}`);
    expect(formulas(out)).toBe(1);
    expect(out).not.toContain('\\pi');
    expect(out).not.toMatch(/\$|\\\(|\\\[/);
  });

  test('display math on its own lines is a block, with KaTeX display style', () => {
    expect(html('$$\n\\int_0^1 x\\,dx\n$$')).toMatch(/^<div class="math"><span class="katex-display">/);
  });

  test('prices, code spans and fences keep their dollars', () => {
    expect(html('It costs $5 and $10, or $5-$10.')).toBe('<p>It costs $5 and $10, or $5-$10.</p>\n');
    expect(html('Between $ x $ spaces')).toBe('<p>Between $ x $ spaces</p>\n');
    expect(html('Run `echo $HOME$x` now')).toContain('<code>echo $HOME$x</code>');
    expect(html('```sh\necho $a $b$\n```')).not.toContain('katex');
    expect(html('An escaped \\$x\\$ stays')).toBe('<p>An escaped $x$ stays</p>\n');
  });

  test('markdown emphasis characters inside math are TeX, not emphasis', () => {
    const out = html('$a_1 * b_2 * c$');
    expect(formulas(out)).toBe(1);
    expect(out).not.toContain('<em>');
  });

  test('the strokes of a square root (KaTeX’s own <svg>) survive the slide sanitizer', () => {
    expect(html('$\\sqrt{2}$')).toMatch(/<svg[^>]*>.*<path/);
  });

  test('a raw <svg> on the same slide is still refused', () => {
    const ctx = stubContext();
    const out = render('$\\sqrt{2}$ <svg onload="alert(1)"><path d="M0 0"/></svg>', ctx).html;
    expect(out).not.toContain('onload');
    expect(ctx.problems.map((p) => p.code)).toContain('inline-svg-removed');
  });

  test('TeX cannot make links or load pictures (KaTeX runs untrusted)', () => {
    const out = html('$\\href{javascript:alert(1)}{x} \\includegraphics{https://example.com/a.png}$');
    expect(out).not.toContain('href=');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('example.com/a.png"');
  });

  test('bad TeX is a warning on its line with KaTeX’s message, and the source is shown', () => {
    const ctx = stubContext();
    const out = render('# Title\n\nfine $x$\n\nbroken $\\frac{1}{$ here', ctx).html;
    expect(ctx.problems).toHaveLength(1);
    expect(ctx.problems[0]).toMatchObject({ code: 'math-invalid', severity: 'warning', line: 5 });
    expect(ctx.problems[0]!.message).toContain('$\\frac{1}{$');
    expect(ctx.problems[0]!.message).toMatch(/expected '}'/);
    expect(out).toContain('<code class="math-error"');
    expect(out).toContain('$\\frac{1}{$</code>');
  });

  test('a placeholder written by hand does not pull another slide’s formula in', () => {
    render('$x$', stubContext());
    expect(html('<span data-deck-vault="0"></span> text')).not.toContain('katex');
  });
});

describe('formulas in raw HTML, as reveal.js’s math plugin finds them on the page', () => {
  test('in a block’s text and in MathJax’s math/tex scripts; not in code, attributes or prices', () => {
    const out = html('<div class="eq">\n\\[\\begin{aligned} a &amp; = b \\end{aligned}\\]\nand \\(x^2\\), $y$\n<code>$not$</code> <span title="$no$">costs $5 and $10</span>\n</div>\n\n<script type="math/tex; mode=display">\\sum_i i</script>\n');
    expect(formulas(out)).toBe(4);
    expect(out).toContain('<code>$not$</code>');
    expect(out).toContain('title="$no$"');
    expect(out).toContain('costs $5 and $10');
    expect(out).not.toContain('script');
    expect(out).not.toMatch(/\\\[|\\\(|\\sum/);
  });
});

describe('KaTeX’s stylesheet and fonts ship only with decks that have math', () => {
  const siteOf = async (markdown: string) => {
    const dir = tempDir('math-site');
    writeFileSync(join(dir, 'a.md'), markdown);
    const { deck } = loadDeck(dir);
    return buildSite(deck!);
  };

  test('a deck with math links katex.css, whose every font is a shipped woff2', async () => {
    const files = await siteOf('# A\n\n$x^2$');
    expect(files.get('index.html')).toContain('href="katex/katex.css"');
    const css = files.get('katex/katex.css') as string;
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url).toMatch(/\.woff2$/);
      expect(files.has(`katex/${url}`), url).toBe(true);
    }
  });

  test('a deck without math has none of it', async () => {
    const files = await siteOf('# A\n\nCosts $5 and $10.');
    expect([...files.keys()].filter((p) => p.startsWith('katex/'))).toEqual([]);
    expect(files.get('index.html')).not.toContain('katex');
  });
});
