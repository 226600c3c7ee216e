// Markdown → HTML for one slide, through a private marked instance so no global
// options leak between decks or into other users of marked.
import { Marked } from 'marked';

export function createRenderer(): (markdown: string) => string {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  return (markdown) => marked.parse(markdown) as string;
}
