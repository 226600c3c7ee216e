// `<!-- .slide: ... -->` and `<!-- .element: ... -->` comments, with the semantics of
// reveal.js's markdown plugin (dist/plugin/markdown.js, addAttributes): an `.element`
// comment applies to the nearest preceding element sibling (skipping <br>), or to its
// parent when it has none; after a list with no blank line between, to the last <li>.
// A comment that is not `.element` is tried as `.slide`, which sets the <section>'s
// attributes. Attribute pairs are read with the plugin's own pattern: name="value",
// or a bare data-* name.
//
// Unlike the plugin, every attribute passes an allowlist: a slide is data, and these
// comments are the one way to put attributes on the <section> that reveal.js acts on
// (backgrounds it loads, iframes it embeds).
import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { isComment, isTag, isText } from 'domhandler';
import { removeElement } from 'domutils';
import type { Attributes } from '../model.js';
import { warn, type SlideEnv } from './env.js';
import { classifyUrl, unsafeUrlHint } from './urls.js';
import { cssLoadsSomething } from '../loads.js';

const elementDirective = /\.element\s*?(.+?)$/m;
const slideDirective = /\.slide:\s*?(\S.+?)$/m;
const attributePair = /([^"= ]+?)="([^"]+?)"|(data-[^"= ]+?)(?=[" ])/gm;

/** Checks one attribute value; returns the value to set, or null when refused (and reported). */
export type Rule = (value: string, env: SlideEnv, where: string, name: string) => string | null;

const refuse = (env: SlideEnv, where: string, name: string, value: string, why: string): null => {
  warn(env, [where], 'attribute-refused', `${name}="${value}" was not applied: ${why}.`, 'Fix the value or remove the attribute from the comment.');
  return null;
};

const pattern = (re: RegExp, why: string): Rule => (value, env, where, name) => (re.test(value) ? value : refuse(env, where, name, value, why));

const safeCss: Rule = (value, env, where, name) =>
  value.length > 500 || cssLoadsSomething(value) || /[<>"]/.test(value)
    ? refuse(env, where, name, value, 'CSS values may not load anything (no url(), @import or expression())')
    : value;

const idRule: Rule = (value, env, where) => {
  if (!/^[A-Za-z][\w:.-]*$/.test(value)) return refuse(env, where, 'id', value, 'an id is a letter followed by letters, digits, -, _, : or .');
  if (value.toLowerCase().startsWith('deck-')) return refuse(env, where, 'id', value, 'ids starting with "deck-" are reserved for the app');
  return value;
};

const classRule = pattern(/^[^<>"'`=]*$/, 'a class list may not contain quotes, < or >');

/** A local file through the loader (copied into the output), never the network. */
function localMedia(value: string, env: SlideEnv, where: string, name: string, allowData: boolean): string | null {
  const kind = classifyUrl(value);
  if (kind === 'local') {
    const resolved = env.ctx.resolveAsset(value, env.lines.find(where).line);
    return resolved ? resolved.href : null; // missing or outside: the loader has reported it
  }
  if (kind === 'data-image' && allowData) return value;
  if (kind === 'remote') {
    warn(env, [value, where], 'remote-url-refused', `${name} points at the network (${value}); a deck loads nothing from the network.`, 'Download the file into the deck folder and refer to it by its relative path.');
    return null;
  }
  warn(env, [value, where], 'unsafe-url-refused', `${name}="${value.slice(0, 80)}" was refused: only files inside the deck folder (or a well-formed data: image) can be used.`, unsafeUrlHint(value));
  return null;
}

const seconds = pattern(/^\d+(\.\d+)?$/, 'a duration is a number of seconds');
/** How reveal.js's auto-animate moves an element (or every element of a slide). */
const autoAnimateRules = {
  'data-auto-animate-easing': pattern(/^[a-z-]+(\([\d.,\s-]+\))?$/, 'use a CSS easing such as ease, linear or cubic-bezier(…)'),
  'data-auto-animate-duration': seconds,
  'data-auto-animate-delay': seconds,
};

// Maps, not object literals: an attribute named `constructor` or `__proto__` must find no rule.
export const slideAttributeRules = new Map<string, Rule>(Object.entries({
  class: classRule,
  id: idRule,
  'data-background-color': safeCss,
  'data-background-image': (v, env, where, name) => localMedia(v, env, where, name, true),
  'data-background-video': (v, env, where, name) => {
    const sources = v.split(',').map((s) => s.trim()).filter(Boolean);
    const hrefs = sources.map((s) => localMedia(s, env, where, name, false));
    return hrefs.length && hrefs.every((h) => h !== null) ? hrefs.join(',') : null;
  },
  'data-background-size': safeCss,
  'data-background-position': safeCss,
  'data-background-repeat': safeCss,
  'data-background-opacity': pattern(/^(0|1|0?\.\d+|1\.0*)$/, 'opacity is a number from 0 to 1'),
  'data-background-gradient': safeCss,
  'data-transition': pattern(/^[a-z]+(-in|-out)?( [a-z]+(-in|-out)?)?$/, 'use a reveal.js transition name such as fade, slide, convex, concave, zoom or none'),
  'data-transition-speed': pattern(/^(default|fast|slow)$/, 'use default, fast or slow'),
  'data-auto-animate': pattern(/^(|true|false)$/, 'write data-auto-animate without a value'),
  'data-visibility': pattern(/^(hidden|uncounted)$/, 'use hidden or uncounted'),
  'data-state': pattern(/^[\w-]+( [\w-]+)*$/, 'a state is a word (letters, digits, -)'),
  'data-timing': pattern(/^\d+(\.\d+)?$/, 'timing is a number of seconds'),
  // Marp's page number and page count (Marpit's names, which Marp themes' CSS reads), drawn by assets/marp.css.
  'data-marpit-pagination': pattern(/^\d{1,6}$/, 'a page number is a whole number'),
  'data-marpit-pagination-total': pattern(/^\d{1,6}$/, 'a page count is a whole number'),
  'data-background-transition': pattern(/^[a-z]+$/, 'use a reveal.js transition name such as fade, slide, convex, concave, zoom or none'),
  ...autoAnimateRules,
  'data-auto-animate-id': pattern(/^[\w-]+$/, 'an auto-animate id is a word (letters, digits, -)'),
  'data-auto-animate-restart': pattern(/^(|true)$/, 'write data-auto-animate-restart without a value'),
  'data-auto-animate-unmatched': pattern(/^(true|false)$/, 'use true or false'),
}));

const sizeRule = pattern(/^\d+(\.\d+)?(px|%|em|rem|vw|vh)?$/, 'a size is a number, optionally with px, %, em, rem, vw or vh');

export const elementAttributeRules = new Map<string, Rule>(Object.entries({
  class: classRule,
  id: idRule,
  style: safeCss,
  width: sizeRule,
  height: sizeRule,
  'data-fragment-index': pattern(/^-?\d+$/, 'a fragment index is a whole number'),
  // Auto-animate pairs elements of two slides by data-id.
  'data-id': pattern(/^[^<>"'`]{1,200}$/, 'a data-id may not contain quotes, < or >'),
  ...autoAnimateRules,
}));

/** Why attributes outside the allowlist are refused, for the ones people try most. */
const refusedBecause = new Map([
  ['data-background-iframe', 'background iframes are not allowed in a deck (they load and run other pages)'],
]);

/**
 * reveal.js's `data-background` shorthand, read as reveal.js reads it (Backgrounds.js): a
 * URL or a picture file name is an image, anything else a colour.
 */
function backgroundShorthand(name: string, value: string): string {
  if (name !== 'data-background') return name;
  return /^(http|file|data:|\/\/)/i.test(value) || /\.(svg|png|jpg|jpeg|gif|bmp|webp)([?#\s]|$)/i.test(value) ? 'data-background-image' : 'data-background-color';
}

/**
 * The attributes of `pairs` that pass `rules`, with their checked values; each refusal
 * is reported at the first place `where` is found. `forSlide`: they are a slide's, so
 * reveal.js's `data-background` shorthand is read as it reads it.
 */
export function checkAttributes(pairs: Iterable<[string, string]>, rules: ReadonlyMap<string, Rule>, env: SlideEnv, where: string, forSlide: boolean): Attributes {
  const out: Attributes = {};
  for (const [name, value] of pairs) {
    const lower = forSlide ? backgroundShorthand(name.toLowerCase(), value) : name.toLowerCase();
    const rule = rules.get(lower);
    if (!rule) {
      const why = refusedBecause.get(lower) ?? (lower.startsWith('on') ? 'event handlers cannot be set on a slide' : 'it is not on the list of attributes a slide may set');
      warn(env, [where], lower === 'data-background-iframe' ? 'background-iframe-refused' : 'attribute-not-allowed', `Attribute ${name} was not applied: ${why}.`, `Allowed here: ${[...rules.keys()].join(', ')}.`);
      continue;
    }
    const checked = rule(value, env, where, lower);
    if (checked !== null) out[lower] = checked;
  }
  return out;
}

export interface AppliedDirectives {
  /** The <section>'s attributes. */
  section: Attributes;
}

/**
 * Applies the directive comments in `doc` (the parsed HTML of one slide) in place and
 * removes them. Attributes for the slide itself are returned, not written into `doc`.
 */
export function applyDirectives(doc: Document, env: SlideEnv): AppliedDirectives {
  const section: Attributes = {};

  const set = (target: Element | Document, pairs: [string, string][], rules: ReadonlyMap<string, Rule>, where: string) => {
    const checked = checkAttributes(pairs, rules, env, where, target === doc);
    if (target === doc) Object.assign(section, checked);
    else Object.assign((target as Element).attribs, checked);
  };

  /** Reads `regex` out of the comment; true when it matched (and was applied). */
  const apply = (comment: ChildNode & { data: string }, target: Element | Document, regex: RegExp, rules: ReadonlyMap<string, Rule>): boolean => {
    const match = regex.exec(comment.data);
    if (!match) return false;
    const where = comment.data.trim();
    const pairs: [string, string][] = [];
    for (const m of match[1]!.matchAll(attributePair)) pairs.push(m[2] ? [m[1]!, m[2]] : [m[3]!, '']);
    set(target, pairs, rules, where);
    return true;
  };

  const directives: ChildNode[] = [];

  const walk = (element: ParentNode | ChildNode, previous: Element | Document | null) => {
    if ('children' in element && element.children.length > 0) {
      let previousParent: Element | Document = element as Element | Document;
      element.children.forEach((child, i) => {
        for (let j = i - 1; j >= 0; j--) {
          const sibling = element.children[j]!;
          if (isTag(sibling) && sibling.name !== 'br') {
            previousParent = sibling;
            break;
          }
        }
        if (isTag(child) || isComment(child)) walk(child, previousParent);
      });
    }
    if (isComment(element)) {
      let target = previous;
      const before = element.prev;
      const blankLineBefore = before !== null && isText(before) && /\n[ \t]*\n/.test(before.data);
      if (target && target !== doc && isTag(target) && (target.name === 'ul' || target.name === 'ol') && !blankLineBefore) {
        const items = target.children.filter(isTag);
        target = items[items.length - 1] ?? target;
      }
      const isElement = target !== null && apply(element, target, elementDirective, elementAttributeRules);
      const isSlide = !isElement && apply(element, doc, slideDirective, slideAttributeRules);
      if (isElement || isSlide) directives.push(element);
    }
  };

  walk(doc, null);
  for (const node of directives) removeElement(node);
  return { section };
}
