// TeX math → HTML at build time with KaTeX, as a marked extension, so a deck needs no
// script to show its formulas and the PDF holds them as real text in KaTeX's fonts.
//
// Delimiters, as reveal.js's math plugin and pandoc read them:
//   inline  $…$  and  \(…\)      display  $$…$$  and  \[…\]  (on their own lines, or inline)
// A `$` opens only when the next character is not a space, and closes only when the one
// before is not a space and the one after is not a digit: "$5 and $10" stays text.
// Code spans and fences are tokenized by marked before this sees their text.
//
// KaTeX runs with `trust: false` (no \href, \url, \includegraphics, \html…), so its
// output holds nothing but spans and its own <svg> strokes; that output is kept out of
// the slide sanitizer (which would drop the <svg> of every \sqrt) in the vault.
import { createRequire } from 'node:module';
import type { MarkedExtension, Tokens } from 'marked';
import { decodeHTML } from 'entities';
import { escapeHtml } from '../../escape.js';
import { warn, type SlideEnv } from './env.js';
import type { Vault } from './vault.js';

type Katex = typeof import('katex').default;
const require = createRequire(import.meta.url);
let katex: Katex | undefined;
/** KaTeX takes ~25 ms to load; most decks have no math. */
const loadKatex = (): Katex => (katex ??= require('katex') as Katex);

interface MathToken extends Tokens.Generic {
  type: 'math' | 'inlineMath';
  raw: string;
  tex: string;
  display: boolean;
  /** A paragraph of its own (rendered as a <div>), not a formula inside text. */
  block: boolean;
}

const inlineDollar = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/;
const inlineDisplayDollar = /^\$\$(?!\$)((?:\\.|[^\\$])+?)\$\$/;
const inlineParen = /^\\\(([\s\S]+?)\\\)/;
const inlineBracket = /^\\\[([\s\S]+?)\\\]/;
const blockDollar = /^ {0,3}\$\$[ \t]*((?:\\.|[^\\$])+?)[ \t]*\$\$[ \t]*(?:\n+|$)/;
const blockBracket = /^ {0,3}\\\[[ \t]*([\s\S]+?)[ \t]*\\\][ \t]*(?:\n+|$)/;
const blockStart = /^ {0,3}(?:\$\$|\\\[)/m;

export interface MathRenderer {
  extension: MarkedExtension;
  /** Starts a slide (`markdown`, its text): formulas found from now on are reported against `env`. */
  begin(env: SlideEnv, markdown: string): void;
  /**
   * A raw HTML block of the slide with its formulas typeset: in its text (outside code),
   * as reveal.js's math plugin finds them on the page, and in MathJax's
   * `<script type="math/tex">` elements, which would otherwise be removed as script.
   */
  htmlBlock(html: string): string;
}

/** Elements whose text is code or data, where a `$` is no formula. */
const verbatim = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea']);
const texScript = /<script\s+type=["']math\/tex(;\s*mode=display)?["']\s*>([\s\S]*?)<\/script\s*>/gi;
// In a text run: display first, then inline; the same delimiter rules as the markdown's.
const textMath = /\$\$((?:\\.|[^\\$])+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/g;

/** Formulas go into `vault` until the slide is sanitised. */
export function createMathRenderer(vault: Vault): MathRenderer {
  let env: SlideEnv | null = null;
  // Whether the slide holds a delimiter at all. marked asks the `start` functions below
  // where the next formula may begin at every paragraph and every run of text, each
  // time about the whole rest of the slide: on a slide of 20,000 images or paragraphs
  // that was quadratic (13 s and 4 s). Its text is made of the slide's own characters,
  // so a slide without `$`, `\(` or `\[` never needs the search.
  let inlineDelimiters = true;
  let blockDelimiters = true;

  const render = (token: MathToken): string => {
    let html: string;
    try {
      html = loadKatex().renderToString(token.tex, {
        displayMode: token.display,
        output: 'html',
        throwOnError: true,
        trust: false,
        strict: 'ignore',
        // A hostile deck cannot make a formula huge or expand macros forever.
        maxSize: 50,
        maxExpand: 1000,
      });
    } catch (error) {
      const message = (error as Error).message.replace(/^KaTeX parse error: /, '');
      if (env) warn(env, [token.raw, token.tex], 'math-invalid', `The formula ${token.raw.length > 80 ? `${token.raw.slice(0, 77)}...` : token.raw} could not be typeset: ${message}. It is shown as its source.`, 'Fix the TeX (KaTeX supports most of LaTeX math: https://katex.org/docs/supported), or escape the dollar sign as \\$ if it is not math.');
      html = `<code class="math-error" title="${escapeHtml(message)}">${escapeHtml(token.raw)}</code>`;
    }
    // KaTeX's display output is a span styled as a block; a block formula gets a <div>
    // around it so it stays a paragraph of its own.
    return token.block ? vault.hold(`<div class="math">${html}</div>`, 'div') : vault.hold(html);
  };

  // On a slide with math, where the next delimiter is in a run of text marked is lexing,
  // so start() does not search the same text again at every token of the run (a
  // paragraph of 20,000 images and one formula at its end was quadratic, 5 s). marked
  // lexes a run by cutting tokens off its front, calling the tokenizer below and then,
  // in the same pass, start() with the rest from its second character; a run is told by
  // its token list. Places are counted from the end of the text, which cutting keeps.
  const ahead = new WeakMap<object, { searchedAt: number; next: number }>();
  let lexing: { tokens: object; length: number } | null = null;
  const nextInlineDelimiter = (src: string): number | undefined => {
    const run = lexing && src.length === lexing.length - 1 ? lexing.tokens : null;
    const known = run ? ahead.get(run) : undefined;
    // `next` 0: none from where the search started to the end.
    if (known && known.searchedAt >= src.length && known.next <= src.length) return known.next === 0 ? undefined : src.length - known.next;
    const i = src.search(/\$|\\[([]/);
    if (run) ahead.set(run, { searchedAt: src.length, next: i === -1 ? 0 : src.length - i });
    return i === -1 ? undefined : i;
  };

  const token = (raw: string, tex: string, display: boolean, block = false): MathToken => ({ type: block ? 'math' : 'inlineMath', raw, tex: tex.trim(), display, block });

  const extension: MarkedExtension = {
    extensions: [
      {
        name: 'math',
        level: 'block',
        start(src) {
          if (!blockDelimiters) return undefined;
          // A formula below the paragraph's first empty line cannot cut the paragraph short,
          // so the search ends there (what marked does with the answer stays the same).
          const end = src.indexOf('\n\n');
          return blockStart.exec(end === -1 ? src : src.slice(0, end + 1))?.index;
        },
        tokenizer(src) {
          const m = blockDollar.exec(src) ?? blockBracket.exec(src);
          return m ? token(m[0], m[1]!, true, true) : undefined;
        },
        renderer: (t) => `${render(t as MathToken)}\n`,
      },
      {
        name: 'inlineMath',
        level: 'inline',
        start(src) {
          return inlineDelimiters ? nextInlineDelimiter(src) : undefined;
        },
        tokenizer(src, tokens) {
          lexing = { tokens, length: src.length };
          let m = inlineDisplayDollar.exec(src) ?? inlineBracket.exec(src);
          if (m) return token(m[0], m[1]!, true);
          m = inlineDollar.exec(src) ?? inlineParen.exec(src);
          return m ? token(m[0], m[1]!, false) : undefined;
        },
        renderer: (t) => render(t as MathToken),
      },
    ],
  };

  const inText = (text: string): string =>
    text.replace(textMath, (raw, dd?: string, br?: string, pa?: string, d?: string) =>
      render(token(raw, decodeHTML((dd ?? br ?? pa ?? d)!), dd !== undefined || br !== undefined)),
    );

  return {
    extension,
    begin(next, markdown) {
      env = next;
      inlineDelimiters = /\$|\\[([]/.test(markdown);
      blockDelimiters = /\$\$|\\\[/.test(markdown);
    },
    htmlBlock(html) {
      if (!/[$\\]/.test(html)) return html;
      const scripted = html.replace(texScript, (raw, display: string | undefined, tex: string) => render(token(raw, decodeHTML(tex), display !== undefined, display !== undefined)));
      // Text between tags, outside code, in the order written.
      const open: string[] = [];
      return scripted
        .split(/(<[^>]*>)/)
        .map((part) => {
          const tag = /^<(\/?)([a-z][\w-]*)/i.exec(part);
          if (tag) {
            const name = tag[2]!.toLowerCase();
            if (verbatim.has(name)) {
              if (tag[1]) open.splice(open.lastIndexOf(name), 1);
              else if (!part.endsWith('/>')) open.push(name);
            }
            return part;
          }
          return open.length || part.startsWith('<') ? part : inText(part);
        })
        .join('');
    },
  };
}
