// The one place that reads a deck from disk: a folder of markdown files (plus an
// optional deck.yaml) or a single markdown file with front matter → Deck + diagnostics.
// Everything it decides is delegated: files.ts (which files, bytes → text), config.ts
// (settings), split.ts / notes.ts (slides and notes), assets.ts (images), render.ts.
// It never throws on bad input; what cannot be used becomes a Diagnostic.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createAssetResolver, type AssetDisk } from './assets.js';
import { parseConfig, splitFrontMatter, defaultConfig, type ConfigResult } from './config.js';
import { error, warning } from './diagnostics.js';
import { configFileName, decodeText, orderFiles } from './files.js';
import type { Deck, Diagnostic, LoadResult, Slide, Stack } from './model.js';
import { splitNotes } from './notes.js';
import { createSlideRenderer, type SlideRenderer } from './render.js';
import type { RenderContext } from './render-context.js';
import { splitSlides } from './split.js';
import { escapeHtml, htmlToText } from './text.js';
import { assetsDir } from '../paths.js';

export interface LoadOptions {
  /** The markdown renderer; the real one by default. */
  render?: SlideRenderer;
  /** Theme names deck settings may use; those in assets/themes/ by default. */
  themes?: readonly string[];
}

const disk: AssetDisk = {
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  },
  isFile(path) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  read: (path) => readFileSync(path),
  list: (dir) => readdirSync(dir),
};

function installedThemes(): string[] {
  try {
    return readdirSync(join(assetsDir, 'themes'))
      .filter((n) => n.endsWith('.css'))
      .map((n) => n.slice(0, -4));
  } catch {
    return [defaultConfig.theme];
  }
}

/** A markdown source of the deck, decoded, with the line its text starts on. */
interface SourceFile {
  name: string;
  abs: string;
  text: string;
  firstLine: number;
}

export function loadDeck(path: string, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => diagnostics.push(d);
  const target = resolve(path);
  const real = disk.realpath(target);
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    if (real) stat = statSync(real);
  } catch {
    /* reported below */
  }
  if (!real || !stat || (!stat.isDirectory() && !stat.isFile())) {
    report(error({ file: path, line: 1 }, 'deck-not-found', `no deck at ${path}: there is no such folder or file`, 'Give the path of a deck folder (markdown files and an optional deck.yaml) or of a single .md file.'));
    return { deck: null, diagnostics };
  }
  const themes = options.themes ?? installedThemes();
  const isDir = stat.isDirectory();
  const root = isDir ? real : dirname(real);
  const sources: SourceFile[] = [];
  const readText = (abs: string, name: string): string | null => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      report(error({ file: name, line: 1 }, 'file-unreadable', `${name} cannot be read: ${(e as Error).message}`, 'Check that the file exists and you may read it.'));
      return null;
    }
    const decoded = decodeText(bytes, name);
    if (!decoded.ok) {
      report(decoded.diagnostic);
      return null;
    }
    return decoded.text;
  };

  let settings: ConfigResult = { config: { ...defaultConfig, order: [] }, diagnostics: [] };
  // Where an empty deck is reported: its first file, else its settings, else the folder.
  let emptyDeckPlace = { file: '.', line: 1 };
  if (isDir) {
    let names: string[] = [];
    try {
      names = readdirSync(root);
    } catch (e) {
      report(error({ file: path, line: 1 }, 'deck-unreadable', `the deck folder ${path} cannot be read: ${(e as Error).message}`, 'Check the folder permissions.'));
      return { deck: null, diagnostics };
    }
    if (names.includes(configFileName)) {
      const yamlText = readText(join(root, configFileName), configFileName);
      if (yamlText !== null) settings = parseConfig(yamlText, { file: configFileName, firstLine: 1, themes, allowOrder: true });
      emptyDeckPlace = { file: configFileName, line: 1 };
    } else if (names.includes('deck.yml')) {
      report(warning({ file: 'deck.yml', line: 1 }, 'config-file-name', 'deck.yml is not read; the settings file is deck.yaml', 'Rename deck.yml to deck.yaml.'));
    }
    diagnostics.push(...settings.diagnostics);
    const ordered = orderFiles(names, settings.order);
    diagnostics.push(...ordered.diagnostics);
    // The order actually used: names that exist, then the unlisted ones.
    if (settings.order) settings.config.order = ordered.names;
    if (ordered.names[0]) emptyDeckPlace = { file: ordered.names[0], line: 1 };
    for (const name of ordered.names) {
      const abs = join(root, name);
      const text = readText(abs, name);
      if (text === null) continue;
      const fm = splitFrontMatter(text);
      if (fm) {
        report(
          warning({ file: name, line: 1 }, 'front-matter-in-folder', 'front matter is only read in single-file decks; this block is ignored', `Move these settings to ${configFileName} in the deck folder.`),
        );
        sources.push({ name, abs, text: fm.body, firstLine: fm.bodyFirstLine });
      } else sources.push({ name, abs, text, firstLine: 1 });
    }
  } else {
    const name = basename(real);
    const text = readText(real, name);
    emptyDeckPlace = { file: name, line: 1 };
    if (text !== null) {
      const fm = splitFrontMatter(text);
      if (fm) {
        settings = parseConfig(fm.yaml, { file: name, firstLine: fm.yamlFirstLine, themes, allowOrder: false });
        diagnostics.push(...settings.diagnostics);
        sources.push({ name, abs: real, text: fm.body, firstLine: fm.bodyFirstLine });
      } else sources.push({ name, abs: real, text, firstLine: 1 });
    }
  }

  const render = options.render ?? createSlideRenderer();
  const assets = createAssetResolver(root, disk, report);
  const stacks: Stack[] = [];
  for (const source of sources) loadFile(source, render, assets, stacks, report);

  if (stacks.length === 0) {
    report(
      error(
        emptyDeckPlace,
        'deck-empty',
        sources.length === 0 && diagnostics.every((d) => d.severity !== 'error') ? 'the deck has no markdown files' : 'the deck has no slides',
        isDir ? 'Add a markdown file (e.g. 01-intro.md) with some text to the deck folder; separate slides with a line holding only ---.' : 'Write some markdown in the file; separate slides with a line holding only ---.',
      ),
    );
  }
  const deck: Deck | null = stacks.length ? { root, config: settings.config, stacks, assets: assets.assets } : null;
  return { deck, diagnostics: tidy(diagnostics, sources.map((s) => s.name)) };
}

function loadFile(source: SourceFile, render: SlideRenderer, assets: ReturnType<typeof createAssetResolver>, stacks: Stack[], report: (d: Diagnostic) => void): void {
  const file = source.name;
  const split = splitSlides(source.text, source.firstLine);
  const fileLines = source.text.split('\n');
  const lineText = (line: number) => fileLines[line - source.firstLine] ?? '';

  for (const line of split.ambiguousSeparators) {
    report(
      warning(
        { file, line },
        'separator-ambiguous',
        `this ${lineText(line).trim()} is read as a slide break, but other markdown tools read it as underlining the line above (a heading)`,
        'Put a blank line above --- to make the break explicit, or use `## heading` for a heading.',
      ),
    );
  }
  if (split.unclosedFence) {
    report(
      warning(
        { file, line: split.unclosedFence },
        'fence-unclosed',
        'this code block is never closed, so every slide break after it is read as code',
        `Close the block with a line holding only ${lineText(split.unclosedFence).trim().slice(0, 3) || '```'}.`,
      ),
    );
  }

  // Each file starts a new horizontal slide; a vertical slide with nothing above it in
  // its file starts one too.
  let stackOpenInFile = false;
  for (const raw of split.slides) {
    if (raw.text.trim() === '') continue;
    const parts = splitNotes(raw.text);
    const notesStartLine = raw.startLine + parts.notesLine;
    const contextAt = (firstLine: number, text: string): RenderContext => ({
      resolveAsset(src, line) {
        const fileLine = firstLine + line - 1;
        const column = lineText(fileLine).indexOf(src) + 1;
        return assets.resolve({ fileAbs: source.abs, file, src, line: fileLine, column: Math.max(1, column) });
      },
      report(problem) {
        const fileLine = Math.min(Math.max(1, problem.line), text.split('\n').length) + firstLine - 1;
        report({ file, line: fileLine, column: Math.max(1, problem.column), severity: problem.severity, code: problem.code, message: problem.message, hint: problem.hint });
      },
    });
    const body = renderSafely(render, parts.body, contextAt(raw.startLine, parts.body), { file, line: raw.startLine }, report);
    const notesMarkdown = parts.notes.trim() === '' ? '' : parts.notes;
    const notesHtml = notesMarkdown ? renderSafely(render, notesMarkdown, contextAt(notesStartLine, notesMarkdown), { file, line: notesStartLine }, report).html : '';

    if (raw.startsStack || !stackOpenInFile) {
      stacks.push({ slides: [] });
      stackOpenInFile = true;
    }
    const stack = stacks[stacks.length - 1]!;
    const slide: Slide = {
      h: stacks.length - 1,
      v: stack.slides.length,
      file,
      startLine: raw.startLine,
      endLine: Math.max(raw.startLine, raw.endLine),
      markdown: parts.body,
      html: body.html,
      attributes: body.attributes,
      notesHtml,
      notesText: notesHtml ? htmlToText(notesHtml) : '',
      title: body.title,
      titleLevel: body.titleLevel,
      fragments: body.fragments,
    };
    stack.slides.push(slide);
  }
}

/**
 * marked can overflow its stack on pathological input (thousands of nested `>`): the
 * slide then shows its text as typed, and the deck goes on.
 */
function renderSafely(render: SlideRenderer, markdown: string, ctx: RenderContext, place: { file: string; line: number }, report: (d: Diagnostic) => void) {
  try {
    return render(markdown, ctx);
  } catch (e) {
    report(
      error(
        place,
        'render-failed',
        `this slide could not be rendered (${(e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0]}); it is shown as plain text`,
        'Simplify the markdown here: very deep nesting (long runs of > or list indents) is the usual cause.',
      ),
    );
    return { html: `<p class="render-failed">${escapeHtml(markdown).replace(/\n/g, '<br>')}</p>`, attributes: {}, fragments: 0, title: '', titleLevel: 0 };
  }
}

/** One copy of each diagnostic, in reading order: settings first, then the files in deck order. */
function tidy(list: Diagnostic[], fileOrder: string[]): Diagnostic[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i + 1]));
  rank.set(configFileName, 0);
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (rank.get(a.d.file) ?? -1) - (rank.get(b.d.file) ?? -1) || a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}
