// The shipped deck (slides/) as its audience sees it: built with the CLI, opened from
// disk in Chromium at 1280×720, every slide visited with all its fragments shown. A
// slide "fits" when no element's box leaves the 16:9 frame and no text is cut off
// inside its own box. Also checks what the presenter relies on: no diagnostics, a
// 30-minute plan, and speaker notes of two to six sentences on every slide.
//
// Needs `npm run compile` first (it runs out/cli.mjs). Set DECK_FIT_SHOTS=<dir> to keep
// a PNG of every slide for looking at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import type { Slide } from '../../src/deck/model.js';
import { bundledDeckDir, packageRoot } from '../../src/paths.js';
import { launchBrowser } from '../helpers/browser.js';

const loaded = loadDeck(bundledDeckDir);
const slides: Slide[] = loaded.deck ? loaded.deck.stacks.flatMap((stack) => stack.slides) : [];
const where = (slide: Slide) => `${slide.file}:${slide.startLine}`;

describe('the shipped deck as written', () => {
  test('loads with no diagnostic at all, warnings included', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.deck).not.toBeNull();
  });

  test('is a 30-minute talk of 30 to 40 slides', () => {
    expect(loaded.deck!.config.durationMinutes).toBe(30);
    expect(slides.length).toBeGreaterThanOrEqual(30);
    expect(slides.length).toBeLessThanOrEqual(40);
  });

  test('every slide has speaker notes of two to six sentences', () => {
    const wrong = slides
      .map((slide) => ({ at: where(slide), sentences: (slide.notesText.match(/[。！？]+/g) ?? []).length }))
      .filter(({ sentences }) => sentences < 2 || sentences > 6);
    expect(wrong).toEqual([]);
  });

  test('chapters are the only level-1 headings and every other slide has a title', () => {
    const untitled = slides.filter((slide) => slide.title === '').map(where);
    expect(untitled).toEqual([]);
    const chapters = slides.filter((slide) => slide.titleLevel === 1).map((slide) => slide.title);
    expect(chapters.length).toBeGreaterThanOrEqual(4);
    expect(slides.filter((slide) => slide.titleLevel !== 1 && slide.titleLevel !== 2).map(where)).toEqual([]);
  });
});

interface Problem {
  slide: string;
  what: string;
}

/** Runs in the page: every box and text overflow on the present slide, in slide pixels. */
function measurePresentSlide(): { problems: string[]; smallestSvgText: number } {
  const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
  const scale = frame.width / 1280;
  const section = document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)')!;
  const problems: string[] = [];
  const describe = (el: Element) => {
    const text = (el.textContent ?? '').trim().slice(0, 24);
    return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}> "${text}"`;
  };
  const tolerance = 1;
  let smallestSvgText = Infinity;
  for (const el of [section, ...Array.from(section.querySelectorAll('*'))]) {
    if (el.closest('aside.notes')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const out = [
      frame.left - r.left,
      r.right - frame.right,
      frame.top - r.top,
      r.bottom - frame.bottom,
    ].map((d) => d / scale);
    if (out.some((d) => d > tolerance)) {
      problems.push(`${describe(el)} leaves the frame by ${Math.ceil(Math.max(...out))}px`);
    }
    if (el instanceof HTMLElement && el.clientHeight > 0) {
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`${describe(el)} text overflows its box vertically`);
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} text overflows its box horizontally`);
    }
    if (el instanceof SVGTextElement) {
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      const ctm = el.getScreenCTM();
      if (ctm) smallestSvgText = Math.min(smallestSvgText, (fontSize * Math.hypot(ctm.a, ctm.b)) / scale);
    }
  }
  return { problems, smallestSvgText };
}

describe('the shipped deck on screen', () => {
  let browser: Browser;
  let page: Page;
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'deck-fit-'));
    execFileSync(process.execPath, [join(packageRoot, 'out', 'cli.mjs'), 'build', bundledDeckDir, '--out', out]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await page.locator('.reveal .slides section.present').first().waitFor();
    // Layout is what is measured here, not motion: no transitions to wait for.
    await page.addStyleTag({ content: '.reveal .slides section, .reveal .fragment, .reveal .backgrounds * { transition: none !important; }' });
    await page.evaluate(() => document.fonts.ready);
  });

  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('every slide, with all fragments shown, fits its 16:9 frame and no text is cut off', async () => {
    const shots = process.env.DECK_FIT_SHOTS;
    if (shots) mkdirSync(shots, { recursive: true });
    const positions = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.reveal .slides > section')).flatMap((h, hi) => {
        const vertical = h.querySelectorAll(':scope > section');
        return vertical.length ? Array.from(vertical, (_, vi) => [hi, vi] as const) : [[hi, 0] as const];
      }),
    );
    expect(positions.length).toBe(slides.length);

    const problems: Problem[] = [];
    let smallestSvgText = Infinity;
    for (const [index, [h, v]] of positions.entries()) {
      await page.evaluate(([hh, vv]) => (location.hash = `#/${hh}/${vv}`), [h, v] as const);
      const source = where(slides[index]!);
      const present = page.locator('.reveal .slides section.present:not(.stack)');
      await expect.poll(async () => `${await present.getAttribute('data-source-file')}:${await present.getAttribute('data-source-line')}`).toBe(source);
      await page.evaluate(() => {
        for (const f of document.querySelectorAll('.reveal .slides section.present .fragment')) f.classList.add('visible');
      });
      await page.evaluate(() => document.fonts.ready);
      const measured = await page.evaluate(measurePresentSlide);
      problems.push(...measured.problems.map((what) => ({ slide: source, what })));
      smallestSvgText = Math.min(smallestSvgText, measured.smallestSvgText);
      if (shots) await page.screenshot({ path: join(shots, `${String(index + 1).padStart(2, '0')}.png`) });
    }
    expect(problems).toEqual([]);
    // Diagrams are read from the back of the room: no label under ~20px on the 1280×720 frame.
    if (smallestSvgText !== Infinity) expect(smallestSvgText).toBeGreaterThanOrEqual(19.5);
  }, 180_000);

  test('the overview reveals the seven products one by one', async () => {
    const overview = slides.findIndex((slide) => slide.attributes.class?.split(' ').includes('overview'));
    expect(overview).toBeGreaterThan(-1);
    expect(slides[overview]!.fragments).toBe(7);
  });
});
