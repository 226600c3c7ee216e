// Where each block of a slide is written: the editor's preview puts the line of every
// heading, paragraph, list, list item, quote, table, code block, rule and HTML block on its element
// (`data-line`, counted from the slide's first line, 1 being the line the slide's
// data-source-line names), so a click on an element puts the cursor on that line.
// Code and HTML blocks get theirs from render.ts, whose renderers own them.
// Only the editor's draft asks for it: the audience page and built decks carry no such
// attribute. Lines come from marked's own tokens (their `raw` text), not from a search.
import { Renderer, type MarkedExtension, type Token, type Tokens } from 'marked';
import { sourceLineAttribute } from './source-line-attribute.js';

/** Block tokens whose element gets the line. */
const marked = new Set(['heading', 'paragraph', 'list', 'list_item', 'blockquote', 'table', 'code', 'hr', 'html']);

const newlines = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** The element's opening tag with the attribute added. */
export function withSourceLine(html: string, line: number | undefined): string {
  return line === undefined ? html : html.replace(/^(\s*<[a-zA-Z][\w-]*)/, `$1 ${sourceLineAttribute}="${line}"`);
}

/** `html` with every source line moved by `by` (its markdown did not start on the slide's first line). */
export function shiftSourceLines(html: string, by: number): string {
  if (by === 0 || !html.includes(sourceLineAttribute)) return html;
  return html.replace(new RegExp(` ${sourceLineAttribute}="(\\d+)"`, 'g'), (_m, n: string) => ` ${sourceLineAttribute}="${Number(n) + by}"`);
}

export function sourceLinesExtension(): { extension: MarkedExtension; lineOf: (token: Token) => number | undefined } {
  const lines = new WeakMap<Token, number>();
  const mark = (tokens: readonly Token[], first: number) => {
    let line = first;
    for (const token of tokens) {
      if (marked.has(token.type)) lines.set(token, line);
      if (token.type === 'list') {
        let itemLine = line;
        for (const item of (token as Tokens.List).items) {
          lines.set(item, itemLine);
          mark(item.tokens, itemLine);
          itemLine += newlines(item.raw);
        }
      } else if (token.type === 'blockquote') mark((token as Tokens.Blockquote).tokens, line);
      line += newlines(token.raw);
    }
  };
  const lineOf = (token: Token) => lines.get(token);
  const base = Renderer.prototype;
  return {
    lineOf,
    extension: {
      hooks: {
        processAllTokens(tokens) {
          mark(tokens, 1);
          return tokens;
        },
      },
      // marked's own HTML for each, with the line on its first tag.
      renderer: {
        heading(token) {
          return withSourceLine(base.heading.call(this, token), lineOf(token));
        },
        paragraph(token) {
          return withSourceLine(base.paragraph.call(this, token), lineOf(token));
        },
        list(token) {
          return withSourceLine(base.list.call(this, token), lineOf(token));
        },
        listitem(token) {
          return withSourceLine(base.listitem.call(this, token), lineOf(token));
        },
        blockquote(token) {
          return withSourceLine(base.blockquote.call(this, token), lineOf(token));
        },
        table(token) {
          return withSourceLine(base.table.call(this, token), lineOf(token));
        },
        hr(token) {
          return withSourceLine(base.hr.call(this, token), lineOf(token));
        },
      },
    },
  };
}
