// Compatibility with reveal.js's own markdown plugin: the same markdown, split by the
// plugin (with the separators our format uses) and by our engine, must give the same
// stacks, slides, notes, visible text and allowlisted attributes. Both pages then run
// reveal.js itself, so the attributes reveal adds at run time are the same on both sides.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import { renderSlides } from '../../src/html/page.js';
import { launchBrowser } from '../helpers/browser.js';

const fixtures = join(import.meta.dirname, '../fixtures/decks/compat');
const revealDist = join(import.meta.dirname, '../../node_modules/reveal.js/dist');

/** Attributes `.slide:`/`.element:` may set that the fixtures use; both sides must agree on them. */
const slideAttributes = ['class', 'id', 'data-background-color', 'data-transition', 'data-state', 'data-auto-animate'];
const elementAttributes = ['class', 'data-fragment-index'];
/** Classes reveal.js itself adds while running; not part of what the markdown says. */
const runtimeClasses = ['present', 'past', 'future', 'stack', 'visible', 'current-fragment'];

interface SlideFacts {
  text: string;
  notes: string;
  attributes: Record<string, string>;
  /** `tag.class[index]` for every element carrying an element attribute. */
  elements: string[];
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

/** The reference: reveal.js's markdown plugin with the separators of our deck format. */
async function referenceFacts(markdown: string): Promise<SlideFacts[][]> {
  const page = await revealPage(
    '<section data-markdown data-separator="^---$" data-separator-vertical="^----$" data-separator-notes="^Notes?:"><textarea data-template></textarea></section>',
  );
  await page.evaluate(async (md) => {
    document.querySelector('textarea')!.textContent = md;
    const w = window as unknown as { Reveal: { initialize(o: object): Promise<unknown> }; RevealMarkdown: unknown };
    await w.Reveal.initialize({ plugins: [w.RevealMarkdown], hash: false, history: false });
  }, markdown);
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
      const textOf = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
        return normal(parts.join(' '));
      };
      const slide = (s: Element) => {
        const body = s.cloneNode(true) as Element;
        body.querySelectorAll('aside.notes').forEach((a) => a.remove());
        const attributes: Record<string, string> = {};
        for (const name of slideAttributes) {
          const value = name === 'class' ? classes(s) : s.getAttribute(name);
          if (value !== null && value !== '') attributes[name] = value;
        }
        const elements = [...body.querySelectorAll('*')]
          .filter((el) => elementAttributes.some((a) => (a === 'class' ? classes(el) !== '' : el.hasAttribute(a))))
          .map((el) => `${el.tagName.toLowerCase()}.${classes(el)}[${el.getAttribute('data-fragment-index') ?? ''}]`);
        return { text: textOf(body), notes: textOf(s.querySelector('aside.notes') ?? document.createElement('i')), attributes, elements };
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
const attributeCases = new Set(['slide-attributes.md', 'element-attributes.md']);

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
  }
});
