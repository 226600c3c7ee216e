// The one place that reads a deck from disk: a folder of markdown files (plus an
// optional deck.yaml) or a single markdown file with front matter → Deck + diagnostics.
// Everything it decides is delegated: files.ts (which files, bytes → text), config.ts
// (settings), slides.ts (split, notes, render), assets.ts (images), render.ts (markdown).
// It never throws on bad input; what cannot be used becomes a Diagnostic.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createAssetResolver, type AssetDisk } from './assets.js';
import { parseConfig, readDialect, splitFrontMatter, defaultConfig, fallbackLang, type ConfigResult } from './config.js';
import { error, warning } from './diagnostics.js';
import { readDeckFile, textFileLimit } from './deck-file.js';
import { configFileName, decodeText, orderFiles, unreadableFile } from './files.js';
import type { Deck, Diagnostic, LoadResult, Stack } from './model.js';
import { createSlideRenderer, type SlideRenderer } from './render.js';
import { detectLanguage } from './language.js';
import { marpHeadComment } from './dialects/detect.js';
import { addFileSlides, type SourceFile } from './slides.js';
import { htmlToText } from './text.js';
import { DeckError } from '../errors.js';
import { themeNames } from '../themes.js';

export interface LoadOptions {
  /** The markdown renderer; the real one by default. */
  render?: SlideRenderer;
  /** Theme names deck settings may use; those in assets/themes/ by default. */
  themes?: readonly string[];
  /**
   * Unsaved text of a deck file (its name as in diagnostics, e.g. `01-intro.md`,
   * `deck.yaml`), used instead of the file on disk: an editor's buffers. undefined: read the disk.
   */
  unsaved?: (name: string) => string | undefined;
}

const disk: AssetDisk = { read: readDeckFile, list: (dir) => readdirSync(dir) };

function realpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Where a deck path leads: its real path and whether it is a folder, or the deck-not-found diagnostic. */
function findDeck(path: string): { real: string; stat: Stats } | { missing: Diagnostic } {
  const target = resolve(path);
  const real = realpath(target);
  let stat: Stats | undefined;
  try {
    if (real) stat = statSync(real);
  } catch {
    /* reported below */
  }
  if (real && stat && (stat.isDirectory() || stat.isFile())) return { real, stat };
  return { missing: error({ file: target, line: 1 }, 'deck-not-found', `no deck at ${target}: there is no such folder or file`, 'Give the path of a deck folder (markdown files and an optional deck.yaml) or of a single .md file.') };
}

/**
 * The one answer to a deck path that leads nowhere, for the commands to give before any
 * work (exit 3, as for any file that cannot be read); loadDeck reports the same as a
 * diagnostic where a deck is opened inside a running app.
 */
export function requireDeck(path: string): void {
  const found = findDeck(path);
  if ('missing' in found) throw new DeckError('io', found.missing.message, found.missing.hint, { file: found.missing.file });
}

export function loadDeck(path: string, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => diagnostics.push(d);
  const found = findDeck(path);
  if ('missing' in found) return { deck: null, diagnostics: [found.missing] };
  const { real, stat } = found;
  const themes = options.themes ?? themeNames().own;
  // `deck check slides/deck.yaml` means the folder deck, not a markdown file named deck.yaml.
  const isDir = stat.isDirectory() || basename(real) === configFileName;
  const root = stat.isDirectory() ? real : dirname(real);
  const sources: SourceFile[] = [];
  const readText = (abs: string, name: string): string | null => {
    const unsaved = options.unsaved?.(name);
    if (unsaved !== undefined) return unsaved;
    const read = readDeckFile(root, abs, textFileLimit);
    if (!read.ok) {
      report(unreadableFile(name, read.problem));
      return null;
    }
    const decoded = decodeText(read.bytes, name);
    if (!decoded.ok) {
      report(decoded.diagnostic);
      return null;
    }
    return decoded.text;
  };

  let settings: ConfigResult = { config: { ...defaultConfig, order: [] }, raw: {}, diagnostics: [] };
  const lists = { themes, revealThemes: themeNames().reveal, highlightThemes: themeNames().highlight };
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
      if (yamlText !== null) settings = parseConfig(yamlText, { file: configFileName, firstLine: 1, ...lists, allowOrder: true });
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
        settings = parseConfig(fm.yaml, { file: name, firstLine: fm.yamlFirstLine, ...lists, body: fm.body, allowOrder: false });
        diagnostics.push(...settings.diagnostics);
        sources.push({ name, abs: real, text: fm.body, firstLine: fm.bodyFirstLine });
      } else {
        // A Marp deck may keep its settings in a first comment instead of front matter.
        const head = marpHeadComment(text);
        if (head) {
          settings = parseConfig(head.yaml, { file: name, firstLine: head.line, ...lists, body: text, allowOrder: false });
          diagnostics.push(...settings.diagnostics);
        } else readDialect(settings.config, {}, text);
        sources.push({ name, abs: real, text, firstLine: 1 });
      }
    }
  }

  const render = options.render ?? createSlideRenderer();
  const assets = createAssetResolver(root, disk, report);
  const stacks: Stack[] = [];
  for (const source of sources) addFileSlides(source, render, assets, stacks, report, settings);
  if (!settings.config.lang) {
    // What the audience reads: no link addresses, no code (both Latin whatever the talk's language).
    const shown = (html: string) => htmlToText(html.replace(/<(pre|code)\b[\s\S]*?<\/\1>/gi, ' '));
    const text = stacks.flatMap((s) => s.slides.map((slide) => `${slide.title} ${shown(slide.html)} ${slide.notesText}`)).join('\n');
    // A deck of code alone is told by its code.
    settings.config.lang = detectLanguage(text, '') || detectLanguage(stacks.flatMap((s) => s.slides.map((slide) => slide.markdown)).join('\n'), fallbackLang);
  }

  if (stacks.length === 0) {
    const unreadable = sources.length === 0 && diagnostics.some((d) => d.code.startsWith('file-'));
    const none = sources.length === 0 && !unreadable;
    report(
      error(
        emptyDeckPlace,
        'deck-empty',
        unreadable ? 'the deck has no slide that could be read' : none ? 'the deck has no markdown files' : 'the deck has no slides',
        unreadable
          ? 'Fix the errors above and check again.'
          : isDir
            ? 'Add a markdown file (e.g. 01-intro.md) with some text to the deck folder; separate slides with a line holding only ---.'
            : 'Write some markdown in the file; separate slides with a line holding only ---.',
      ),
    );
  }
  const deck: Deck | null = stacks.length ? { root, config: settings.config, stacks, assets: assets.assets } : null;
  return { deck, diagnostics: tidy(diagnostics, sources.map((s) => s.name)) };
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
    // An empty deck is the consequence of the others, so it comes last.
    .sort((a, b) => Number(a.d.code === 'deck-empty') - Number(b.d.code === 'deck-empty') || (rank.get(a.d.file) ?? -1) - (rank.get(b.d.file) ?? -1) || a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}
