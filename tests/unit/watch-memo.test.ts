import { expect, test } from 'vitest';
import { createMemoRenderer } from '../../src/watch/memo-renderer.js';
import type { RenderContext } from '../../src/deck/render-context.js';
import type { SlideRenderer } from '../../src/deck/render.js';

function counting(): { inner: SlideRenderer; calls: () => number } {
  let n = 0;
  const inner: SlideRenderer = (markdown, ctx) => {
    n++;
    if (markdown.includes('![')) ctx.resolveAsset('a.png', 1);
    if (markdown.includes('<script')) ctx.report({ line: 1, column: 1, severity: 'warning', code: 'script-removed', message: 'removed', hint: '' });
    return { html: `<p>${markdown}</p>`, attributes: {}, fragments: 0, title: '', titleLevel: 0, notesHtml: '' };
  };
  return { inner, calls: () => n };
}

function context(image: { href: string } | null) {
  const reported: string[] = [];
  const resolved: string[] = [];
  const ctx: RenderContext = {
    resolveAsset: (src) => (resolved.push(src), image),
    report: (p) => reported.push(p.code),
  };
  return { ctx, reported, resolved };
}

test('unchanged slides are not rendered again, and their assets and diagnostics still reach the loader', () => {
  const { inner, calls } = counting();
  const memo = createMemoRenderer(inner);
  const first = context({ href: 'media/a.png' });
  memo.render('![x](a.png) <script>', first.ctx);
  memo.sweep();
  const second = context({ href: 'media/a.png' });
  const result = memo.render('![x](a.png) <script>', second.ctx);
  expect(calls()).toBe(1);
  expect(result.html).toContain('a.png');
  expect(second.resolved).toEqual(['a.png']);
  expect(second.reported).toEqual(['script-removed']);
});

test('a slide whose image changed or went missing is rendered again; edited text is rendered again', () => {
  const { inner, calls } = counting();
  const memo = createMemoRenderer(inner);
  memo.render('![x](a.png)', context({ href: 'media/a-1.png' }).ctx);
  memo.render('![x](a.png)', context({ href: 'media/a-2.png' }).ctx);
  memo.render('![x](a.png)', context(null).ctx);
  memo.render('text', context(null).ctx);
  memo.render('text edited', context(null).ctx);
  expect(calls()).toBe(5);
});
