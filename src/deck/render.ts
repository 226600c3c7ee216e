// Markdown → sanitised HTML for one slide (or one slide's notes), through a private
// marked instance so no global options leak between decks or into other users of marked.
// The loader gives a RenderContext so this module does no file I/O of its own.
//
// The steps, each in src/deck/markdown/:
//   limits checked (nesting, line length: what marked cannot do in time and memory)
//   → marked (+ CJK-friendly emphasis, + highlight.js for fenced code)
//   → `.slide:` / `.element:` comments applied on a parsed DOM (only when there are any)
//   → sanitised against the allowlist, media resolved, local SVG images inlined
//   → title and fragment count read off the result.
import { Marked } from 'marked';
import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import { decodeHTML } from 'entities';
import type { Attributes } from './model.js';
import type { RenderContext } from './render-context.js';
import { applyDirectives } from './markdown/attributes.js';
import { cjkEmphasis } from './markdown/cjk-emphasis.js';
import { exceededLimit } from './markdown/limits.js';
import { reportUnlisted, slideEnv } from './markdown/env.js';
import { createMathRenderer } from './markdown/math.js';
import { createVault } from './markdown/vault.js';
import { keepStyleBlocks } from './markdown/style-blocks.js';
import { renderCodeBlock } from './markdown/highlight.js';
import { sanitizeSlideHtml } from './markdown/sanitize.js';
import { sourceLinesExtension, withSourceLine } from './markdown/source-lines.js';
import { escapeHtml } from '../escape.js';

export interface RenderedSlide {
  html: string;
  /** Attributes for the slide's <section>, from `<!-- .slide: ... -->`, allowlisted. */
  attributes: Attributes;
  fragments: number;
  /** Plain text of the first heading and its level (0 when none). */
  title: string;
  titleLevel: number;
}

export type SlideRenderer = (markdown: string, ctx: RenderContext) => RenderedSlide;

const firstHeading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/;
const classAttribute = /\sclass="([^"]*)"/g;

function countFragments(html: string): number {
  let n = 0;
  for (const m of html.matchAll(classAttribute)) if (/(^|\s)fragment(\s|$)/.test(m[1]!)) n++;
  return n;
}

/** A slide that cannot be rendered, shown as its text as typed. */
export function asPlainText(markdown: string): RenderedSlide {
  return { html: `<pre class="render-failed">${escapeHtml(markdown)}</pre>`, attributes: {}, fragments: 0, title: '', titleLevel: 0 };
}

export interface SlideRendererOptions {
  /** Each block element gets the line it is written on (the editor's draft; see source-lines.ts). */
  sourceLines?: boolean;
}

export function createSlideRenderer(options: SlideRendererOptions = {}): SlideRenderer {
  const vault = createVault();
  const math = createMathRenderer(vault);
  const lines = options.sourceLines ? sourceLinesExtension() : null;
  const marked = new Marked(
    { gfm: true, breaks: false, async: false },
    cjkEmphasis(),
    math.extension,
    {
      renderer: {
        code: (token) => withSourceLine(renderCodeBlock(token.text, token.lang), lines?.lineOf(token)),
      },
    },
    ...(lines ? [lines.extension] : []),
  );
  // Ids inside inlined SVGs get a prefix unique within everything this renderer makes
  // (one deck), so two diagrams defining `#arrow` cannot take each other's markers.
  let svgCount = 0;
  const svgIdPrefix = () => `svg${++svgCount}-`;

  return (markdown, ctx) => {
    const env = slideEnv(markdown, ctx);
    vault.clear();
    math.begin(env);
    const tooMuch = exceededLimit(markdown);
    if (tooMuch) {
      ctx.report({ line: tooMuch.line, column: 1, severity: 'error', code: tooMuch.code, message: tooMuch.message, hint: tooMuch.hint });
      return asPlainText(markdown);
    }
    let html = marked.parse(markdown) as string;
    let attributes: Attributes = {};
    if (html.includes('<!--')) {
      const doc = parseDocument(html);
      attributes = applyDirectives(doc, env).section;
      html = render(doc, { encodeEntities: 'utf8' });
    }
    html = vault.release(sanitizeSlideHtml(keepStyleBlocks(html, env, vault), env, { svgIdPrefix, sourceLines: lines !== null }));
    reportUnlisted(env);
    const heading = firstHeading.exec(html);
    return {
      html,
      attributes,
      fragments: countFragments(html),
      title: heading ? decodeHTML(heading[2]!.replace(/<[^>]+>/g, '')).trim() : '',
      titleLevel: heading ? Number(heading[1]) : 0,
    };
  };
}
