// `<style>` blocks in a slide (reveal-md decks use them for a slide's layout): kept, but
// they may load nothing and reach nothing outside their slide. postcss reads the CSS;
// every @import, @font-face and declaration that could load something (url(),
// image-set(), …) is dropped with a warning, and what is left is wrapped in a bare
// `@scope { }`, which scopes it to the style element's parent: the slide's <section>.
import { createRequire } from 'node:module';
import type { Root } from 'postcss';
import { warn, type SlideEnv } from './env.js';
import { cssLoadsSomething } from '../loads.js';
import type { Vault } from './vault.js';

type Postcss = typeof import('postcss').default;
const require = createRequire(import.meta.url);
let postcss: Postcss | undefined;
/** postcss is loaded only for decks that have a <style> block. */
const loadPostcss = (): Postcss => (postcss ??= require('postcss') as Postcss);

const revealPrefix = /^\s*\.reveal(?:\s+\.slides)?(?:\s+section)?(?=[\s>+~:.[]|$)/;
/** Marp's CSS addresses the slide as `section` (or `:root`), and means every other selector inside it. */
const marpSlide = /^\s*(?:section|:root)(?=[\s>+~:.[#]|$)/;
const styleElement = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;

/**
 * The CSS of one block made safe, or null when nothing usable is left. `marp`: the
 * block is written for Marp (src/deck/dialects/marp.ts marks it `data-marp`).
 */
export function cleanStyleSheet(css: string, env: SlideEnv, marp = false): string | null {
  let root: Root;
  try {
    root = loadPostcss().parse(css);
  } catch (error) {
    warn(env, ['<style'], 'style-invalid', `This <style> block was removed: its CSS cannot be read (${(error as Error).message.replace(/^<css input>:?/, '')}).`, 'Fix the CSS (an unclosed { or string is the usual cause).');
    return null;
  }
  const refused = new Set<string>();
  root.walkAtRules((rule) => {
    const name = rule.name.toLowerCase();
    if (name === 'import' || name === 'font-face' || name === 'namespace' || (rule.params && cssLoadsSomething(rule.params))) {
      refused.add(`@${name}`);
      rule.remove();
    }
  });
  root.walkDecls((decl) => {
    if (cssLoadsSomething(`${decl.prop}:${decl.value}`)) {
      refused.add(`${decl.prop}: ${decl.value.slice(0, 60)}`);
      decl.remove();
    }
  });
  root.walkComments((comment) => {
    comment.remove();
  });
  // reveal-md authors address slides as `.reveal section …`; inside the scope that is `:scope`.
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    rule.selectors = rule.selectors.map((selector) => {
      if (!marp) return selector.replace(revealPrefix, ':scope');
      // Inside the scope as `:scope …`, a Marp rule outranks the reveal.js theme's `.reveal h1`.
      return marpSlide.test(selector) ? selector.replace(marpSlide, ':scope') : `:scope ${selector.trim()}`;
    });
  });
  for (const what of refused) {
    warn(env, [what.split(':')[0]!, '<style'], 'style-refused', `In a <style> block, "${what}" was removed: a deck's CSS may load nothing (no url(), @import or @font-face).`, 'For a background picture use <!-- .slide: data-background-image="file.png" -->; fonts come from the theme.');
  }
  const text = root.toString().trim();
  // `</` cannot end the element early when escaped as `<\/` (the same character to CSS).
  return text === '' ? null : text.replace(/<\//g, '<\\/');
}

/** Replaces each <style> element in a slide's HTML by a scoped, cleaned copy held in `vault`. */
export function keepStyleBlocks(html: string, env: SlideEnv, vault: Vault): string {
  if (!/<style\b/i.test(html)) return html;
  return html.replace(styleElement, (_whole, attributes: string, css: string) => {
    const clean = cleanStyleSheet(css, env, /\bdata-marp\b/.test(attributes));
    return clean === null ? '' : vault.hold(`<style>@scope {\n${clean}\n}</style>`);
  });
}
