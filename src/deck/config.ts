// Deck settings from deck.yaml (folder deck) or the front matter of a single-file deck:
// parsed with `yaml`, every key checked for type and value, every problem pointing at
// the key's line:column. Unknown keys warn (with a did-you-mean) rather than fail, so a
// typo never stops a talk; wrong types are errors because the value cannot be used.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { closest, error, warning } from './diagnostics.js';
import type { OrderEntry } from './files.js';
import type { DeckConfig, Diagnostic } from './model.js';

export const defaultConfig: DeckConfig = {
  title: '',
  author: '',
  lang: 'zh-CN',
  theme: 'projector',
  width: 1280,
  height: 720,
  transition: 'slide',
  durationMinutes: 0,
  order: [],
};

export const aspects = { '16:9': [1280, 720], '4:3': [1024, 768], '16:10': [1280, 800] } as const;
export const transitions: readonly DeckConfig['transition'][] = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'];
export const configKeys = ['title', 'author', 'lang', 'theme', 'aspect', 'width', 'height', 'transition', 'duration', 'order'] as const;

export interface ConfigSource {
  /** File name for diagnostics (deck.yaml, or the single-file deck's name). */
  file: string;
  /** Line of the file on which the YAML text starts (front matter starts on line 2). */
  firstLine: number;
  /** Theme names that exist; a theme not among them is an error. */
  themes?: readonly string[];
  /** `order` only means something in a folder deck. */
  allowOrder: boolean;
}

export interface ConfigResult {
  config: DeckConfig;
  /** The `order` list with positions, when given (files.ts checks the names exist). */
  order?: OrderEntry[];
  diagnostics: Diagnostic[];
}

export function parseConfig(yamlText: string, source: ConfigSource): ConfigResult {
  const config: DeckConfig = { ...defaultConfig, order: [] };
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
    return { config, diagnostics };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, diagnostics };
  if (!isMap(root)) {
    diagnostics.push(error(at(root.range?.[0]), 'config-not-mapping', 'the deck settings must be a list of `key: value` lines', 'Write settings as `title: My talk`, one per line.'));
    return { config, diagnostics };
  }

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
        if (v === undefined) wrongType('a theme name', defaultConfig.theme);
        else if (source.themes && !source.themes.includes(v)) {
          const guess = closest(v, source.themes);
          diagnostics.push(
            error(keyAt, 'config-theme-unknown', `there is no theme named "${v}"`, guess ? `Did you mean "${guess}"?` : `Available themes: ${source.themes.join(', ')}.`),
          );
        } else config.theme = v;
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
        const v = text();
        if (v === undefined || !transitions.includes(v as DeckConfig['transition'])) {
          const guess = v === undefined ? undefined : closest(v, transitions);
          diagnostics.push(
            error(keyAt, v === undefined ? 'config-type' : 'config-value', `transition must be one of ${transitions.join(', ')}, not ${describe(value)}`, guess ? `Did you mean "${guess}"?` : 'Write it as `transition: slide`.'),
          );
        } else config.transition = v as DeckConfig['transition'];
        break;
      }
      case 'duration': {
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
      default: {
        const guess = closest(key, configKeys);
        diagnostics.push(
          warning(keyAt, 'config-unknown-key', `unknown setting "${key}" is ignored`, guess ? `Did you mean "${guess}"?` : `Known settings: ${configKeys.join(', ')}.`),
        );
      }
    }
  }

  if (aspect) [config.width, config.height] = aspect;
  if (width !== undefined || height !== undefined) {
    if (aspect && widthAt) diagnostics.push(warning(widthAt, 'config-conflict', 'both aspect and width/height are set; width/height win', 'Keep only one of them.'));
    const ratio = config.width / config.height;
    config.width = width ?? Math.round((height ?? config.height) * ratio);
    config.height = height ?? Math.round(config.width / ratio);
  }
  return { config, order, diagnostics };
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
