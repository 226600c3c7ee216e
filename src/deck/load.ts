// The one place that reads a deck from disk: a folder of markdown files (plus an
// optional deck.yaml) or a single markdown file with front matter → Deck + diagnostics.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultConfig } from './config.js';
import type { Deck, DeckConfig, Diagnostic, LoadResult, Slide, Stack } from './model.js';
import { splitNotes } from './notes.js';
import { createSlideRenderer } from './render.js';
import type { RenderContext } from './render-context.js';
import { splitSlides } from './split.js';

export function loadDeck(path: string): LoadResult {
  const target = resolve(path);
  const diagnostics: Diagnostic[] = [];
  const isDir = statSync(target).isDirectory();
  const root = isDir ? target : dirname(target);
  let config: DeckConfig = { ...defaultConfig };
  const files: { name: string; text: string; firstLine: number }[] = [];

  if (isDir) {
    const names = readdirSync(root).filter((n) => n.endsWith('.md')).sort();
    try {
      const yamlText = readFileSync(join(root, 'deck.yaml'), 'utf8');
      config = { ...config, ...(parseYaml(yamlText) as Partial<DeckConfig>) };
    } catch {
      /* no deck.yaml */
    }
    for (const name of names) files.push({ name, text: readFileSync(join(root, name), 'utf8'), firstLine: 1 });
  } else {
    const text = readFileSync(target, 'utf8');
    const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (fm) config = { ...config, ...(parseYaml(fm[1]!) as Partial<DeckConfig>) };
    const skipped = fm ? fm[0].split('\n').length - 1 : 0;
    files.push({ name: basename(target), text: fm ? text.slice(fm[0].length) : text, firstLine: 1 + skipped });
  }

  const render = createSlideRenderer();
  const ctx: RenderContext = { resolveAsset: () => null, report: () => {} };
  const stacks: Stack[] = [];
  for (const file of files) {
    for (const raw of splitSlides(file.text, file.firstLine)) {
      if (raw.text.trim() === '' && raw.startsStack) continue;
      const parts = splitNotes(raw.text);
      const rendered = render(parts.body, ctx);
      if (raw.startsStack || stacks.length === 0) stacks.push({ slides: [] });
      const stack = stacks[stacks.length - 1]!;
      const slide: Slide = {
        h: stacks.length - 1,
        v: stack.slides.length,
        file: file.name,
        startLine: raw.startLine,
        endLine: raw.endLine,
        markdown: parts.body,
        html: rendered.html,
        attributes: rendered.attributes,
        notesHtml: parts.notes ? render(parts.notes, ctx).html : '',
        notesText: parts.notes,
        title: rendered.title,
        titleLevel: rendered.titleLevel,
        fragments: rendered.fragments,
      };
      stack.slides.push(slide);
    }
  }
  const deck: Deck | null = stacks.length ? { root, config, stacks, assets: [] } : null;
  return { deck, diagnostics };
}
