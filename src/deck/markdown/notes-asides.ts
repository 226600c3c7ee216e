// Speaker notes written the way reveal.js writes them in HTML: `<aside class="notes">`
// anywhere in a slide. reveal.js's speaker view shows the inner HTML of every such
// aside of the slide, joined in document order (Notes.getSlideNotes); here they leave
// the slide's HTML and become its notes, so the presenter view, the PDF handout and
// the audience page (which never shows notes) all read them from one place.
import render from 'dom-serializer';
import { findAll, removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export interface SplitAsides {
  html: string;
  /** The asides' inner HTML, one after the other; '' when the slide has none. */
  notesHtml: string;
}

function hasNotesAncestor(el: Element, isNotes: (el: Element) => boolean): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if (isNotes(p as Element)) return true;
  return false;
}

export function takeNotesAsides(html: string): SplitAsides {
  if (!html.includes('<aside')) return { html, notesHtml: '' };
  const doc = parseDocument(html);
  const isNotes = (el: { name: string; attribs: Record<string, string> }) => el.name === 'aside' && /(^|\s)notes(\s|$)/.test(el.attribs.class ?? '');
  // An aside inside another is part of the outer one's notes.
  const asides = findAll((el) => isNotes(el) && !hasNotesAncestor(el, isNotes), doc.children);
  if (asides.length === 0) return { html, notesHtml: '' };
  const notes = asides.map((aside) => render(aside.children, { encodeEntities: 'utf8' }).trim());
  for (const aside of asides) removeElement(aside);
  return { html: render(doc, { encodeEntities: 'utf8' }), notesHtml: notes.filter(Boolean).join('\n') };
}
