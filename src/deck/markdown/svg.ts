// A local .svg image → an inline <svg> element, so its <text> is set in the deck's web
// font (an SVG shown through <img> is a separate document and cannot use page fonts).
// Inline SVG is part of the page, so it goes through its own allowlist: shapes, text,
// gradients, markers, clip paths and masks; no <script>, <foreignObject>, <style> (it
// would style the whole page), <image>, <a>, event handlers or references outside the
// file. Ids are prefixed so two diagrams (or one diagram used twice) cannot collide.
import sanitizeHtml from 'sanitize-html';
import { withEmptyAttributes } from './sanitize-options.js';
import { warn, type SlideEnv } from './env.js';
import { cssLoadsSomething } from '../loads.js';
import { remembered } from '../../remember.js';

export const svgTags = [
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
  'defs', 'marker', 'linearGradient', 'radialGradient', 'stop', 'title', 'desc', 'use', 'clipPath', 'mask',
  'pattern', 'symbol',
];

export const svgAttributes = [
  // structure and accessibility
  'id', 'class', 'role', 'aria-*', 'data-fragment-index', 'lang', 'xml:lang', 'xml:space', 'xmlns', 'xmlns:xlink', 'version',
  'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'transform', 'style',
  // geometry
  'd', 'points', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'pathLength',
  'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  // paint servers, markers, clipping
  'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'href', 'xlink:href',
  // presentation attributes
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'color',
  'display', 'visibility', 'overflow', 'clip-path', 'clip-rule', 'mask', 'marker-start', 'marker-mid',
  'marker-end', 'stop-color', 'stop-opacity', 'font-family', 'font-size', 'font-weight', 'font-style',
  'font-variant', 'font-stretch', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration', 'writing-mode',
  'vector-effect', 'paint-order', 'shape-rendering', 'text-rendering', 'image-rendering',
];

/** Attributes of the <img> that move onto the inlined <svg>. */
export interface SvgImageAttributes {
  alt?: string;
  title?: string;
  width?: string;
  height?: string;
  class?: string;
  id?: string;
  style?: string;
  'data-fragment-index'?: string;
}

const attrPattern = new RegExp(
  '^(?:' + svgAttributes.map((a) => a.replace(/[.:]/g, '\\$&').replace('*', '.*')).join('|') + ')$',
);

/**
 * Sanitises `svgText` and returns the <svg> markup to put in the slide, or null when the
 * file holds no <svg> element. `src` is how the slide refers to the file (for messages).
 */
export function inlineSvg(svgText: string, src: string, image: SvgImageAttributes, idPrefix: string, env: SlideEnv): string | null {
  const removed = new Set<string>();
  const html = cleanSvg(svgText, image, idPrefix, removed);
  if (removed.size) {
    warn(env, [src], 'svg-content-removed', `${src}: removed from the inlined SVG: ${[...removed].join(', ')}.`,
      'A slide SVG may hold shapes, text, gradients, markers, clip paths and masks only; put styles in attributes and keep references inside the file (#id).');
  }
  const start = html.indexOf('<svg');
  if (start === -1) return null;
  return html.slice(start);
}

/**
 * The SVG file as copied into media/ (for backgrounds, posters, or opening it alone):
 * the same allowlist as inlining, so nothing in it can run when opened as a page.
 */
// Remembered: each load of a deck (every live-reload save) copies its SVG files again;
// cleaning the same text again was most of a save's time on the shipped deck (11 of 17 ms).
export const standaloneSvg: (svgText: string) => string = remembered((svgText) => {
  const html = cleanSvg(svgText, {}, '', new Set());
  const start = html.indexOf('<svg');
  return start === -1 ? '<svg xmlns="http://www.w3.org/2000/svg"/>\n' : `${html.slice(start)}\n`;
}, 200);

/** `svgText` through the SVG allowlist; what was taken out is added to `removed`. */
function cleanSvg(svgText: string, image: SvgImageAttributes, idPrefix: string, removed: Set<string>): string {
  let rootSeen = false;
  const localRef = (value: string) => /^#[\w:.-]+$/.test(value.trim());
  const prefixUrls = (value: string) => value.replace(/url\(\s*(['"]?)#([\w:.-]+)\1\s*\)/g, (_m, _q, id: string) => `url(#${idPrefix}${id})`);
  const onlyLocalUrls = (value: string) => !/url\s*\(/i.test(value.replace(/url\(\s*(['"]?)#[\w:.-]+\1\s*\)/g, ''));

  return sanitizeHtml(svgText, withEmptyAttributes({
    parser: { xmlMode: true, decodeEntities: true },
    allowedTags: svgTags,
    allowedAttributes: { '*': svgAttributes },
    allowedSchemes: [],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    allowedEmptyAttributes: [],
    selfClosing: [],
    nonTextTags: ['script', 'style', 'foreignObject', 'metadata'],
    parseStyleAttributes: false,
    transformTags: {
      '*': (tagName, attribs) => {
        if (!svgTags.includes(tagName)) {
          if (!/^(sodipodi|inkscape|rdf|cc|dc):|^metadata$/.test(tagName)) removed.add(`<${tagName}>`);
          return { tagName, attribs: {} };
        }
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(attribs)) {
          if (/^on/i.test(name)) {
            removed.add(`${name} attribute`);
            continue;
          }
          if (!attrPattern.test(name)) continue; // editor metadata (inkscape:*, data-name, …)
          if (name === 'href' || name === 'xlink:href') {
            if (!localRef(value)) {
              removed.add(`${name}="${value}"`);
              continue;
            }
            out.href = `#${idPrefix}${value.trim().slice(1)}`;
            continue;
          }
          if (name === 'style' ? cssLoadsSomething(value.replace(/url\(\s*(['"]?)#[\w:.-]+\1\s*\)/g, '')) : !onlyLocalUrls(value)) {
            removed.add(`${name}="${value}"`);
            continue;
          }
          if (name === 'id') out.id = `${idPrefix}${value}`;
          else if (name === 'aria-labelledby' || name === 'aria-describedby') out[name] = value.split(/\s+/).map((id) => idPrefix + id).join(' ');
          else out[name] = prefixUrls(value);
        }
        if (tagName === 'svg' && !rootSeen) {
          rootSeen = true;
          if (image.width) out.width = image.width;
          if (image.height) out.height = image.height;
          if (image.class) out.class = image.class;
          if (image.id) out.id = image.id;
          if (image['data-fragment-index']) out['data-fragment-index'] = image['data-fragment-index'];
          // Scale with the slide instead of overflowing it; keep the drawing's proportions.
          out.style = `max-width:100%;height:auto;${image.style ?? ''}`;
          out.role = 'img';
          if (image.alt) out['aria-label'] = image.alt;
          else if (!image.title) out['aria-hidden'] = 'true';
          out.xmlns = 'http://www.w3.org/2000/svg';
        }
        return { tagName, attribs: out };
      },
    },
  }));
}
