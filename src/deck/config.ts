// Deck settings from deck.yaml (folder deck) or the front matter of a single-file deck:
// parsed with `yaml`, every key checked for type and value, every problem pointing at
// the key's line:column. Unknown keys warn (with a did-you-mean) rather than fail, so a
// typo never stops a talk; wrong types are errors because the value cannot be used.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { closest, error, warning } from './diagnostics.js';
import { detectDialect, mappedThemes, vscodeRevealOnlyKeys, vscodeRevealSeparators, writtenForVscodeReveal } from './dialects/detect.js';
import type { OrderEntry } from './files.js';
import type { DeckConfig, Diagnostic } from './model.js';
import { checkRevealOption, revealOptionChecks, revealTransition } from './reveal-options.js';
import { userRegexProblem } from './user-regex.js';

export const defaultConfig: DeckConfig = {
  title: '',
  author: '',
  lang: '',
  theme: 'projector',
  highlightTheme: '',
  width: 1280,
  height: 720,
  transition: 'slide',
  durationMinutes: 0,
  shrinkToFit: false,
  order: [],
  dialect: 'reveal',
  separators: { horizontal: '', vertical: '', notes: '' },
  reveal: {},
};

/** The language used when the settings set none and the text does not tell (see language.ts). */
export const fallbackLang = 'zh-CN';

export const aspects = { '16:9': [1280, 720], '4:3': [1024, 768], '16:10': [1280, 800] } as const;
export const transitions: readonly DeckConfig['transition'][] = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'];
export const configKeys = [
  'title', 'author', 'lang', 'theme', 'aspect', 'width', 'height', 'transition', 'duration', 'order',
  'highlightTheme', 'separator', 'verticalSeparator', 'notesSeparator', 'revealOptions', 'shrinkToFit',
] as const;

/** reveal-md settings that would load the author's own code or stylesheets: named, then ignored. */
const revealMdUnsupported: Record<string, string> = {
  css: 'custom stylesheets',
  scripts: 'custom scripts',
  preprocessor: 'a markdown preprocessor',
  template: 'a custom page template',
  listingTemplate: 'a listing page template',
  assetsDir: 'an assets folder setting',
  static: 'static-site settings',
  mermaid: "mermaid's own settings (diagrams are drawn in the deck theme's colours)",
};
/** Marp and Slidev settings that change nothing we show (tooling, editor, export), read quietly. */
const quietKeys = new Set([
  'marp', 'math', 'description', 'image', 'url', 'keywords', 'date', 'tags', 'info', 'highlighter', 'drawings', 'mdc',
  'lineNumbers', 'routerMode', 'download', 'exportFilename', 'selectable', 'monaco', 'remoteAssets', 'favicon',
  'record', 'presenter', 'hideInToc', 'seoMeta', 'addons', 'defaults', 'htmlAttrs', 'level', 'clicks', 'preload', 'src',
  'layout', 'class', 'background', 'backgroundColor', 'backgroundImage', 'color', 'header', 'footer', 'paginate', 'size',
  'style', 'headingDivider', 'fonts', 'css', 'colorSchema', 'themeConfig', 'aspectRatio', 'canvasWidth', 'mathjax',
]);
/** Of those, the ones that change how slides look and that we cannot honour: a warning names them. */
const notHonoured: Record<string, string> = {
  fonts: 'its web fonts',
  css: 'its CSS engine setting', colorSchema: 'its colour scheme', themeConfig: 'its theme configuration',
};


export interface ConfigSource {
  /** File name for diagnostics (deck.yaml, or the single-file deck's name). */
  file: string;
  /** Line of the file on which the YAML text starts (front matter starts on line 2). */
  firstLine: number;
  /** The app's own theme names; a theme not among them (nor reveal.js's) is a warning. */
  themes?: readonly string[];
  /** reveal.js's own themes, usable by name. */
  revealThemes?: readonly string[];
  /** highlight.js style names (`monokai`, `base16/zenburn`). */
  highlightThemes?: readonly string[];
  /** The markdown after the front matter (tells a Slidev deck by its per-slide blocks). */
  body?: string;
  /** `order` only means something in a folder deck. */
  allowOrder: boolean;
}

export interface ConfigResult {
  config: DeckConfig;
  /** The `order` list with positions, when given (files.ts checks the names exist). */
  order?: OrderEntry[];
  /** The settings as plain data, for the dialect's own directives (Marp's class, Slidev's layout). */
  raw: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

export function parseConfig(yamlText: string, source: ConfigSource): ConfigResult {
  const config: DeckConfig = { ...defaultConfig, order: [], separators: { ...defaultConfig.separators }, reveal: {} };
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const pos = lines.linePos(offset ?? 0);
    return { file: source.file, line: pos.line + source.firstLine - 1, column: pos.col };
  };

  // Only the first syntax error: the ones after it are usually its echoes.
  const syntax = doc.errors[0];
  if (syntax) {
    diagnostics.push(
      error(at(syntax.pos[0]), 'yaml-invalid', `invalid YAML: ${firstLine(syntax.message)}`, 'Fix the YAML syntax here or on the line above (check indentation, colons, quotes and brackets); the deck uses default settings until then.'),
    );
    return { config, raw: {}, diagnostics };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, raw: {}, diagnostics };
  if (!isMap(root)) {
    diagnostics.push(error(at(root.range?.[0]), 'config-not-mapping', 'the deck settings must be a list of `key: value` lines', 'Write settings as `title: My talk`, one per line.'));
    return { config, raw: {}, diagnostics };
  }
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  readDialect(config, raw, source.body ?? '');
  const vscode = config.dialect === 'reveal' && writtenForVscodeReveal(raw, source.body ?? '');
  const tool = config.dialect === 'marp' ? 'Marp' : config.dialect === 'slidev' ? 'Slidev' : vscode ? 'vscode-reveal' : 'reveal-md';

  let aspect: readonly [number, number] | undefined;
  let width: number | undefined;
  let height: number | undefined;
  let widthAt: ReturnType<typeof at> | undefined;
  let order: OrderEntry[] | undefined;

  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyAt = at(pair.key?.range?.[0]);
    const value = pair.value;
    const scalar = isScalar(value) ? value.value : undefined;
    const wrongType = (expected: string, example: string) =>
      diagnostics.push(error(keyAt, 'config-type', `${key} must be ${expected}, not ${describe(value)}`, `Write it as \`${key}: ${example}\`.`));
    const text = (): string | undefined => (typeof scalar === 'string' && isScalar(value) ? scalar : undefined);

    switch (key) {
      case 'title':
      case 'author': {
        const v = text();
        if (v === undefined) wrongType('text', key === 'title' ? '"企业微信的20年"' : '"张三"');
        else config[key] = v;
        break;
      }
      case 'lang': {
        const v = text();
        if (v === undefined) wrongType('a language tag', 'zh-CN');
        else if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v))
          diagnostics.push(error(keyAt, 'config-value', `lang "${v}" is not a language tag`, 'Use a BCP 47 tag such as zh-CN, zh-TW, en or ja.'));
        else config.lang = v;
        break;
      }
      case 'theme': {
        const v = text();
        if (v === undefined) {
          wrongType('a theme name', defaultConfig.theme);
          break;
        }
        const known = [...(source.themes ?? [v]), ...(source.revealThemes ?? [])];
        const mapped = config.dialect === 'reveal' ? undefined : mappedThemes[config.dialect][v];
        if (known.includes(v)) config.theme = v;
        else if (mapped && known.includes(mapped)) config.theme = mapped;
        else {
          // A Marp or Slidev deck's own theme file: its tool's default theme, as near as we have it.
          const fallback = config.dialect === 'reveal' ? undefined : mappedThemes[config.dialect].default;
          if (fallback && known.includes(fallback)) config.theme = fallback;
          const guess = closest(v, known);
          diagnostics.push(
            warning(keyAt, 'config-theme-unknown', `there is no theme named "${v}"; the ${fallback && config.theme === fallback ? `theme "${fallback}" (like ${tool}'s default) is used` : `default theme "${defaultConfig.theme}" is used`}`, guess ? `Did you mean "${guess}"?` : `Available themes: ${known.join(', ')}.`),
          );
        }
        break;
      }
      case 'highlightTheme': {
        const v = text();
        if (v === undefined) wrongType('a highlight.js style name', 'monokai');
        else if (source.highlightThemes && !source.highlightThemes.includes(v)) {
          const guess = closest(v, source.highlightThemes);
          diagnostics.push(warning(keyAt, 'config-highlight-theme-unknown', `there is no highlight.js style named "${v}"; the default code colours are used`, guess ? `Did you mean "${guess}"?` : 'Use the name of a file in highlight.js/styles without .css, e.g. monokai.'));
        } else config.highlightTheme = v;
        break;
      }
      case 'separator':
      case 'verticalSeparator':
      case 'notesSeparator': {
        const v = text();
        if (v === undefined || v === '') {
          wrongType('a regular expression in quotes', key === 'notesSeparator' ? '"^Note:"' : key === 'separator' ? '"<!--s-->"' : '"<!--v-->"');
          break;
        }
        const problem = userRegexProblem(v);
        if (problem) {
          diagnostics.push(error(keyAt, 'config-separator-invalid', `${key} "${v}" cannot be used: ${problem}`, `Write a simple pattern such as ${key === 'notesSeparator' ? '"^Note:"' : key === 'separator' ? '"^---$" or "<!--s-->"' : '"^----$" or "<!--v-->"'}; the default separator is used until then.`));
          break;
        }
        config.separators[key === 'separator' ? 'horizontal' : key === 'verticalSeparator' ? 'vertical' : 'notes'] = v;
        break;
      }
      case 'revealOptions': {
        if (!isMap(value)) {
          wrongType('a list of reveal.js settings', '{ controls: true }');
          break;
        }
        for (const option of value.items as Pair<Node, Node | null>[]) {
          const name = isScalar(option.key) ? String(option.key.value) : '';
          const optionAt = at(option.key?.range?.[0]);
          if (!(name in revealOptionChecks)) {
            const guess = closest(name, Object.keys(revealOptionChecks));
            diagnostics.push(warning(optionAt, 'config-reveal-option-unknown', `reveal.js setting "${name}" is not supported and is ignored`, guess ? `Did you mean "${guess}"? Supported: ${Object.keys(revealOptionChecks).join(', ')}.` : `Supported: ${Object.keys(revealOptionChecks).join(', ')}.`));
            continue;
          }
          const optionValue = isScalar(option.value) ? option.value.value : undefined;
          const checked = checkRevealOption(name, optionValue);
          if (!checked.ok) {
            diagnostics.push(warning(optionAt, 'config-reveal-option-value', `reveal.js setting ${name} must be ${checked.expected}, not ${describe(option.value)}; it is ignored`, `Write it as \`${name}: …\` with ${checked.expected}.`));
            continue;
          }
          // Size and transition are the deck's own settings: the page, the PDF and the presenter read them there.
          if (name === 'width') width = checked.value as number;
          else if (name === 'height') height = checked.value as number;
          else if (name === 'transition') config.transition = revealTransition(checked.value as string) as DeckConfig['transition'];
          else config.reveal[name] = name === 'backgroundTransition' ? revealTransition(checked.value as string) : checked.value;
        }
        break;
      }
      case 'aspect': {
        const v = text();
        if (v === undefined || !Object.hasOwn(aspects, v)) {
          diagnostics.push(
            error(keyAt, 'config-value', `aspect must be one of ${Object.keys(aspects).join(', ')}, not ${describe(value)}`, 'Write it in quotes, e.g. `aspect: "16:9"`, or set width and height instead.'),
          );
        } else aspect = aspects[v as keyof typeof aspects];
        break;
      }
      case 'width':
      case 'height': {
        if (typeof scalar !== 'number' || !Number.isFinite(scalar) || scalar < 100 || scalar > 10000) {
          diagnostics.push(error(keyAt, typeof scalar === 'number' ? 'config-value' : 'config-type', `${key} must be a number of pixels between 100 and 10000, not ${describe(value)}`, `Write it as \`${key}: ${key === 'width' ? 1280 : 720}\`.`));
        } else if (key === 'width') {
          width = scalar;
          widthAt = keyAt;
        } else height = scalar;
        break;
      }
      case 'transition': {
        const slidevTransition: Record<string, DeckConfig['transition']> = { 'slide-left': 'slide', 'slide-right': 'slide', 'slide-up': 'slide', 'slide-down': 'slide', 'fade-out': 'fade' };
        const given = text();
        const v = given === 'default' ? 'slide' : config.dialect === 'slidev' && given ? (slidevTransition[given] ?? given) : given;
        if (v === undefined || !transitions.includes(v as DeckConfig['transition'])) {
          const guess = v === undefined ? undefined : closest(v, transitions);
          diagnostics.push(
            error(keyAt, v === undefined ? 'config-type' : 'config-value', `transition must be one of ${transitions.join(', ')}, not ${describe(value)}`, guess ? `Did you mean "${guess}"?` : 'Write it as `transition: slide`.'),
          );
        } else config.transition = v as DeckConfig['transition'];
        break;
      }
      case 'shrinkToFit': {
        if (typeof scalar !== 'boolean') wrongType('true or false', 'true');
        else config.shrinkToFit = scalar;
        break;
      }
      case 'duration': {
        // Slidev writes the talk's length as "35min".
        const minutes = typeof scalar === 'string' ? /^(\d+(?:\.\d+)?)\s*min$/.exec(scalar)?.[1] : undefined;
        if (minutes !== undefined) {
          config.durationMinutes = Number(minutes);
          break;
        }
        if (typeof scalar !== 'number' || !Number.isFinite(scalar) || scalar < 0) {
          diagnostics.push(error(keyAt, typeof scalar === 'number' ? 'config-value' : 'config-type', `duration must be a number of minutes, not ${describe(value)}`, 'Write it as `duration: 30` for a 30-minute talk.'));
        } else config.durationMinutes = scalar;
        break;
      }
      case 'order': {
        if (!source.allowOrder) {
          diagnostics.push(warning(keyAt, 'config-order-ignored', 'order is ignored in a single-file deck', 'Slides follow the file; remove order, or make a folder deck with a deck.yaml.'));
          break;
        }
        if (!isSeq(value)) {
          wrongType('a list of file names', '[01-intro.md, 02-history.md]');
          break;
        }
        order = [];
        for (const item of value.items as (Node | null)[]) {
          const itemAt = at(item && 'range' in item ? item.range?.[0] : pair.key?.range?.[0]);
          if (!isScalar(item) || typeof item.value !== 'string') {
            diagnostics.push(error(itemAt, 'config-type', `every entry of order must be a file name, not ${describe(item)}`, 'Write entries as `- 01-intro.md`.'));
          } else order.push({ name: item.value, line: itemAt.line, column: itemAt.column });
        }
        config.order = order.map((e) => e.name);
        break;
      }
      case 'size':
        if (config.dialect === 'marp' && typeof scalar === 'string' && scalar in aspects) aspect = aspects[scalar as keyof typeof aspects];
        break;
      default: {
        // vscode-reveal takes reveal.js's settings at the top level, where reveal-md wants revealOptions.
        if (vscode && Object.hasOwn(revealOptionChecks, key)) {
          const checked = checkRevealOption(key, scalar);
          if (!checked.ok) diagnostics.push(warning(keyAt, 'config-reveal-option-value', `reveal.js setting ${key} must be ${checked.expected}, not ${describe(value)}; it is ignored`, `Write it as \`${key}: …\` with ${checked.expected}.`));
          else config.reveal[key] = key === 'backgroundTransition' ? revealTransition(checked.value as string) : checked.value;
          break;
        }
        if (vscode && Object.hasOwn(vscodeRevealOnlyKeys, key)) {
          diagnostics.push(warning(keyAt, 'config-unsupported', `vscode-reveal setting "${key}" (${vscodeRevealOnlyKeys[key]}) is not supported and is ignored`, 'The slides are shown without it.'));
          break;
        }
        if (key in revealMdUnsupported) {
          diagnostics.push(warning(keyAt, 'config-unsupported', `reveal-md setting "${key}" (${revealMdUnsupported[key]}) is not supported and is ignored`, 'The deck is shown with its theme; put what matters into the slides themselves.'));
          break;
        }
        if (config.dialect !== 'reveal' && quietKeys.has(key)) {
          if (key in notHonoured) diagnostics.push(warning(keyAt, 'config-unsupported', `${tool} setting "${key}" (${notHonoured[key]}) is not supported and is ignored`, 'The slides are shown without it.'));
          break;
        }
        const guess = closest(key, configKeys);
        diagnostics.push(
          warning(keyAt, 'config-unknown-key', `unknown setting "${key}" is ignored`, guess ? `Did you mean "${guess}"?` : `Known settings: ${configKeys.join(', ')}.`),
        );
      }
    }
  }

  // A Marp or Slidev deck that names no theme has its tool's default one: the theme it maps to.
  if (config.dialect !== 'reveal' && !Object.hasOwn(raw, 'theme')) {
    const mapped = mappedThemes[config.dialect].default!;
    if ((source.revealThemes ?? []).includes(mapped)) config.theme = mapped;
  }
  if (aspect) [config.width, config.height] = aspect;
  // Marp's slide is a flex box (content centred top to bottom, assets/marp.css): reveal.js
  // shows a slide with this display.
  if (config.dialect === 'marp') config.reveal.display = 'flex';
  if (width !== undefined || height !== undefined) {
    if (aspect && widthAt) diagnostics.push(warning(widthAt, 'config-conflict', 'both aspect and width/height are set; width/height win', 'Keep only one of them.'));
    const ratio = config.width / config.height;
    config.width = width ?? Math.round((height ?? config.height) * ratio);
    config.height = height ?? Math.round(config.width / ratio);
  }
  return { config, order, raw, diagnostics };
}

/**
 * Which tool the deck was written for, from its settings and its text; for a reveal.js
 * markdown deck written for vscode-reveal, that tool's separators. Also used for a
 * single-file deck without front matter.
 */
export function readDialect(config: DeckConfig, settings: Record<string, unknown>, body: string): void {
  config.dialect = detectDialect(settings, body);
  // Its own separators, which the deck's separator settings (read after this) override.
  if (config.dialect === 'reveal' && writtenForVscodeReveal(settings, body)) {
    config.separators = { ...config.separators, horizontal: vscodeRevealSeparators.horizontal, vertical: vscodeRevealSeparators.vertical };
  }
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `"${v}"`;
    return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : typeof v} ${String(v)}`;
  }
  return 'an unsupported value';
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export interface FrontMatter {
  yaml: string;
  /** Line on which the YAML text starts (the line after the opening `---`). */
  yamlFirstLine: number;
  /** The rest of the file and the line it starts on. */
  body: string;
  bodyFirstLine: number;
}

/**
 * Front matter is a `---` first line, YAML, and a closing `---` (or `...`) line. A file
 * that merely starts with a slide separator is not front matter: the block must hold at
 * least one `key:` line.
 */
export function splitFrontMatter(text: string): FrontMatter | null {
  if (!/^---[ \t]*\n/.test(text)) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(text.indexOf('\n') + 1);
  const m = close.exec(rest);
  if (!m) return null;
  const yaml = rest.slice(0, m.index);
  if (!/^[A-Za-z_][\w-]*[ \t]*:/m.test(yaml)) return null;
  const yamlLines = yaml === '' ? 0 : yaml.split('\n').length - 1;
  const afterClose = rest.indexOf('\n', m.index);
  return {
    yaml,
    yamlFirstLine: 2,
    body: afterClose === -1 ? '' : rest.slice(afterClose + 1),
    bodyFirstLine: 2 + yamlLines + 1,
  };
}
