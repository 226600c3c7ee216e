// Raw HTML is allowed in slides, but it cannot run script or reach the network: one
// allowlist of tags and attributes (sanitize-html), plus the checks an allowlist cannot
// express — which URLs may appear where, local media resolved through the loader, local
// SVG images inlined — each refusal reported against the slide's markdown.
import render from 'dom-serializer';
import type { ChildNode } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { withEmptyAttributes } from './sanitize-options.js';
import type { DiagnosticCode } from '../model.js';
import { warn, type SlideEnv } from './env.js';
import { inlineSvg, type SvgImageAttributes } from './svg.js';
import { classifyUrl, unsafeUrlHint } from './urls.js';
import { cssLoadsSomething, urlAttributesOf } from '../loads.js';
import { vaultAttribute } from './vault.js';
import { modernizeTag } from './legacy-html.js';
import { checkAttributes, slideAttributeRules } from './attributes.js';
import { sourceLineAttribute } from './source-line-attribute.js';

export const allowedTags = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code',
  'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'kbd', 'samp', 'var',
  'q', 'cite', 'abbr', 'dfn', 'time', 'ruby', 'rt', 'rp', 'bdi', 'bdo', 'wbr',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'figure', 'figcaption', 'details', 'summary', 'aside', 'a', 'img', 'video', 'audio', 'source', 'track', 'input',
  // reveal.js markdown may hold raw <section>s: each becomes a slide (slide-sections.ts).
  'section',
];

const globalAttributes = [
  'class', 'id', 'style', 'title', 'lang', 'dir', 'role', 'aria-*', 'data-fragment-index',
  // Auto-animate: which elements of two slides are one, and how each moves.
  'data-id', 'data-auto-animate-delay', 'data-auto-animate-duration', 'data-auto-animate-easing',
];

export const allowedAttributes: Record<string, string[]> = {
  '*': globalAttributes,
  a: ['href', 'rel'],
  section: [...slideAttributeRules.keys()],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  video: ['src', 'poster', 'controls', 'autoplay', 'loop', 'muted', 'playsinline', 'preload', 'width', 'height'],
  audio: ['src', 'controls', 'autoplay', 'loop', 'muted', 'preload'],
  source: ['src', 'type'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  th: ['align', 'colspan', 'rowspan', 'scope'],
  td: ['align', 'colspan', 'rowspan'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  details: ['open'],
  // GFM task lists only.
  input: ['type', 'checked', 'disabled'],
};

/** Tags whose text content is dropped with the tag (it is code or markup, not prose). */
const nonTextTags = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'noembed', 'noframes', 'template', 'xmp', 'svg', 'math', 'object', 'title', 'head'];

const removalReasons: [RegExp, DiagnosticCode, string, string][] = [
  [/^script$/, 'script-removed', 'a slide cannot run script', 'Remove the <script>; the deck runs only its own code.'],
  [/^(iframe|frame|frameset|object|embed|applet|portal|fencedframe)$/, 'embed-removed', 'a slide cannot embed other pages', 'Show a screenshot instead, or link to the page.'],
  [/^(style|link|meta|base)$/, 'head-element-removed', 'styles and page settings come from the theme', 'Put styling in the theme CSS (assets/themes/) or use a .element: class.'],
  [/^(form|input|button|textarea|select|option)$/, 'form-removed', 'a slide cannot hold forms', 'Remove the form element.'],
  [/^(svg|math)$/, 'inline-svg-removed', 'inline <svg>/<math> markup is not accepted', 'Save the drawing as a .svg file in the deck folder and use ![description](file.svg): it is inlined safely.'],
];

const dropMark = 'data-deck-drop';

/** The sanitised HTML without the elements marked for removal, and their content. */
function withoutMarked(clean: string): string {
  const doc = parseDocument(clean);
  // Each parent's children filtered in one pass: removing the elements one at a time
  // (domutils' removeElement searches and splices the parent's list for each) was
  // quadratic on a slide of 20,000 refused images (2.4 s).
  const dropped = new Set<ChildNode>(findAll((e) => e.attribs[dropMark] !== undefined, doc.children));
  for (const parent of new Set([...dropped].map((el) => el.parent!))) {
    const kept = parent.children.filter((child) => !dropped.has(child));
    kept.forEach((child, i) => {
      child.prev = kept[i - 1] ?? null;
      child.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
  }
  return render(doc, { encodeEntities: 'utf8' });
}

function isAllowedAttribute(tag: string, name: string): boolean {
  if (name.startsWith('aria-')) return true;
  if (name === vaultAttribute) return tag === 'span' || tag === 'div';
  return globalAttributes.includes(name) || (Object.hasOwn(allowedAttributes, tag) && allowedAttributes[tag]!.includes(name));
}

export interface SanitizeOptions {
  /** Makes ids inside inlined SVGs unique in the deck page. */
  svgIdPrefix: () => string;
  /** The renderer put source lines on the elements (the editor's draft): they stay. */
  sourceLines?: boolean;
}

export function sanitizeSlideHtml(html: string, env: SlideEnv, options: SanitizeOptions): string {
  env.lines.rewind(); // the HTML is walked from the top again
  const svgs: string[] = [];
  // Elements to remove with their content (refused media) are marked, and removed from
  // the clean HTML in one pass afterwards: sanitize-html's exclusiveFilter cuts its
  // output string once per removed element, quadratic in a slide of thousands of them.
  // (Renaming them to a disallowed tag instead leaves a stale rename behind in
  // sanitize-html.) A slide's own attribute of that name never passes the allowlist.
  let drops = 0;
  const drop = (tag: string): sanitizeHtml.Tag => {
    drops++;
    return { tagName: tag, attribs: { [dropMark]: '' } };
  };

  const removeTag = (tag: string) => {
    const [, code, why, hint] = removalReasons.find(([re]) => re.test(tag)) ?? [null, 'html-tag-not-allowed' as const, 'it is not on the list of HTML tags a slide may use', 'Use markdown, or one of the allowed tags listed in the README.'];
    warn(env, [`<${tag}`], code, `<${tag}> was removed: ${why}.`, hint);
  };

  const transform = (originalTag: string, originalAttribs: Record<string, string>): sanitizeHtml.Tag => {
    const { tagName: tag, attribs } = modernizeTag(originalTag, originalAttribs);
    // reveal.js's lazy loading (`data-src`, fetched when the slide comes near): the deck's
    // files are all local, so the picture or clip is simply its source.
    if (attribs['data-src'] !== undefined && attribs.src === undefined && (tag === 'img' || tag === 'video' || tag === 'audio' || tag === 'source')) {
      attribs.src = attribs['data-src'];
      delete attribs['data-src'];
    }
    if (!allowedTags.includes(tag)) {
      removeTag(tag);
      return { tagName: tag, attribs: {} };
    }
    // A raw <section> is a slide: its attributes are a slide's, under the same rules as `.slide:`.
    if (tag === 'section') return { tagName: tag, attribs: checkAttributes(Object.entries(attribs), slideAttributeRules, env, '<section', true) };
    if (tag === 'input' && attribs.type !== 'checkbox') {
      removeTag(tag);
      return drop(tag);
    }
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(attribs)) {
      if (/^on/i.test(name)) {
        warn(env, [name, `<${tag}`], 'event-handler-removed', `${name}="${value}" on <${tag}> was removed: a slide cannot run script.`, 'Remove the event handler attribute.');
        continue;
      }
      if (!isAllowedAttribute(tag, name) && !(options.sourceLines && name === sourceLineAttribute)) {
        warn(env, [`${name}=`, `<${tag}`], 'attribute-not-allowed', `Attribute ${name} on <${tag}> was removed: it is not on the list of attributes a slide may use.`, 'See the README for the allowed attributes.');
        continue;
      }
      if (name === 'style' && cssLoadsSomething(value)) {
        warn(env, [value, `<${tag}`], 'style-refused', `style="${value}" on <${tag}> was removed: inline styles may not load anything (url(), @import).`, 'For a background picture use <!-- .slide: data-background-image="file.png" -->.');
        continue;
      }
      if (name === 'id' && value.toLowerCase().startsWith('deck-')) {
        warn(env, [value], 'reserved-id', `id="${value}" was removed: ids starting with "deck-" are reserved for the app.`, 'Choose another id.');
        continue;
      }
      out[name] = value;
    }

    if (tag === 'a' && out.href !== undefined) {
      const kind = classifyUrl(out.href);
      const href = out.href.trim();
      if (kind === 'remote' && !/^https?:/i.test(href)) {
        warn(env, [href, '<a'], 'unsafe-link-removed', `Link to ${href} was removed: links may go to http(s), mailto, #anchors or files in the deck.`, 'Use an https:// address.');
        delete out.href;
      } else if (kind === 'unsafe' || kind === 'data-image') {
        warn(env, [`](${href}`, `<${href}>`, href, '<a href', '<a'], 'unsafe-link-removed', `Link to "${href}" was removed: links may go to http(s), mailto, #anchors or files in the deck.`, 'Use an https:// address or a relative path.');
        delete out.href;
      }
      out.rel = 'noopener noreferrer';
      return { tagName: tag, attribs: out };
    }

    // What the element fetches must be a file inside the deck, resolved (and copied) by the loader.
    for (const name of urlAttributesOf(tag)) {
      const value = out[name];
      if (value === undefined) continue;
      const kind = classifyUrl(value);
      if (kind === 'empty') {
        delete out[name];
      } else if (kind === 'data-image' && tag === 'img') {
        // An image decoded from the page itself: no request, no script.
      } else if (kind === 'local') {
        const resolved = env.ctx.resolveAsset(value, env.lines.find(value, `<${tag}`).line);
        if (!resolved) return drop(tag); // missing or outside: reported by the loader
        if (tag === 'img' && name === 'src' && resolved.svgText !== undefined) {
          const svg = inlineSvg(resolved.svgText, value, out as SvgImageAttributes, options.svgIdPrefix(), env);
          if (svg !== null) {
            svgs.push(svg);
            return { tagName: 'img', attribs: { 'data-deck-svg': String(svgs.length - 1) } };
          }
        }
        out[name] = resolved.href;
      } else if (kind === 'remote') {
        warn(env, [value, `<${tag}`], 'remote-media-refused', `<${tag}> ${name}="${value}" was removed: a deck loads nothing from the network.`, 'Download the file into the deck folder and refer to it by its relative path.');
        return drop(tag);
      } else {
        warn(env, [value, `<${tag}`], 'unsafe-url-refused', `<${tag}> ${name}="${value.slice(0, 80)}" was removed: only files inside the deck folder (or, for <img>, a well-formed data: image) can be shown.`, unsafeUrlHint(value));
        return drop(tag);
      }
    }
    return { tagName: tag, attribs: out };
  };

  const clean = sanitizeHtml(html, withEmptyAttributes({
    allowedTags,
    allowedAttributes: { ...allowedAttributes, '*': [...globalAttributes, dropMark, ...(options.sourceLines ? [sourceLineAttribute] : [])], img: [...allowedAttributes.img!, 'data-deck-svg'], span: [vaultAttribute], div: [vaultAttribute] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['data'], video: [], audio: [], source: [], track: [] },
    allowProtocolRelative: false,
    allowedEmptyAttributes: [dropMark, 'data-auto-animate', 'data-auto-animate-restart', 'alt', 'checked', 'disabled', 'controls', 'autoplay', 'loop', 'muted', 'playsinline', 'open', 'reversed', 'default', 'class', 'data-fragment-index'],
    selfClosing: ['img', 'br', 'hr', 'wbr', 'col', 'source', 'track', 'input'],
    nonTextTags,
    disallowedTagsMode: 'discard',
    transformTags: { '*': transform },
  }));

  const kept = drops === 0 ? clean : withoutMarked(clean);
  return svgs.length === 0 ? kept : kept.replace(/<img data-deck-svg="(\d+)"\s*\/?>/g, (_m, i: string) => svgs[Number(i)]!);
}
