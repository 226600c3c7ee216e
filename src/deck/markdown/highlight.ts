// Fenced code → highlighted HTML at build time, so the deck needs no highlighter (and
// no fetch) at run time. Only the fence's declared language is used: auto-detection
// guesses wrong on short slide snippets and costs time on every block.
//
// Languages are loaded on first use: highlight.js with all its common languages takes
// ~140 ms to load, one language a few ms, and most decks use one or two.
import { createRequire } from 'node:module';
import hljs from 'highlight.js/lib/core';
import type { LanguageFn } from 'highlight.js';
import { escapeHtml } from '../../escape.js';
import { numberedCodeBlock, parseFenceInfo } from './code-lines.js';

const require = createRequire(import.meta.url);

// Every lookup keyed by the fence's word goes through a Map or our own set of loaded
// languages: `constructor` or `__proto__` after ``` must not find Object.prototype's
// members (highlight.js's getLanguage reads a plain object, so it is never asked about
// a name it has not registered through us).

/** Short names people write after ``` → highlight.js language module. */
const aliases = new Map<string, string>(Object.entries({
  js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript',
  ts: 'typescript', tsx: 'typescript', mts: 'typescript',
  sh: 'bash', shell: 'bash', zsh: 'bash', console: 'shell',
  py: 'python', python3: 'python', rb: 'ruby', rs: 'rust', golang: 'go', kt: 'kotlin',
  html: 'xml', xhtml: 'xml', svg: 'xml', vue: 'xml',
  yml: 'yaml', md: 'markdown', 'c++': 'cpp', cc: 'cpp', hpp: 'cpp', h: 'c',
  cs: 'csharp', 'c#': 'csharp', ps1: 'powershell', jsonc: 'json', json5: 'json',
  text: 'plaintext', txt: 'plaintext', plain: 'plaintext', docker: 'dockerfile', make: 'makefile',
  objc: 'objectivec', tex: 'latex', proto: 'protobuf', gql: 'graphql', toml: 'ini',
}));

/** Languages whose grammar embeds others (HTML embeds CSS and JavaScript). */
const embeds = new Map<string, string[]>([['xml', ['css', 'javascript']], ['markdown', ['xml']]]);

/** Modules registered with highlight.js (by us: the core starts with none). */
const registered = new Set<string>();
/** Modules that do not exist, so a deck full of unknown fences asks the disk once each. */
const missing = new Set<string>();

function load(module: string): boolean {
  if (registered.has(module)) return true;
  if (missing.has(module) || !/^[a-z0-9-]+$/.test(module)) return false;
  let grammar: LanguageFn;
  try {
    const loaded = require(`highlight.js/lib/languages/${module}`) as LanguageFn | { default: LanguageFn };
    grammar = typeof loaded === 'function' ? loaded : loaded.default;
  } catch {
    missing.add(module);
    return false;
  }
  hljs.registerLanguage(module, grammar);
  registered.add(module);
  for (const other of embeds.get(module) ?? []) load(other);
  return true;
}

/** The highlight.js name for a fence's info string word, or null when unknown. */
export function resolveLanguage(lang: string): string | null {
  const name = lang.toLowerCase();
  const module = aliases.get(name) ?? name;
  return load(module) ? module : null;
}

/**
 * The HTML of one fenced code block. `info` is the fence's info string (`js`, or
 * reveal.js's `js [1-2|3]` line-number and step-highlight form, see code-lines.ts).
 */
export function renderCodeBlock(code: string, info: string | undefined): string {
  const { lang, lines } = parseFenceInfo((info ?? '').trim());
  const body = code.replace(/\n$/, '');
  const language = lang ? resolveLanguage(lang) : null;
  const highlighted = language ? hljs.highlight(body, { language, ignoreIllegals: true }).value : escapeHtml(body);
  const cls = [...(language || lines ? ['hljs'] : []), ...(lang ? [`language-${escapeHtml(lang)}`] : [])].join(' ');
  if (lines) return numberedCodeBlock(highlighted, cls, lines);
  return `<pre><code${cls ? ` class="${cls}"` : ''}>${highlighted}\n</code></pre>\n`;
}
