// Markdown → sanitised HTML for one slide (or one slide's notes), through a private
// marked instance so no global options leak between decks or into other users of marked.
// The loader gives a RenderContext so this module does no file I/O of its own.
//
// The steps, each in src/deck/markdown/:
//   limits checked (nesting, line length: what marked cannot do in time and memory)
//   → marked (+ CJK-friendly emphasis, + highlight.js for fenced code, mermaid fences kept for the page to draw)
//   → `.slide:` / `.element:` comments applied on a parsed DOM (only when there are any)
//   → sanitised against the allowlist, media resolved, local SVG images inlined
//   → raw top-level `<section>`s split into slides of their own
//   → `<aside class="notes">` taken out as notes
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
import { LineLocator } from './markdown/lines.js';
import { createMathRenderer } from './markdown/math.js';
import { createDiagramRenderer, isDiagramFence } from './markdown/mermaid.js';
import { createVault } from './markdown/vault.js';
import { keepStyleBlocks } from './markdown/style-blocks.js';
import { renderCodeBlock } from './markdown/highlight.js';
import { sanitizeSlideHtml } from './markdown/sanitize.js';
import { takeNotesAsides } from './markdown/notes-asides.js';
import { splitSections } from './markdown/slide-sections.js';
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
  /** Notes written in the slide as reveal.js's `<aside class="notes">`, taken out of `html`; '' when none. */
  notesHtml: string;
  /**
   * When the markdown holds raw `<section>`s at its top: one slide per section (and per
   * run of text between them), as reveal.js makes a stack of them (slide-sections.ts).
   */
  sections?: RenderedSection[];
}

export interface RenderedSection extends Omit<RenderedSlide, 'sections'> {
  /** 1-based line of the markdown on which this part starts (its `<section` tag). */
  line: number;
}

export type SlideRenderer = (markdown: string, ctx: RenderContext) => RenderedSlide;

const firstHeading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/;
const classAttribute = /\sclass="([^"]*)"/g;

function countFragments(html: string): number {
  let n = 0;
  for (const m of html.matchAll(classAttribute)) if (/(^|\s)fragment(\s|$)/.test(m[1]!)) n++;
  return n;
}

const plainTextStart = '<pre class="render-failed">';

/** A slide that cannot be rendered, shown as its text as typed. */
export function asPlainText(markdown: string): RenderedSlide {
  return { html: `${plainTextStart}${escapeHtml(markdown)}</pre>`, attributes: {}, fragments: 0, title: '', titleLevel: 0, notesHtml: '' };
}

/** Whether a slide's HTML is asPlainText's: the slide could not be rendered, and an error says why. */
export function isPlainText(html: string): boolean {
  return html.startsWith(plainTextStart);
}

export interface SlideRendererOptions {
  /** Each block element gets the line it is written on (the editor's draft; see source-lines.ts). */
  sourceLines?: boolean;
}

export function createSlideRenderer(options: SlideRendererOptions = {}): SlideRenderer {
  const vault = createVault();
  const math = createMathRenderer(vault);
  const lines = options.sourceLines ? sourceLinesExtension() : null;
  const diagrams = createDiagramRenderer(vault);
  const marked = new Marked(
    { gfm: true, breaks: false, async: false },
    cjkEmphasis(),
    math.extension,
    {
      renderer: {
        code: (token) => withSourceLine(isDiagramFence(token.lang) ? diagrams.render(token.text, token.raw) : heldCode(renderCodeBlock(token.text, token.lang)), lines?.lineOf(token)),
        // Block HTML is not markdown, but reveal.js's math plugin typesets formulas in it too.
        html: (token) => (token.block ? withSourceLine(math.htmlBlock(token.text), lines?.lineOf(token)) : token.text),
      },
    },
    ...(lines ? [lines.extension] : []),
  );
  // Highlighted code is our own markup around escaped text: inside its <pre> (which
  // `.element` comments may still address) it is kept out of the sanitizer, where a
  // thousand stepped blocks cost most of a build.
  const heldCode = (html: string): string => {
    const m = /^(<pre\b[^>]*>)([\s\S]*)(<\/pre>\n?)$/.exec(html);
    return m ? `${m[1]}${vault.hold(m[2]!)}${m[3]}` : html;
  };
  // Ids inside inlined SVGs get a prefix unique within everything this renderer makes
  // (one deck), so two diagrams defining `#arrow` cannot take each other's markers.
  let svgCount = 0;
  const svgIdPrefix = () => `svg${++svgCount}-`;

  return (markdown, ctx) => {
    const env = slideEnv(markdown, ctx);
    vault.clear();
    math.begin(env, markdown);
    diagrams.begin(env);
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
    const split = splitSections(html);
    if (!split.parts) return { ...describe(split.html), attributes };
    // A locator of its own: the sanitizer's reports have moved env.lines' cursors on.
    const sectionTags = new LineLocator(markdown);
    let line = 1;
    const sections = split.parts.map((part) => {
      if (part.isSection) line = sectionTags.find('<section').line;
      return { ...describe(part.html), attributes: part.attributes, line };
    });
    return { ...describe(split.html), attributes, sections };
  };
}

/** A slide's (or a section's) HTML with its notes asides taken out, its first heading and fragments read. */
function describe(html: string): Omit<RenderedSlide, 'attributes' | 'sections'> {
  const asides = takeNotesAsides(html);
  const heading = firstHeading.exec(asides.html);
  return {
    html: asides.html,
    fragments: countFragments(asides.html),
    title: heading ? decodeHTML(heading[2]!.replace(/<[^>]+>/g, '')).trim() : '',
    titleLevel: heading ? Number(heading[1]) : 0,
    notesHtml: asides.notesHtml,
  };
}
