import { describe, expect, test } from 'vitest';
import { a4, parsePdfFlags, printView } from '../../../src/export/options.js';
import { defaultPdfName } from '../../../src/export/output-name.js';
import { progressLine } from '../../../src/export/progress.js';

describe('parsePdfFlags', () => {
  test('no flags: one page per slide, fragments in their final state', () => {
    expect(parsePdfFlags({})).toEqual({ layout: 'slides', fragments: 'final' });
  });

  test('--notes alone is the speaker script; with --layout handout it is the handout', () => {
    expect(parsePdfFlags({ notes: true })).toEqual({ layout: 'script', fragments: 'final' });
    expect(parsePdfFlags({ layout: 'handout', notes: true })).toEqual({ layout: 'handout', fragments: 'final' });
    expect(parsePdfFlags({ layout: 'handout' })).toEqual({ layout: 'handout', fragments: 'final' });
  });

  test('--fragments steps for slide pages', () => {
    expect(parsePdfFlags({ fragments: 'steps' })).toEqual({ layout: 'slides', fragments: 'steps' });
  });

  test('wrong values and combinations say what is allowed', () => {
    expect(parsePdfFlags({ layout: 'grid' })).toEqual({ error: expect.stringContaining('"slides" or "handout"') });
    expect(parsePdfFlags({ fragments: 'all' })).toEqual({ error: expect.stringContaining('"final" or "steps"') });
    expect(parsePdfFlags({ layout: 'handout', fragments: 'steps' })).toEqual({ error: expect.stringContaining('slide pages only') });
    expect(parsePdfFlags({ notes: true, fragments: 'steps' })).toEqual({ error: expect.stringContaining('slide pages only') });
  });
});

describe('printView', () => {
  const config = { width: 1280, height: 720 };

  test('slides print on pages the size of the slide frame, through reveal.js\'s print view', () => {
    const view = printView(config, { layout: 'slides', fragments: 'final' });
    expect(view).toMatchObject({ width: 1280, height: 720 });
    const query = new URLSearchParams(view.query.slice(1));
    expect(query.has('print-pdf')).toBe(true);
    expect(query.get('margin')).toBe('0');
    expect(query.get('pdfSeparateFragments')).toBe('false');
    expect(query.get('deckPrint')).toBe('slides');
  });

  test('fragment steps turn on reveal.js\'s separate fragment pages', () => {
    const query = new URLSearchParams(printView(config, { layout: 'slides', fragments: 'steps' }).query.slice(1));
    expect(query.get('pdfSeparateFragments')).toBe('true');
  });

  test('handouts and the script print on A4 portrait; the script needs no slide pages', () => {
    expect(printView(config, { layout: 'handout', fragments: 'final' })).toMatchObject(a4);
    const script = printView(config, { layout: 'script', fragments: 'final' });
    expect(script).toMatchObject(a4);
    expect(new URLSearchParams(script.query.slice(1)).has('print-pdf')).toBe(false);
  });
});

describe('defaultPdfName', () => {
  test('the deck title, kept in Chinese, with characters file systems refuse replaced', () => {
    expect(defaultPdfName('企业微信的20年：腾讯如何连接人和企业', '/d/slides', 'slides')).toBe('企业微信的20年：腾讯如何连接人和企业.pdf');
    expect(defaultPdfName('Q3: plan/budget?', '/d/slides', 'slides')).toBe('Q3- plan-budget.pdf');
  });

  test('the folder name when the title is empty; handouts and scripts are named apart', () => {
    expect(defaultPdfName('  ', '/home/li/talk', 'slides')).toBe('talk.pdf');
    expect(defaultPdfName('Talk', '/x', 'handout')).toBe('Talk (handout).pdf');
    expect(defaultPdfName('Talk', '/x', 'script')).toBe('Talk (notes).pdf');
  });

  test('a title of 150,000 characters is named at once, cut to 120 with no dot, space or half a character at the end', () => {
    // Each took seconds with a trailing-junk regex retried from every space of the run.
    expect(defaultPdfName(`Talk${' '.repeat(150_000)}end`, '/x', 'slides')).toBe('Talk.pdf');
    expect(defaultPdfName(`${'.'.repeat(150_000)}Talk`, '/x', 'slides')).toBe('Talk.pdf');
    expect(defaultPdfName(`x${'-'.repeat(75_000)}${' '.repeat(75_000)}y`, '/x', 'handout')).toBe('x (handout).pdf');
    const words = defaultPdfName('word. '.repeat(30_000), '/x', 'slides');
    expect(words).toBe(`${'word. '.repeat(20).trimEnd().replace(/\.$/, '')}.pdf`);
    expect(defaultPdfName('😀'.repeat(100), '/x', 'slides')).toBe(`${'😀'.repeat(60)}.pdf`);
    expect(defaultPdfName(`a${'😀'.repeat(100)}`, '/x', 'slides')).toBe(`a${'😀'.repeat(59)}.pdf`);
    expect(defaultPdfName(':'.repeat(150_000), '/x/talk', 'slides')).toBe('deck.pdf');
  });
});

describe('progressLine', () => {
  function stream(isTTY: boolean) {
    const writes: string[] = [];
    return { isTTY, writes, write: (text: string) => writes.push(text) };
  }
  const clock = () => 0;

  test('on a terminal, one line rewritten in place for each phase', () => {
    const tty = stream(true);
    const report = progressLine(tty, 'export', clock);
    report({ phase: 'building', slides: 200 });
    report({ phase: 'printing', slides: 200 });
    report({ phase: 'done', slides: 200 });
    expect(tty.writes.slice(0, 3).every((w) => w.startsWith('\r'))).toBe(true);
    expect(tty.writes[1]).toContain('200 slides, laying out and printing');
    expect(tty.writes.at(-1)).toBe('\n');
    // A failed export ends the line so the error starts on a fresh one.
    const failed = stream(true);
    const stopped = progressLine(failed, 'export', clock);
    stopped({ phase: 'printing', slides: 2 });
    stopped.stop();
    expect(failed.writes.at(-1)).toBe('\n');
  });

  test('on a pipe, only the final line', () => {
    const pipe = stream(false);
    const report = progressLine(pipe, 'export', clock);
    report({ phase: 'building', slides: 3 });
    report({ phase: 'done', slides: 3 });
    expect(pipe.writes).toEqual(['export: 3 slides, done (0.0 s)\n']);
  });
});
