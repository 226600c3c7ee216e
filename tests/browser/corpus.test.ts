// Real decks from the corpus, built and opened as their audience would: reveal-md's own
// separators and reveal.js theme, a Slidev deck, and mermaid diagrams, open from disk
// with every slide, the theme's colours, the notes hidden and nothing fetched from the
// network.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/decks.js';
import { pageText } from '../helpers/pdf.js';

const corpus = join(__dirname, '../fixtures/corpus');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function buildAndOpen(deck: string) {
  const out = join(tempDir('corpus-build'), 'dist');
  execFileSync(process.execPath, ['out/cli.mjs', 'build', deck.startsWith('/') ? deck : join(corpus, deck), '--out', out, '--no-layout'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const prefix = pathToFileURL(out).href;
  const escapes: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(prefix) || url.startsWith('data:')) return route.continue();
    escapes.push(url);
    return route.abort('blockedbyclient');
  });
  await page.goto(`${prefix}/index.html`);
  await page.waitForSelector('.reveal.ready');
  return { page, escapes };
}

test('a reveal-md talk with <!--s-->/<!--v--> separators and the solarized theme opens as its author meant', async () => {
  const { page, escapes } = await buildAndOpen('revealmd-demo-c/c.md');
  const shown = await page.evaluate(() => ({
    stacks: document.querySelectorAll('.reveal .slides > section').length,
    slides: document.querySelectorAll('.reveal .slides section[data-source-file]').length,
    background: getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor,
    notesVisible: [...document.querySelectorAll('aside.notes')].some((n) => n.getClientRects().length > 0),
    lang: document.documentElement.lang,
  }));
  // solarized's base3 background, rgb(253, 246, 227).
  expect(shown).toEqual({ stacks: 3, slides: 4, background: 'rgb(253, 246, 227)', notesVisible: false, lang: 'en' });
  expect(escapes).toEqual([]);
  await page.close();
}, 120_000);

test('a Slidev deck opens with every slide and its per-slide front matter consumed, never shown', async () => {
  const { page, escapes } = await buildAndOpen('slidev-theme-shibainu/example.md');
  const text = await page.evaluate(() => document.querySelector('.reveal .slides')!.textContent ?? '');
  expect(text).not.toMatch(/^\s*layout:/m);
  expect(await page.evaluate(() => document.querySelectorAll('.reveal .slides section[data-source-file]').length)).toBe(14);
  expect(escapes).toEqual([]);
  await page.close();
}, 120_000);

test('mermaid diagrams are drawn as SVG from the deck’s own folder, with real text in the page and the PDF', async () => {
  const { page, escapes } = await buildAndOpen('revealmd-mermaid/mermaid.md');
  await page.waitForFunction(() => document.querySelectorAll('.mermaid-diagram[data-diagram-drawn] > svg').length === 4);
  const drawn = await page.evaluate(() => ({
    errors: document.querySelectorAll('[data-diagram-error]').length,
    // The labels are text the browser lays out (a search or a copy finds them), not pixels.
    labels: [...document.querySelectorAll('.mermaid-diagram svg')].map((svg) => (svg.textContent ?? '').replace(/\s+/g, ' ').trim()),
    sourceShown: [...document.querySelectorAll('.mermaid-diagram[data-diagram-drawn] .mermaid-source')].some((pre) => pre.getClientRects().length > 0),
  }));
  expect(drawn.errors).toBe(0);
  expect(drawn.labels[0]).toContain('Load Balancer');
  expect(drawn.sourceShown).toBe(false);
  expect(escapes).toEqual([]);
  await page.close();
  const work = tempDir('corpus-mermaid-pdf');
  execFileSync(process.execPath, [join(process.cwd(), 'out/cli.mjs'), 'export', 'pdf', join(corpus, 'revealmd-mermaid/mermaid.md'), '-o', join(work, 'm.pdf')], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  expect(pageText(join(work, 'm.pdf'), 1)).toContain('Load Balancer');
}, 180_000);

test('a diagram mermaid cannot read is a warning at its line in deck check, shows its source, and the rest is drawn', async () => {
  const dir = tempDir('corpus-mermaid-bad');
  writeFileSync(join(dir, 'talk.md'), '# Good\n\n```mermaid\ngraph TD\n  A --> B\n```\n\n---\n\n# Broken\n\n```mermaid\ngraph TD\n  A --> B\n  B -->> [[[\n```\n');
  const check = spawnSync(process.execPath, ['out/cli.mjs', 'check', join(dir, 'talk.md')], { encoding: 'utf8' });
  expect(check.status).toBe(0);
  expect(check.stderr + check.stdout).toMatch(/talk\.md:15:1: warning: this mermaid diagram could not be drawn \(Parse error on line 3/);
  const { page } = await buildAndOpen(join(dir, 'talk.md'));
  await page.waitForSelector('.mermaid-diagram[data-diagram-error]');
  expect(await page.evaluate(() => ({
    drawn: document.querySelectorAll('.mermaid-diagram[data-diagram-drawn] > svg').length,
    source: document.querySelector('[data-diagram-error] code')?.textContent,
  }))).toEqual({ drawn: 1, source: 'graph TD\n  A --> B\n  B -->> [[[' });
  await page.close();
}, 180_000);

test('a Marp deck: <!--fit--> headings fill the line, page numbers, header and footer sit at the slide’s edges, a split background beside the content', async () => {
  const dir = tempDir('corpus-marp');
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082', 'hex');
  writeFileSync(join(dir, 'pic.png'), png);
  writeFileSync(join(dir, 'talk.md'), '---\nmarp: true\npaginate: true\nfooter: The footer\n---\n# <!--fit--> Fit\n\n---\n\n![bg left:40%](pic.png)\n\n## Beside the picture\n\nSome text that would be under the picture.\n');
  const { page, escapes } = await buildAndOpen(join(dir, 'talk.md'));
  const fit = await page.evaluate(() => {
    const h1 = document.querySelector<HTMLElement>('h1.marp-fit')!;
    const range = document.createRange();
    range.selectNodeContents(h1);
    const section = h1.closest('section')!;
    const box = getComputedStyle(section);
    return {
      text: range.getBoundingClientRect().width,
      line: section.getBoundingClientRect().width - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight),
      page: getComputedStyle(section, '::after').content,
      footerBottom: section.getBoundingClientRect().bottom - document.querySelector('.marp-footer')!.getBoundingClientRect().bottom,
    };
  });
  // The one word is scaled up to fill the content box's width (within a few pixels).
  expect(Math.abs(fit.text - fit.line)).toBeLessThan(fit.line * 0.03);
  expect(fit.page).toBe('"1"');
  expect(fit.footerBottom).toBeGreaterThan(0);
  expect(fit.footerBottom).toBeLessThan(60);
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('section.present .marp-bg img');
  await page.waitForTimeout(900); // the slide transition
  const split = await page.evaluate(() => {
    const section = document.querySelector('section.present')!;
    const picture = section.querySelector('.marp-bg img')!.getBoundingClientRect();
    const heading = section.querySelector('h2')!.getBoundingClientRect();
    const frame = section.getBoundingClientRect();
    return { pictureRight: (picture.right - frame.left) / frame.width, headingLeft: (heading.left - frame.left) / frame.width };
  });
  expect(split.pictureRight).toBeCloseTo(0.4, 2);
  expect(split.headingLeft).toBeGreaterThan(0.4);
  expect(escapes).toEqual([]);
  await page.close();
}, 120_000);
