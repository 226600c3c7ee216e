// Every injection attempt, rendered: no element, attribute or URL that could run script
// or reach the network survives, and every refusal is reported to the author.
import { parseDocument } from 'htmlparser2';
import { isTag, type Element, type ChildNode } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { classifyUrl } from '../../../src/deck/markdown/urls.js';
import { cssLoadsSomething } from '../../../src/deck/loads.js';
import { stubContext } from '../markdown/context.js';
import { evilSvg, injectionAttempts } from './attempts.js';

const render = createSlideRenderer();

function elements(nodes: ChildNode[], out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (isTag(n)) {
      out.push(n);
      elements(n.children, out);
    }
  }
  return out;
}

const forbiddenTags = /^(script|iframe|frame|object|embed|meta|base|link|form|button|foreignobject|template|noscript|image|set|animate|math)$/i;
const urlAttributes = new Set(['src', 'href', 'xlink:href', 'poster', 'srcset', 'action', 'formaction', 'data', 'data-src', 'background']);

test('there are at least 100 attempts', () => {
  expect(injectionAttempts.length).toBeGreaterThanOrEqual(100);
});

describe.each(injectionAttempts)('$name', ({ markdown, inert }) => {
  const ctx = stubContext({ 'evil.svg': evilSvg, 'pic.png': 'png' });
  const out = render(markdown, ctx);

  test('no script, handler, script URL or network URL survives', () => {
    for (const el of elements(parseDocument(out.html, { xmlMode: false }).children)) {
      expect(el.name).not.toMatch(forbiddenTags);
      if (el.name === 'style') {
        // <style> blocks are kept, scoped to the slide and loading nothing.
        const css = el.children.map((c) => ('data' in c ? c.data : '')).join('');
        expect(css).toMatch(/^@scope \{/);
        expect(cssLoadsSomething(css), css).toBe(false);
      }
      for (const [name, value] of Object.entries(el.attribs)) {
        expect(name, `${el.name} ${name}`).not.toMatch(/^on/i);
        expect(name).not.toBe('srcdoc');
        if (urlAttributes.has(name)) {
          const kind = classifyUrl(value);
          expect(kind, `${el.name} ${name}=${value}`).not.toBe('unsafe');
          if (!(el.name === 'a' && name === 'href')) expect(kind, `${el.name} ${name}=${value}`).not.toBe('remote');
        }
        if (name === 'style') expect(cssLoadsSomething(value)).toBe(false);
        if (name === 'id') expect(value.startsWith('deck-')).toBe(false);
      }
    }
    for (const el of elements(parseDocument(out.html).children)) {
      for (const value of Object.values(el.attribs)) expect(value).not.toMatch(/javascript:|vbscript:|data:text/i);
    }
  });

  test('the section gets no attribute that loads or runs anything', () => {
    for (const [name, value] of Object.entries(out.attributes)) {
      expect(name).not.toMatch(/^on|iframe|^data-background$/i);
      expect(value).not.toMatch(/attacker|javascript:|url\(/i);
    }
  });

  test('the author is told what was removed', () => {
    // Missing local files are reported by the loader (resolveAsset returned null).
    const missing = ctx.resolved.filter((r) => !['evil.svg', 'pic.png'].includes(r.src)).length;
    if (!markdown.startsWith('```') && !inert) expect(ctx.problems.length + missing).toBeGreaterThan(0);
    for (const p of ctx.problems) {
      expect(p.severity).toBe('warning');
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.hint.length).toBeGreaterThan(5);
    }
  });
});
