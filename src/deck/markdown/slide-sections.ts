// Raw `<section>`s in a slide's markdown, read as reveal.js reads them: its markdown
// plugin puts the rendered markdown inside the slide's own <section>, so each raw
// <section> at the top becomes a slide of that stack (reveal.js authors write
// `<section data-auto-animate>` pairs this way). The sanitizer has already checked each
// section's attributes against the slide allowlist. A section nested deeper would be
// a third level reveal.js does not lay out: it becomes a <div>. Text between the
// sections, which reveal.js would draw over every slide of the stack, is a slide of its own.
import render from 'dom-serializer';
import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Attributes } from '../model.js';

export interface SectionPart {
  html: string;
  /** The raw section's attributes; empty for the text between sections. */
  attributes: Attributes;
  /** False for the text between (or around) the sections. */
  isSection: boolean;
}

/**
 * The slide's parts when it has raw <section>s at its top; null when it has none (the
 * common case), with `html` its HTML with any deeper <section> made a <div>.
 */
export function splitSections(html: string): { parts: SectionPart[] | null; html: string } {
  if (!html.includes('<section')) return { parts: null, html };
  const doc = parseDocument(html);
  const top = doc.children;
  if (!top.some((n) => isTag(n) && n.name === 'section')) {
    for (const nested of findAll((el) => el.name === 'section', top)) toDiv(nested);
    return { parts: null, html: serialize(top) };
  }
  const parts: SectionPart[] = [];
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    if (loose.some((n) => !(isText(n) && n.data.trim() === ''))) parts.push({ html: serialize(loose).trim(), attributes: {}, isSection: false });
    loose = [];
  };
  for (const node of top) {
    if (isTag(node) && node.name === 'section') {
      flushLoose();
      for (const nested of findAll((el) => el.name === 'section', node.children)) toDiv(nested);
      parts.push({ html: serialize(node.children).trim(), attributes: { ...node.attribs }, isSection: true });
    } else loose.push(node);
  }
  flushLoose();
  return { parts, html };
}

function toDiv(el: Element): void {
  el.name = 'div';
  el.attribs = Object.fromEntries(Object.entries(el.attribs).filter(([k]) => k === 'class' || k === 'id'));
}

function serialize(nodes: ChildNode[]): string {
  return render(nodes, { encodeEntities: 'utf8' });
}
