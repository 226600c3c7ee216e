import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { fakeRenderer } from './fake-renderer.js';
import { decks, shape, where } from './helpers.js';

describe('a good folder deck', () => {
  const result = loadDeck(join(decks, 'good-folder'), { render: fakeRenderer });
  const deck = result.deck!;

  test('has no diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
  });

  test('reads deck.yaml', () => {
    expect(deck.config).toMatchObject({ title: '测试演示', author: '张三', lang: 'zh-CN', width: 1024, height: 768, transition: 'fade', durationMinutes: 20 });
  });

  test('splits files into horizontal slides and vertical stacks, in file-name order, with line ranges', () => {
    expect(shape(result)).toEqual([
      [['01-intro.md', 1, 6, '第一页']],
      [['01-intro.md', 10, 18, '第二页']],
      [
        ['02-body.md', 1, 4, '第三页'],
        ['02-body.md', 8, 10, '第三页 · 下'],
        ['02-body.md', 14, 16, '第三页 · 再下'],
      ],
      [['02-body.md', 20, 24, '第四页']],
    ]);
    expect(deck.stacks.flatMap((s) => s.slides.map((x) => [x.h, x.v]))).toEqual([[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [3, 0]]);
  });

  test('keeps --- and ---- inside a code fence as code', () => {
    const code = deck.stacks[1]!.slides[0]!;
    expect(code.markdown).toContain('key: value\n---\n----\n```');
  });

  test('separates speaker notes from the slide', () => {
    const notes = deck.stacks.flatMap((s) => s.slides.map((x) => x.notesText));
    expect(notes).toEqual(['第一页的备注\n第二行备注', '代码页备注', '', '', '竖排备注', '']);
    expect(deck.stacks[0]!.slides[0]!.markdown).not.toContain('备注');
    expect(deck.stacks[0]!.slides[0]!.notesHtml).toContain('第一页的备注');
  });

  test('copies each image once under a content-hashed name and inlines SVG text', () => {
    expect(deck.assets.map((a) => a.href)).toEqual([expect.stringMatching(/^media\/pic-[0-9a-f]{8}\.png$/), expect.stringMatching(/^media\/diagram-[0-9a-f]{8}\.svg$/)]);
    expect(deck.assets[0]!.source).toBe(join(decks, 'good-folder/images/pic.png'));
    const last = deck.stacks[3]!.slides[0]!;
    expect(last.html).toContain(`<img src="${deck.assets[0]!.href}">`);
    expect(last.html).toContain('<text x="10" y="25">图表</text>');
  });

  test('gives the same href on every load (stable across builds)', () => {
    const again = loadDeck(join(decks, 'good-folder'), { render: fakeRenderer }).deck!;
    expect(again.assets).toEqual(deck.assets);
  });
});

test('a single-file deck reads its front matter and keeps file line numbers', () => {
  const result = loadDeck(join(decks, 'single-file/talk.md'), { render: fakeRenderer });
  expect(result.diagnostics).toEqual([]);
  expect(result.deck!.config).toMatchObject({ title: '单文件演示', lang: 'en', durationMinutes: 5 });
  expect(shape(result)).toEqual([[['talk.md', 6, 10, 'One']], [['talk.md', 14, 14, 'Two']]]);
  expect(result.deck!.stacks[0]!.slides[0]!.notesText).toBe('spoken words');
  expect(result.deck!.root).toBe(join(decks, 'single-file'));
});

test('the path of a deck.yaml loads its folder deck', () => {
  const result = loadDeck(join(decks, 'good-folder/deck.yaml'), { render: fakeRenderer });
  expect(result.deck!.config.title).toBe('测试演示');
  expect(result.deck!.stacks).toHaveLength(4);
});

test('without lang, the language is told from the text: Latin letters are English here, Chinese good-folder is zh-CN', () => {
  expect(loadDeck(join(decks, 'ordered'), { render: fakeRenderer }).deck!.config.lang).toBe('en');
});

describe('broken settings', () => {
  test('invalid YAML is an error with line and column; the deck still loads with defaults', () => {
    const result = loadDeck(join(decks, 'broken-yaml'), { render: fakeRenderer });
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ file: 'deck.yaml', severity: 'error', code: 'yaml-invalid' });
    expect(d!.line).toBeGreaterThanOrEqual(2);
    expect(d!.column).toBeGreaterThanOrEqual(1);
    expect(result.deck!.config.title).toBe('');
    expect(shape(result)).toEqual([[['01.md', 1, 1, '一页']]]);
  });

  test('a wrongly typed key is an error at the key, saying what to write', () => {
    const result = loadDeck(join(decks, 'wrong-type'), { render: fakeRenderer });
    expect(where(result.diagnostics)).toEqual([
      'deck.yaml:2:1 error config-type',
      'deck.yaml:3:1 error config-type',
      'deck.yaml:4:1 error config-value',
      'deck.yaml:5:1 error config-type',
    ]);
    expect(result.diagnostics[0]!.message).toBe('duration must be a number of minutes, not "thirty"');
    expect(result.diagnostics[0]!.hint).toContain('duration: 30');
    expect(result.deck!.config).toMatchObject({ title: '类型', durationMinutes: 0, width: 1280, transition: 'slide' });
  });

  test('an unknown key is a warning with a did-you-mean hint', () => {
    const result = loadDeck(join(decks, 'unknown-key'), { render: fakeRenderer });
    expect(where(result.diagnostics)).toEqual(['deck.yaml:2:1 warning config-unknown-key', 'deck.yaml:3:1 warning config-unknown-key']);
    expect(result.diagnostics.map((d) => d.hint)).toEqual(['Did you mean "title"?', 'Did you mean "lang"?']);
    expect(result.deck!.config.title).toBe('未知');
  });

  test('order puts files in the given order; a missing name is an error at its entry, an unlisted file a warning', () => {
    const result = loadDeck(join(decks, 'ordered'), { render: fakeRenderer });
    expect(shape(result).map((s) => s[0]![0])).toEqual(['b.md', 'a.md', 'c.md']);
    expect(where(result.diagnostics)).toEqual(['deck.yaml:4:5 error order-file-missing', 'deck.yaml:4:5 warning order-unlisted']);
    expect(result.deck!.config.order).toEqual(['b.md', 'a.md', 'c.md']);
  });

  test('front matter in a folder deck is skipped with a warning', () => {
    const result = loadDeck(join(decks, 'folder-front-matter'), { render: fakeRenderer });
    expect(where(result.diagnostics)).toEqual(['01.md:1:1 warning front-matter-in-folder']);
    expect(result.diagnostics[0]!.hint).toContain('deck.yaml');
    expect(shape(result)).toEqual([[['01.md', 4, 4, '第一页']]]);
    expect(result.deck!.config.title).toBe('');
  });

  test('an unknown theme is a warning naming the theme meant; the default is used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-theme-'));
    writeFileSync(join(dir, 'deck.yaml'), 'theme: projecter\n');
    writeFileSync(join(dir, '01.md'), '# 一\n');
    const result = loadDeck(dir, { render: fakeRenderer, themes: ['projector', 'paper'] });
    expect(where(result.diagnostics)).toEqual(['deck.yaml:1:1 warning config-theme-unknown']);
    expect(result.deck!.config.theme).toBe('projector');
    expect(result.diagnostics[0]!.hint).toBe('Did you mean "projector"?');
  });
});

describe('broken decks never throw', () => {
  test('an empty deck is an error and no deck', () => {
    const result = loadDeck(join(decks, 'empty'), { render: fakeRenderer });
    expect(result.deck).toBeNull();
    expect(where(result.diagnostics)).toEqual(['01-blank.md:1:1 error deck-empty']);
  });

  test('a folder with no markdown at all is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-none-'));
    const result = loadDeck(dir);
    expect(result.deck).toBeNull();
    expect(result.diagnostics).toMatchObject([{ code: 'deck-empty', message: 'the deck has no markdown files' }]);
  });

  test('a path that does not exist is an error, not an exception', () => {
    const result = loadDeck(join(decks, 'no-such-deck'));
    expect(result.deck).toBeNull();
    expect(result.diagnostics).toMatchObject([{ severity: 'error', code: 'deck-not-found', line: 1, column: 1 }]);
  });

  test('a binary .md file is an error naming it; the other files still load', () => {
    const result = loadDeck(join(decks, 'binary'), { render: fakeRenderer });
    expect(where(result.diagnostics)).toEqual(['02-image.md:3:1 error file-binary']);
    expect(shape(result)).toEqual([[['01-text.md', 1, 1, '好的一页']]]);
  });

  test('a Latin-1 file is an error at its first bad byte', () => {
    const result = loadDeck(join(decks, 'latin1'), { render: fakeRenderer });
    expect(result.deck).toBeNull();
    expect(where(result.diagnostics)).toEqual(['01-cafe.md:3:4 error file-not-utf8', '01-cafe.md:1:1 error deck-empty']);
    expect(result.diagnostics[1]!.hint).toBe('Fix the errors above and check again.');
    const bad = result.diagnostics[0]!;
    expect(bad).toMatchObject({ file: '01-cafe.md', line: 3, column: 4, severity: 'error' });
    expect(bad.message).toContain('0xE9');
    expect(bad.hint).toContain('UTF-8');
  });

  test('a slide the renderer chokes on is an error on that slide, shown as escaped text, and the deck goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-deep-'));
    writeFileSync(join(dir, '01.md'), '# 一\n\n---\n\n<b>' + '>'.repeat(10) + '\n\n---\n\n# 三\n');
    const choking: typeof fakeRenderer = (md, ctx) => {
      if (md.includes('>>>>')) throw new RangeError('Maximum call stack size exceeded');
      return fakeRenderer(md, ctx);
    };
    const result = loadDeck(dir, { render: choking });
    expect(where(result.diagnostics)).toEqual(['01.md:5:1 error render-failed']);
    expect(result.diagnostics[0]!.message).toContain('RangeError');
    const slides = result.deck!.stacks.map((s) => s.slides[0]!);
    expect(slides).toHaveLength(3);
    expect(slides[1]!.html).toBe('<pre class="render-failed">&lt;b&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;</pre>');
  });

  test('10,000 ">" characters through the real renderer do not crash the load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-gt-'));
    writeFileSync(join(dir, '01.md'), '# 一\n\n---\n\n' + '>'.repeat(10_000) + '\n\n---\n\n# 三\n');
    const result = loadDeck(dir);
    expect(result.deck!.stacks).toHaveLength(3);
    expect(result.deck!.stacks[2]!.slides[0]!.title).toBe('三');
  });
});

describe('separators', () => {
  test('--- directly under a line of text is a slide break with a warning', () => {
    const result = loadDeck(join(decks, 'ambiguous'), { render: fakeRenderer });
    expect(shape(result)).toEqual([[['01.md', 1, 3, '标题']], [['01.md', 6, 8, '第二页']], [['01.md', 11, 11, '第三页']]]);
    expect(where(result.diagnostics)).toEqual(['01.md:4:1 warning separator-ambiguous']);
    expect(result.diagnostics[0]!.hint).toBe('Put a blank line above --- to make the break explicit, or use `## heading` for a heading.');
  });

  test('a code fence never closed warns that it swallows the breaks after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-fence-'));
    writeFileSync(join(dir, '01.md'), '# 一\n\n```js\ncode\n\n---\n\n# 二\n');
    const result = loadDeck(dir, { render: fakeRenderer });
    expect(result.deck!.stacks).toHaveLength(1);
    expect(where(result.diagnostics)).toEqual(['01.md:3:1 warning fence-unclosed']);
  });

  test('Windows line ends and a byte-order mark are read as plain text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-crlf-'));
    writeFileSync(join(dir, '01.md'), '\uFEFF# 一\r\n\r\nNote: 备注\r\n---\r\n# 二\r\n');
    const result = loadDeck(dir, { render: fakeRenderer });
    expect(shape(result)).toEqual([[['01.md', 1, 3, '一']], [['01.md', 5, 5, '二']]]);
    expect(result.deck!.stacks[0]!.slides[0]!.notesText).toBe('备注');
  });

  test('a vertical slide at the top of a file starts a new horizontal position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-v-'));
    writeFileSync(join(dir, '01.md'), '# 一\n');
    writeFileSync(join(dir, '02.md'), '----\n\n# 二\n\n----\n\n# 二下\n');
    const result = loadDeck(dir, { render: fakeRenderer });
    expect(shape(result)).toEqual([[['01.md', 1, 1, '一']], [['02.md', 3, 3, '二'], ['02.md', 7, 7, '二下']]]);
  });

  test('files sort with numbers compared as numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-sort-'));
    for (const n of ['10-ten.md', '2-two.md', '1-one.md', 'notes.txt', '.hidden.md']) writeFileSync(join(dir, n), `# ${n}\n`);
    const result = loadDeck(dir, { render: fakeRenderer });
    expect(shape(result).map((s) => s[0]![0])).toEqual(['1-one.md', '2-two.md', '10-ten.md']);
  });
});

describe('images', () => {
  test('a missing image is an error at its line and column, with a hint', () => {
    const result = loadDeck(join(decks, 'missing-image'), { render: fakeRenderer });
    expect(where(result.diagnostics)).toEqual(['01.md:5:7 error asset-missing']);
    expect(result.diagnostics[0]!.message).toContain('images/nope.png');
    expect(result.deck!.assets).toEqual([]);
  });

  test('a misspelt image name gets a did-you-mean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-case-'));
    mkdirSync(join(dir, 'img'));
    copyFileSync(join(decks, 'good-folder/images/pic.png'), join(dir, 'img/Photo.png'));
    writeFileSync(join(dir, '01.md'), '# 一\n\n![](img/photo.png)\n');
    const result = loadDeck(dir, { render: fakeRenderer });
    expect(result.diagnostics[0]).toMatchObject({ code: 'asset-missing', line: 3, hint: 'Did you mean "Photo.png"? File names are case-sensitive.' });
  });

  test('an image outside the deck folder is refused and not copied', () => {
    const result = loadDeck(join(decks, 'outside-image/inner'), { render: fakeRenderer });
    expect(where(result.diagnostics)).toEqual(['01.md:3:7 error asset-outside-deck']);
    expect(result.deck!.assets).toEqual([]);
  });

  test('a symbolic link that leads outside the deck folder is refused too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-link-'));
    const deck = join(dir, 'deck');
    mkdirSync(deck);
    copyFileSync(join(decks, 'good-folder/images/pic.png'), join(dir, 'secret.png'));
    symlinkSync(join(dir, 'secret.png'), join(deck, 'innocent.png'));
    writeFileSync(join(deck, '01.md'), '# 一\n\n![](innocent.png)\n');
    const result = loadDeck(deck, { render: fakeRenderer });
    expect(result.diagnostics).toMatchObject([{ code: 'asset-outside-deck', line: 3 }]);
    expect(result.diagnostics[0]!.message).toContain('symbolic link');
    expect(result.deck!.assets).toEqual([]);
  });

  test('problems the renderer reports land on the file line of the slide or the notes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-report-'));
    writeFileSync(join(dir, '01.md'), '# 一\n\n---\n\n# 二\n\nx <script>\n\nNote: 备注\n\n<script>\n');
    const result = loadDeck(dir, { render: fakeRenderer });
    expect(where(result.diagnostics)).toEqual(['01.md:7:3 warning script-removed', '01.md:11:1 warning script-removed']);
  });
});

describe('with the real markdown renderer', () => {
  test('images become media hrefs and SVGs are inlined', () => {
    const { deck, diagnostics } = loadDeck(join(decks, 'good-folder'));
    expect(diagnostics).toEqual([]);
    const last = deck!.stacks[3]!.slides[0]!.html;
    expect(last).toContain(`src="${deck!.assets[0]!.href}"`);
    expect(last).toMatch(/<svg[^>]*>.*<text x="10" y="25">图表<\/text><\/svg>/s);
  });

  test('a missing image and an image outside the folder are errors at their lines', () => {
    expect(where(loadDeck(join(decks, 'missing-image')).diagnostics)).toEqual(['01.md:5:7 error asset-missing']);
    expect(where(loadDeck(join(decks, 'outside-image/inner')).diagnostics)).toEqual(['01.md:3:7 error asset-outside-deck']);
  });
});
