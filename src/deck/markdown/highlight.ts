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

/** Short names people write after ``` → highlight.js language module. */
const aliases: Record<string, string> = {
  js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript',
  ts: 'typescript', tsx: 'typescript', mts: 'typescript',
  sh: 'bash', shell: 'bash', zsh: 'bash', console: 'shell',
  py: 'python', python3: 'python', rb: 'ruby', rs: 'rust', golang: 'go', kt: 'kotlin',
  html: 'xml', xhtml: 'xml', svg: 'xml', vue: 'xml',
  yml: 'yaml', md: 'markdown', 'c++': 'cpp', cc: 'cpp', hpp: 'cpp', h: 'c',
  cs: 'csharp', 'c#': 'csharp', ps1: 'powershell', jsonc: 'json', json5: 'json',
  text: 'plaintext', txt: 'plaintext', plain: 'plaintext', docker: 'dockerfile', make: 'makefile',
  objc: 'objectivec', tex: 'latex', proto: 'protobuf', gql: 'graphql', toml: 'ini',
};

/** Languages whose grammar embeds others (HTML embeds CSS and JavaScript). */
const embeds: Record<string, string[]> = { xml: ['css', 'javascript'], markdown: ['xml'] };

function load(module: string): boolean {
  if (hljs.getLanguage(module)) return true;
  if (!/^[a-z0-9-]+$/.test(module)) return false;
  let grammar: LanguageFn;
  try {
    const loaded = require(`highlight.js/lib/languages/${module}`) as LanguageFn | { default: LanguageFn };
    grammar = typeof loaded === 'function' ? loaded : loaded.default;
  } catch {
    return false;
  }
  hljs.registerLanguage(module, grammar);
  for (const other of embeds[module] ?? []) load(other);
  return true;
}

/** The highlight.js name for a fence's info string word, or null when unknown. */
export function resolveLanguage(lang: string): string | null {
  const name = lang.toLowerCase();
  if (hljs.getLanguage(name)) return name;
  const module = aliases[name] ?? name;
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
