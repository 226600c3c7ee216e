// Compatibility with reveal.js's own markdown plugin: the same markdown, split by the
// plugin (with the separators our format uses, or those the file's front matter sets, as
// reveal-md passes them) and by our engine, must give the same stacks, slides, notes,
// visible text and allowlisted attributes. Both pages then run reveal.js itself, so the
// attributes reveal adds at run time are the same on both sides. The reference also runs
// reveal.js's math (KaTeX) and highlight plugins, so formulas typeset at build time and
// code steps made at build time are compared with what those plugins make in the browser.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadDeck } from '../../src/deck/load.js';
import { renderSlides } from '../../src/html/page.js';
import { launchBrowser } from '../helpers/browser.js';

const fixtures = join(import.meta.dirname, '../fixtures/decks/compat');
const revealDist = join(import.meta.dirname, '../../node_modules/reveal.js/dist');
const katexDist = join(import.meta.dirname, '../../node_modules/katex/dist');
/** Where the reference page's math plugin is told KaTeX is (answered from node_modules, never the network). */
const katexOrigin = 'http://katex.compat.test';

/** Attributes `.slide:`/`.element:` may set that the fixtures use; both sides must agree on them. */
const slideAttributes = ['class', 'id', 'data-background-color', 'data-transition', 'data-state', 'data-auto-animate'];
const elementAttributes = ['class', 'data-fragment-index', 'data-id'];
/** Classes reveal.js itself adds while running; not part of what the markdown says. */
const runtimeClasses = ['present', 'past', 'future', 'stack', 'visible', 'current-fragment'];

interface CodeStep {
  fragment: boolean;
  /** Rows (1-based) highlighted in this step. */
  highlighted: number[];
  /** The line numbers shown. */
  numbers: string[];
}

interface SlideFacts {
  text: string;
  notes: string;
  attributes: Record<string, string>;
  /** `tag.class[index]` for every element carrying an element attribute. */
  elements: string[];
  /** Per code block, its steps (one <code> each) as the highlight plugin's markup has them. */
  code: CodeStep[][];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function revealPage(slidesHtml: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><body><div class="reveal"><div class="slides">${slidesHtml}</div></div></body></html>`);
  await page.addScriptTag({ path: join(revealDist, 'reveal.js') });
  await page.addScriptTag({ path: join(revealDist, 'plugin/markdown.js') });
  return page;
}

/**
 * The reference: reveal.js's markdown plugin with the separators of our deck format, or
 * for a file with front matter, reveal-md's: the front matter's own, its defaults for the
 * others, and the markdown after the front matter.
 */
async function referenceFacts(text: string): Promise<SlideFacts[][]> {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const settings = (front ? parseYaml(front[1]!) : {}) as Record<string, string | undefined>;
  const separators = front
    ? { separator: settings.separator ?? '\r?\n---\r?\n', vertical: settings.verticalSeparator ?? '\r?\n----\r?\n', notes: settings.notesSeparator ?? '^Notes?:' }
    : { separator: '^---$', vertical: '^----$', notes: '^Notes?:' };
  const page = await revealPage('<section data-markdown><textarea data-template></textarea></section>');
  await page.route(`${katexOrigin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/dist\//, '');
    return route.fulfill({ path: join(katexDist, path), contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript' });
  });
  await page.addScriptTag({ path: join(revealDist, 'plugin/highlight.js') });
  await page.addScriptTag({ path: join(revealDist, 'plugin/math.js') });
  await page.evaluate(
    async ({ md, separators, katexOrigin }) => {
      const section = document.querySelector('section')!;
      section.setAttribute('data-separator', separators.separator);
      section.setAttribute('data-separator-vertical', separators.vertical);
      section.setAttribute('data-separator-notes', separators.notes);
      document.querySelector('textarea')!.textContent = md;
      const w = window as unknown as {
        Reveal: { initialize(o: object): Promise<unknown> };
        RevealMarkdown: unknown;
        RevealHighlight: unknown;
        RevealMath: { KaTeX: unknown };
        renderMathInElement?: unknown;
      };
      await w.Reveal.initialize({ plugins: [w.RevealMarkdown, w.RevealHighlight, w.RevealMath.KaTeX], katex: { local: katexOrigin }, hash: false, history: false });
      // The math plugin typesets once its scripts have loaded, after reveal.js is ready.
      if (md.includes('$')) await new Promise<void>((resolve) => { const wait = () => (document.querySelector('.katex') ? resolve() : setTimeout(wait, 20)); wait(); });
    },
    { md: front ? text.slice(front[0].length) : text, separators, katexOrigin },
  );
  return extract(page);
}

/** Ours: loadDeck → renderSlides, in a page running reveal.js without the markdown plugin. */
async function engineFacts(file: string): Promise<SlideFacts[][]> {
  const { deck, diagnostics } = loadDeck(file);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const page = await revealPage(renderSlides(deck!));
  await page.evaluate(async () => {
    const w = window as unknown as { Reveal: { initialize(o: object): Promise<unknown> } };
    await w.Reveal.initialize({ hash: false, history: false });
  });
  return extract(page);
}

async function extract(page: Page): Promise<SlideFacts[][]> {
  const facts = await page.evaluate(
    ({ slideAttributes, elementAttributes, runtimeClasses }) => {
      const normal = (s: string) => s.replace(/\s+/g, ' ').trim();
      const classes = (el: Element) =>
        [...el.classList].filter((c) => !runtimeClasses.includes(c)).sort().join(' ');
      // KaTeX's MathML copy (the reference's auto-render makes one; ours is HTML only) is for screen readers, not seen.
      for (const mathml of document.querySelectorAll('.katex-mathml')) mathml.remove();
      const textOf = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
        return normal(parts.join(' '));
      };
      const slide = (s: Element) => {
        const body = s.cloneNode(true) as Element;
        body.querySelectorAll('aside.notes').forEach((a) => a.remove());
        // Line numbers are compared with the code below, not as slide text.
        const textBody = body.cloneNode(true) as Element;
        textBody.querySelectorAll('.hljs-ln-n').forEach((n) => n.remove());
        const attributes: Record<string, string> = {};
        for (const name of slideAttributes) {
          const value = name === 'class' ? classes(s) : s.getAttribute(name);
          if (value !== null && value !== '') attributes[name] = value;
        }
        const elements = [...body.querySelectorAll('*')]
          .filter((el) => elementAttributes.some((a) => (a === 'class' ? classes(el) !== '' : el.hasAttribute(a))))
          .map((el) => `${el.tagName.toLowerCase()}.${classes(el)}[${el.getAttribute('data-fragment-index') ?? ''}]${el.hasAttribute('data-id') ? `#${el.getAttribute('data-id')}` : ''}`);
        const code = [...body.querySelectorAll('pre')].map((pre) =>
          [...pre.querySelectorAll('code')].map((c) => ({
            fragment: c.classList.contains('fragment'),
            highlighted: [...c.querySelectorAll('tr')].flatMap((tr, i) => (tr.classList.contains('highlight-line') ? [i + 1] : [])),
            // The plugin draws the number from data-line-number with CSS; ours writes it as text.
            numbers: [...c.querySelectorAll('.hljs-ln-n')].map((n) => n.getAttribute('data-line-number') ?? n.textContent ?? ''),
          })),
        );
        // As reveal.js's speaker view reads them: every aside.notes of the slide, in order.
        const notes = normal([...s.querySelectorAll('aside.notes')].map(textOf).join(' '));
        return { text: textOf(textBody), notes, attributes, elements, code };
      };
      return [...document.querySelectorAll('.reveal .slides > section')].map((top) => {
        const inner = [...top.querySelectorAll(':scope > section')];
        return (inner.length ? inner : [top]).map(slide);
      });
    },
    { slideAttributes, elementAttributes, runtimeClasses },
  );
  await page.close();
  return facts;
}

const cases = readdirSync(fixtures).filter((n) => n.endsWith('.md')).sort();
// `.slide:`/`.element:` attributes come from the markdown renderer (src/deck/markdown);
// the cases that use them compare attributes, the others only structure and text.
const attributeCases = new Set(['slide-attributes.md', 'element-attributes.md', 'raw-sections.md']);
const codeCases = new Set(['code-steps.md']);

describe('same slides as reveal.js’s markdown plugin', () => {
  for (const name of cases) {
    const file = join(fixtures, name);
    const compare = async (pick: (s: SlideFacts) => unknown) => {
      const [ours, theirs] = await Promise.all([engineFacts(file), referenceFacts(readFileSync(file, 'utf8'))]);
      expect(ours.map((stack) => stack.length)).toEqual(theirs.map((stack) => stack.length));
      expect(ours.map((stack) => stack.map(pick))).toEqual(theirs.map((stack) => stack.map(pick)));
    };
    test(`${name}: stacks, slides per stack, visible text and notes`, async () => {
      await compare((s) => ({ text: s.text, notes: s.notes }));
    });
    if (attributeCases.has(name)) {
      test(`${name}: allowlisted attributes on slides and elements`, async () => {
        await compare((s) => ({ attributes: s.attributes, elements: s.elements }));
      });
    }
    if (codeCases.has(name)) {
      test(`${name}: line numbers and step highlights as reveal.js's highlight plugin makes them`, async () => {
        await compare((s) => s.code);
      });
    }
  }
});
