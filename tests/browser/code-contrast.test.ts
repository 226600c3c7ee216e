// Code on a projector: in every theme (ours in assets/themes/, and reveal.js's usable by
// name), with the default highlight style, every highlight.js token class of real
// highlighted code is drawn at 4.5:1 or more against the background it is drawn on (WCAG
// AA for text), as Chromium computes both. Inline code too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import { themeNames } from '../../src/themes.js';
import { launchBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/decks.js';
import { writeSiteFolder } from '../helpers/site-folder.js';

const themes = [...themeNames().own, ...themeNames().reveal];

/** Code in several languages, so that most token classes appear (params, meta, tags, attributes, regexps…). */
const code = [
  '```js\n// 注释 comment\nimport { x } from "./x.js";\nexport async function load(path, { retries = 3 } = {}) {\n  const re = /^[a-z]+$/i;\n  return `${path}: ${retries * 2}` ?? null;\n}\nclass A extends B { static #n = 1; get v() { return this.#n; } }\n```',
  '```python\n@decorator(42)\ndef greet(name: str, *args, **kw) -> None:\n    """Docstring."""\n    print(f"hello {name}", True, None)  # comment\n```',
  '```html\n<!doctype html>\n<a href="x.html" class="y">link &amp; text</a>\n<script>var n = 1;</script>\n```',
  '```css\n@media (max-width: 600px) { #id .cls > p::before { color: #fff !important; margin: 0 auto; } }\n```',
  '```bash\n#!/bin/sh\nexport PATH="$HOME/bin:$PATH"\nfor f in *.md; do echo "$f" | grep -v x; done\n```',
  '```json\n{ "name": "deck", "version": 1.5, "ok": true, "list": [null] }\n```',
  '```sql\nSELECT id, COUNT(*) AS n FROM users WHERE name LIKE \'a%\' GROUP BY id;\n```',
  '```diff\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old line\n+new line\n```',
  '```yaml\ntitle: 演示\nlist:\n  - 1\n  - yes\nanchor: &a { k: v }\n```',
  '```typescript\ntype T<K extends string> = Record<K, number>;\nenum E { A = 1 }\nconst f = <T,>(x: T): T => x;\n```',
  '```go\npackage main\nfunc main() { var s []int; fmt.Println(len(s), \'c\', 0x1F) }\n```',
  '```rust\n#[derive(Debug)]\nfn main() -> Result<(), Box<dyn Error>> { let mut v: Vec<u8> = vec![1]; println!("{:?}", v); Ok(()) }\n```',
  '```markdown\n# Heading\n*em* **strong** [link](http://x) `code`\n- item\n```',
  'Inline `code` in a sentence.',
  '```js [1|2]\nconst first = 1;\nconst second = "two";\n```',
].join('\n\n---\n\n');

let browser: Browser;
const decks = new Map<string, string>();

beforeAll(async () => {
  const root = tempDir('code-contrast');
  for (const theme of themes) {
    const deckDir = join(root, `${theme}-deck`);
    mkdirSync(deckDir, { recursive: true });
    writeFileSync(join(deckDir, 'deck.yaml'), `title: 代码\nlang: zh-CN\ntheme: ${theme}\ntransition: none\n`);
    writeFileSync(join(deckDir, 'code.md'), code);
    const { deck, diagnostics } = loadDeck(deckDir);
    expect(diagnostics.filter((d) => d.code.startsWith('config'))).toEqual([]);
    decks.set(theme, await writeSiteFolder(deck!, join(root, theme)));
  }
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

interface Sample {
  /** 'plain' for the code element's own text, else the token's hljs class. */
  token: string;
  text: string;
  ratio: number;
  color: string;
  background: string;
}

const ours = new Set(themeNames().own);

test.each(themes)('theme %s: every token class of highlighted code is drawn at 4.5:1 or more (inline code too, in our themes)', async (theme) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(decks.get(theme)!);
  await page.waitForSelector('.reveal.ready');
  const samples: Sample[] = [];
  const slides = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
  for (let i = 0; i < slides; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    samples.push(...(await page.evaluate(measureContrast)));
    if (theme === 'projector' && i === 0) await page.screenshot({ path: '/tmp/code-contrast-projector.png' });
  }
  // A stepped block: each later step covers the one before with the block's own background.
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal section.present pre.code-steps > code.fragment')!).backgroundColor)).not.toMatch(/rgba\(.*, 0\)|transparent/);
  expect(samples.length).toBeGreaterThan(100);
  // The worst sample of each token class, so a failure names every class that fails.
  const worst = new Map<string, Sample>();
  // reveal.js's solarized sets all its text, inline code included, at 4.13:1: the theme's choice, not a code colour.
  for (const s of samples.filter((x) => x.token !== 'inline' || ours.has(theme))) if (!worst.has(s.token) || s.ratio < worst.get(s.token)!.ratio) worst.set(s.token, s);
  const failing = [...worst.values()].filter((s) => s.ratio < 4.5).map((s) => `${s.token} "${s.text}" ${s.color} on ${s.background}: ${s.ratio.toFixed(2)}:1`);
  expect(failing, `theme ${theme}`).toEqual([]);
  // Real highlighting reached the page: these classes all appear.
  expect([...new Set(samples.map((x) => x.token))]).toEqual(expect.arrayContaining(['plain', 'inline', 'hljs-keyword', 'hljs-string', 'hljs-comment', 'hljs-number', 'hljs-title', 'hljs-params', 'hljs-attr', 'hljs-meta', 'hljs-tag']));
  await page.close();
}, 60_000);

/**
 * Runs in the page: for every text node in code on the current slide, its colour and the
 * colour under it (the nearest backgrounds up the tree, blended, a gradient by its worst
 * stop), as WCAG 2 contrast ratios.
 */
function measureContrast(): Sample[] {
  type Rgba = [number, number, number, number];
  const probe = document.createElement('canvas').getContext('2d')!;
  const parse = (css: string): Rgba => {
    const m = /rgba?\(([^)]+)\)/.exec(css) ?? /color\(srgb ([^)]+)\)/.exec(css);
    if (!m) {
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      return parse(probe.fillStyle.startsWith('#') ? `rgb(${parseInt(probe.fillStyle.slice(1, 3), 16)}, ${parseInt(probe.fillStyle.slice(3, 5), 16)}, ${parseInt(probe.fillStyle.slice(5, 7), 16)})` : probe.fillStyle);
    }
    const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    const scale = css.startsWith('color(') ? 255 : 1;
    return [parts[0]! * scale, parts[1]! * scale, parts[2]! * scale, parts[3] ?? 1];
  };
  const over = (top: Rgba, under: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba;
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  /** The backgrounds that can be under an element: one colour, or each stop of a gradient. */
  const backgrounds = (el: Element | null): Rgba[] => {
    const layers: Rgba[][] = [];
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      const stops = [...style.backgroundImage.matchAll(/rgba?\([^)]+\)|#[0-9a-f]{3,8}\b/gi)].map((c) => parse(c[0]));
      const color = parse(style.backgroundColor);
      if (stops.length > 0) layers.push(stops.map((s) => over(s, color[3] > 0 ? over(color, [255, 255, 255, 1]) : [255, 255, 255, 1])));
      else if (color[3] > 0) layers.push([color]);
      if (layers.at(-1)?.every((c) => c[3] === 1)) break;
    }
    let result: Rgba[] = [[255, 255, 255, 1]];
    for (const layer of layers.reverse()) result = layer.flatMap((top) => result.map((under) => over(top, under)));
    return result;
  };
  const slide = [...document.querySelectorAll('.reveal .slides section.present')].find((s) => !s.querySelector('section'));
  const out: Sample[] = [];
  if (!slide) return out;
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    const code = parent.closest('code');
    if (!code || !node.nodeValue?.trim() || parent.closest('aside.notes')) continue;
    const token = parent === code ? (code.closest('pre') ? 'plain' : 'inline') : ([...parent.classList].find((c) => c.startsWith('hljs-')) ?? 'plain');
    const color = parse(getComputedStyle(parent).color);
    for (const under of backgrounds(parent)) {
      const drawn = over(color, under);
      out.push({ token, text: node.nodeValue.trim().slice(0, 20), ratio: ratio(drawn, under), color: getComputedStyle(parent).color, background: `rgb(${under.slice(0, 3).map(Math.round).join(', ')})` });
    }
  }
  return out;
}

test('a highlight style the deck chooses shows as its author made it, on our theme too: its background, its colours', async () => {
  const deckDir = join(tempDir('code-style'), 'deck');
  mkdirSync(deckDir);
  writeFileSync(join(deckDir, 'deck.yaml'), 'title: 代码\nlang: zh-CN\nhighlightTheme: github\n');
  writeFileSync(join(deckDir, 'code.md'), '```js [1|2]\nconst first = 1; // note\nconst second = "two";\n```\n');
  const { deck } = loadDeck(deckDir);
  const url = await writeSiteFolder(deck!, join(deckDir, '..', 'site'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForSelector('.reveal.ready');
  const look = () =>
    page.evaluate(() => {
      const code = document.querySelector('.reveal section.present pre code')!;
      return { background: getComputedStyle(code).backgroundColor, color: getComputedStyle(code).color, comment: getComputedStyle(code.querySelector('.hljs-comment')!).color };
    });
  // github.css: #fff background, #24292e text, #6a737d comments.
  expect(await look()).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(36, 41, 46)', comment: 'rgb(106, 115, 125)' });
  await page.close();
});
