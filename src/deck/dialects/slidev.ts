// Slidev's conventions, turned into ours before a slide is rendered: the slide's front
// matter (`layout`, `class`, `background`, `transition`, `hide`) becomes attributes, the
// last comment of the slide its notes, `v-click`/`v-clicks` fragments. Vue components
// and `src:` imports cannot run here: a warning names them and they show as text.
import { parse as parseYaml } from 'yaml';
import { commentsOf, slideComment, withoutComments } from './comments.js';
import type { DialectSlide } from './marp.js';
import { createFenceTracker } from '../fence.js';

const transitions: Record<string, string> = { 'slide-left': 'slide', 'slide-right': 'slide', 'slide-up': 'slide', 'slide-down': 'slide', fade: 'fade', 'fade-out': 'fade', none: 'none' };
/** Layouts that only arrange one column of content: a class is all they need. */
const simpleLayouts = new Set(['default', 'cover', 'center', 'intro', 'section', 'end', 'fact', 'statement', 'quote', 'full', 'none']);
const htmlTags = new Set('a abbr address article aside audio b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p picture pre q s samp section small source span strong sub summary sup table tbody td tfoot th thead time tr track u ul var video center font style iframe svg path g circle rect line polyline polygon text tspan defs use'.split(' '));

export function slidevSlide(text: string, matterText: string | undefined, inherited?: Record<string, unknown>): DialectSlide {
  const unsupported: DialectSlide['unsupported'] = [];
  let matter: Record<string, unknown> = { ...(inherited ?? {}) };
  if (matterText !== undefined) {
    try {
      const parsed: unknown = parseYaml(matterText);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) matter = { ...matter, ...(parsed as Record<string, unknown>) };
    } catch (e) {
      unsupported.push({ line: -1, what: `this slide's front matter is not valid YAML (${(e as Error).message.split('\n')[0]}); it is ignored`, hint: 'Fix the YAML between the two --- lines.' });
    }
  }
  const attrs: Record<string, string> = {};
  const classes: string[] = [];
  if (typeof matter.layout === 'string') {
    classes.push(`layout-${matter.layout}`);
    if (!simpleLayouts.has(matter.layout)) unsupported.push({ line: -1, what: `Slidev layout "${matter.layout}" is not supported; the slide's content is shown in one column`, hint: 'The slide keeps its content; arrange it with HTML if the layout matters.' });
  }
  if (typeof matter.class === 'string') classes.push(matter.class);
  if (classes.length) attrs.class = classes.join(' ');
  const background = typeof matter.background === 'string' ? matter.background : typeof matter.image === 'string' ? matter.image : undefined;
  if (background) {
    if (/^(#|rgb|hsl|linear-gradient|radial-gradient)/.test(background)) attrs[background.includes('gradient') ? 'data-background-gradient' : 'data-background-color'] = background;
    else if (/[./]/.test(background)) attrs['data-background-image'] = background;
  }
  if (typeof matter.transition === 'string') {
    const t = transitions[matter.transition];
    if (t) attrs['data-transition'] = t;
    else unsupported.push({ line: -1, what: `Slidev transition "${matter.transition}" is not supported; the deck's transition is used`, hint: 'Use slide-left, fade or none.' });
  }
  if (typeof matter.src === 'string') unsupported.push({ line: -1, what: `Slidev import "src: ${matter.src}" is not followed; those slides are not shown`, hint: 'Copy the imported slides into this file.' });

  // The last comment, if nothing but blank lines follow it, is the notes.
  const comments = commentsOf(text);
  const last = comments[comments.length - 1];
  let notes = '';
  let body = text;
  if (last && text.slice(last.to).trim() === '' && !/^\s*\.(slide|element):/.test(last.body)) {
    notes = last.body.trim();
    body = withoutComments(text, [last]);
  }
  body = fragmentsAndComponents(body, unsupported);
  return { text: slideComment(attrs) + body, notes, unsupported, hidden: matter.hide === true || matter.disabled === true };
}

function fragmentsAndComponents(text: string, unsupported: DialectSlide['unsupported']): string {
  const fence = createFenceTracker();
  const out: string[] = [];
  let inClicks = 0;
  const named = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (fence.step(line)) {
      out.push(line);
      return;
    }
    let l = line;
    if (/^\s*<v-clicks\b[^>]*>\s*$/.test(l)) {
      inClicks++;
      return;
    }
    if (/^\s*<\/v-clicks>\s*$/.test(l)) {
      inClicks = Math.max(0, inClicks - 1);
      return;
    }
    // Each top-level item of a list inside <v-clicks> appears on its own click.
    if (inClicks && /^ {0,3}(?:[-*+]|\d+[.)])\s+\S/.test(l)) l = `${l} <!-- .element: class="fragment" -->`;
    l = l.replace(/<v-click\b[^>]*>/g, '<div class="fragment">').replace(/<\/v-click>/g, '</div>');
    l = l.replace(/<([a-z][\w-]*)([^>]*?)\sv-click(?:=("[^"]*"|'[^']*'))?/g, (_all, tag: string, rest: string) =>
      /\sclass=/.test(rest) ? `<${tag}${rest.replace(/\sclass=(["'])/, ' class=$1fragment ')}` : `<${tag}${rest} class="fragment"`,
    );
    // Vue components (<Counter>) cannot run: shown as text. Icons (<carbon:edit/>,
    // <mdi-github/>, <i-carbon-logo/>) are pictures from a set Slidev fetches: left out.
    l = l.replace(/<\/?([A-Z][\w-]*|[a-z][\w]*[-:][\w:-]+)(?=[\s/>])[^>]*>/g, (tag, name: string) => {
      if (htmlTags.has(name.toLowerCase()) && !/^[A-Z]/.test(name)) return tag;
      const icon = /^[a-z][\w]*[:-]/.test(name) && !/^[A-Z]/.test(name);
      if (!named.has(name)) {
        named.add(name);
        unsupported.push(
          icon
            ? { line: i, what: `Slidev icon <${name}> is not supported; it is left out`, hint: 'Icons come from sets Slidev loads; put the icon in the deck folder as an .svg and show it with ![](icon.svg).' }
            : { line: i, what: `Slidev component <${name}> is not supported; shown as text`, hint: 'Vue components need Slidev; replace it with markdown or plain HTML.' },
        );
      }
      return icon ? '' : tag.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    });
    // Slot markers of two-column layouts.
    if (/^::[\w-]+::\s*$/.test(l)) return;
    out.push(l);
  });
  return out.join('\n');
}
