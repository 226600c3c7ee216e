import { describe, expect, test } from 'vitest';
import { a4, parsePdfFlags, printView } from '../../../src/export/options.js';
import { defaultOutputName } from '../../../src/export/output-name.js';
import { progressLine } from '../../../src/export/progress.js';

describe('parsePdfFlags', () => {
  test('no flags: one page per slide, fragments in their final state', () => {
    expect(parsePdfFlags({})).toEqual({ layout: 'slides', fragments: 'final' });
  });

  test('--notes is short for --layout script; a handout is 3 slides a sheet unless --per-page says otherwise', () => {
    expect(parsePdfFlags({ notes: true })).toEqual({ layout: 'script', fragments: 'final' });
    expect(parsePdfFlags({ notes: true, layout: 'script' })).toEqual({ layout: 'script', fragments: 'final' });
    expect(parsePdfFlags({ layout: 'handout' })).toEqual({ layout: 'handout', fragments: 'final', perPage: 3 });
    for (const n of ['1', '2', '3', '6']) expect(parsePdfFlags({ layout: 'handout', perPage: n })).toEqual({ layout: 'handout', fragments: 'final', perPage: Number(n) });
  });

  test('--fragments steps for slide pages', () => {
    expect(parsePdfFlags({ fragments: 'steps' })).toEqual({ layout: 'slides', fragments: 'steps' });
    expect(parsePdfFlags({ layout: 'slides', fragments: 'final' })).toEqual({ layout: 'slides', fragments: 'final' });
  });

  test('wrong values say what is allowed', () => {
    expect(parsePdfFlags({ layout: 'grid' })).toEqual({ error: '--layout must be "slides", "handout" or "script", not "grid".' });
    expect(parsePdfFlags({ fragments: 'all' })).toEqual({ error: expect.stringContaining('"final" or "steps"') });
    for (const n of ['4', '0', '2.0', 'three', '']) expect(parsePdfFlags({ layout: 'handout', perPage: n })).toEqual({ error: `--per-page must be "1", "2", "3" or "6", not "${n}".` });
  });

  test('one rule for combinations: an option given with a layout it does not belong to is refused, whichever it is', () => {
    // Each of these was once silently dropped or silently changed the layout.
    expect(parsePdfFlags({ layout: 'handout', notes: true })).toEqual({ error: expect.stringContaining('cannot go with --layout handout') });
    expect(parsePdfFlags({ layout: 'slides', notes: true })).toEqual({ error: expect.stringContaining('cannot go with --layout slides') });
    expect(parsePdfFlags({ layout: 'handout', fragments: 'steps' })).toEqual({ error: expect.stringContaining('not to --layout handout') });
    expect(parsePdfFlags({ notes: true, fragments: 'steps' })).toEqual({ error: expect.stringContaining('not to --layout script') });
    expect(parsePdfFlags({ notes: true, fragments: 'final' })).toEqual({ error: expect.stringContaining('not to --layout script') });
    expect(parsePdfFlags({ perPage: '2' })).toEqual({ error: expect.stringContaining('not to --layout slides') });
    expect(parsePdfFlags({ notes: true, perPage: '2' })).toEqual({ error: expect.stringContaining('not to --layout script') });
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
    const handout = printView(config, { layout: 'handout', fragments: 'final', perPage: 6 });
    expect(handout).toMatchObject(a4);
    expect(new URLSearchParams(handout.query.slice(1)).get('deckPerPage')).toBe('6');
    const script = printView(config, { layout: 'script', fragments: 'final' });
    expect(script).toMatchObject(a4);
    expect(new URLSearchParams(script.query.slice(1)).has('print-pdf')).toBe(false);
  });
});

describe('defaultOutputName', () => {
  test('the deck title, kept in Chinese, with characters file systems refuse replaced', () => {
    expect(defaultOutputName('企业微信的20年：腾讯如何连接人和企业', '/d/slides', 'slides')).toBe('企业微信的20年：腾讯如何连接人和企业.pdf');
    expect(defaultOutputName('Q3: plan/budget?', '/d/slides', 'slides')).toBe('Q3- plan-budget.pdf');
  });

  test('the folder name when the title is empty; handouts and scripts are named apart', () => {
    expect(defaultOutputName('  ', '/home/li/talk', 'slides')).toBe('talk.pdf');
    expect(defaultOutputName('Talk', '/x', 'handout')).toBe('Talk (handout).pdf');
    expect(defaultOutputName('Talk', '/x', 'script')).toBe('Talk (notes).pdf');
    expect(defaultOutputName('Talk', '/x', 'pptx')).toBe('Talk.pptx');
    expect(defaultOutputName('Talk', '/x', 'html')).toBe('Talk.html');
  });

  test('a title of 150,000 characters is named at once, cut to 120 with no dot, space or half a character at the end', () => {
    // Each took seconds with a trailing-junk regex retried from every space of the run.
    expect(defaultOutputName(`Talk${' '.repeat(150_000)}end`, '/x', 'slides')).toBe('Talk.pdf');
    expect(defaultOutputName(`${'.'.repeat(150_000)}Talk`, '/x', 'slides')).toBe('Talk.pdf');
    expect(defaultOutputName(`x${'-'.repeat(75_000)}${' '.repeat(75_000)}y`, '/x', 'handout')).toBe('x (handout).pdf');
    const words = defaultOutputName('word. '.repeat(30_000), '/x', 'slides');
    expect(words).toBe(`${'word. '.repeat(20).trimEnd().replace(/\.$/, '')}.pdf`);
    expect(defaultOutputName('😀'.repeat(100), '/x', 'slides')).toBe(`${'😀'.repeat(60)}.pdf`);
    expect(defaultOutputName(`a${'😀'.repeat(100)}`, '/x', 'slides')).toBe(`a${'😀'.repeat(59)}.pdf`);
    expect(defaultOutputName(':'.repeat(150_000), '/x/talk', 'slides')).toBe('deck.pdf');
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
