// Other people's decks (tests/fixtures/corpus: reveal-md talks, reveal.js markdown,
// Marp and Slidev decks from public repositories, each with its SOURCE.md and LICENSE):
// every one loads and builds with no error, gives the slide count its author's tool
// gives (manifest.json: counted with that tool where it runs here — @marp-team/marp-core,
// @slidev/parser, reveal.js's own markdown plugin — else by hand from the separators),
// keeps its notes, leaves no math raw,
// and whatever cannot be honoured is a warning, never a silent loss.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import { buildSite } from '../../src/site/site.js';

interface Expected {
  file: string;
  dialect: string;
  lang: string;
  stacks: number;
  slides: number;
  slidesWithNotes: number;
  /** What the "render" helper's work (math, mermaid, step highlights, style…) will add. */
  needsRender?: string[];
  note?: string;
}

const root = join(__dirname, '../fixtures/corpus');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, Expected>;

test('the corpus holds 40+ decks, each with its source and licence', () => {
  expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(40);
  for (const name of Object.keys(manifest)) {
    expect(readFileSync(join(root, name, 'SOURCE.md'), 'utf8')).toMatch(/Commit: `[0-9a-f]{40}`/);
    expect(readFileSync(join(root, name, 'LICENSE'), 'utf8').length).toBeGreaterThan(100);
  }
});

describe.each(Object.entries(manifest))('%s', (name, expected) => {
  test('loads as its author meant: dialect, language, slides, notes; problems are warnings', async () => {
    const { deck, diagnostics } = loadDeck(join(root, name, expected.file));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(deck).not.toBeNull();
    const slides = deck!.stacks.flatMap((s) => s.slides);
    expect({ dialect: deck!.config.dialect, lang: deck!.config.lang, stacks: deck!.stacks.length, slides: slides.length, slidesWithNotes: slides.filter((s) => s.notesText).length }).toEqual({
      dialect: expected.dialect,
      lang: expected.lang,
      stacks: expected.stacks,
      slides: expected.slides,
      slidesWithNotes: expected.slidesWithNotes,
    });
    // Nothing of a dialect's machinery shows as slide text: no Slidev front matter, no Marp
    // directive; no TeX is left raw (outside code, where dollars are code).
    for (const slide of slides) {
      const text = slide.html.replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, '');
      expect(text, `${slide.file}:${slide.startLine}`).not.toMatch(/\$\$|\\\[|\\begin\{|class="math-error"/);
      expect(slide.html).not.toMatch(/^<p>(layout|class|background|transition|src):/m);
      expect(slide.html).not.toMatch(/<p>_?(class|paginate|backgroundColor):/);
    }
    const site = await buildSite(deck!);
    expect(String(site.get('index.html'))).toContain(`<html lang="${expected.lang}">`);
  });
});
