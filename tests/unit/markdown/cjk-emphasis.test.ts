// Emphasis next to Chinese/Japanese/Korean text, after the CommonMark CJK-friendly
// amendment; the cases and expected outputs come from that proposal's test suite
// (tats-u/markdown-cjk-friendly: testcases/*.md and the marked snapshots).
import { Marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { cjkEmphasis } from '../../../src/deck/markdown/cjk-emphasis.js';

const cjk = new Marked({ gfm: true }, cjkEmphasis());
const stock = new Marked({ gfm: true });
const html = (md: string) => (cjk.parse(md) as string).trim();
const inline = (md: string) => html(md).replace(/^<p>|<\/p>$/g, '');

describe('emphasis that stock CommonMark leaves as asterisks', () => {
  test.each([
    ['这是**「重要」**的内容', '这是<strong>「重要」</strong>的内容'],
    ['**完成。**后文', '<strong>完成。</strong>后文'],
    ['*标点。*之后', '<em>标点。</em>之后'],
    ['这是*「强调」*的内容', '这是<em>「强调」</em>的内容'],
    ['**该星号不会被识别，而是直接显示。**这是因为它没有被识别为强调符号。', '<strong>该星号不会被识别，而是直接显示。</strong>这是因为它没有被识别为强调符号。'],
    ['これは**私のやりたかったこと。**だからするの。', 'これは<strong>私のやりたかったこと。</strong>だからするの。'],
    ['カッコに注意**（太字にならない）**文が続く場合に要警戒。', 'カッコに注意<strong>（太字にならない）</strong>文が続く場合に要警戒。'],
    ['**[製品ほげ](./product-foo)**と**[製品ふが](./product-bar)**をお試しください', '<strong><a href="./product-foo">製品ほげ</a></strong>と<strong><a href="./product-bar">製品ふが</a></strong>をお試しください'],
    ['税込**¥10,000**で入手できます。', '税込<strong>¥10,000</strong>で入手できます。'],
    ['太郎は**"Hello"**といった', '太郎は<strong>&quot;Hello&quot;</strong>といった'],
    ['Go**「初心者」**を対象とした記事です。', 'Go<strong>「初心者」</strong>を対象とした記事です。'],
    ['**推荐几个框架：**React、Vue等前端框架。', '<strong>推荐几个框架：</strong>React、Vue等前端框架。'],
    ['Git**（注：不是GitHub）**', 'Git<strong>（注：不是GitHub）</strong>'],
    ['真**（她**', '真<strong>（她</strong>'],
    ['**真》**她', '<strong>真》</strong>她'],
    ['**真…**她', '<strong>真…</strong>她'],
    ['**真-**她', '<strong>真-</strong>她'],
    ['.NET**（.NET Frameworkは不可）**では、', '.NET<strong>（.NET Frameworkは不可）</strong>では、'],
    // Characters outside the BMP and ideographic variation selectors.
    ['𰻞𰻞**（ビャンビャン）**麺', '𰻞𰻞<strong>（ビャンビャン）</strong>麺'],
    ['葛󠄀**(こちらが正式表記)**城市', '葛󠄀<strong>(こちらが正式表記)</strong>城市'],
    ['大塚︀**(U+585A U+FE00)** 大塚**(U+FA10)**', '大塚︀<strong>(U+585A U+FE00)</strong> 大塚<strong>(U+FA10)</strong>'],
    ['〽︎**(庵点)**は、', '〽︎<strong>(庵点)</strong>は、'],
    // Korean
    ['**스크립트(script)**라고', '<strong>스크립트(script)</strong>라고'],
    ['패키지를 발행하려면 **`npm publish`**를 실행하십시오.', '패키지를 발행하려면 <strong><code>npm publish</code></strong>를 실행하십시오.'],
    // Symbols that are also (unqualified) emoji.
    ['a**〰**a', 'a<strong>〰</strong>a'],
    ['a**🈂**a', 'a<strong>🈂</strong>a'],
  ])('%s', (md, expected) => {
    expect(inline(md)).toBe(expected);
  });
});

describe('underscores', () => {
  test.each([
    ['__注意__：注意事項', '<strong>注意</strong>：注意事項'],
    ['注意：__注意事項__', '注意：<strong>注意事項</strong>'],
    ['正體字。︁_Traditional._', '正體字。︁<em>Traditional.</em>'],
    ['简体字 / 新字体。︀__Mainland China or Japan.__', '简体字 / 新字体。︀<strong>Mainland China or Japan.</strong>'],
    ['“︁Git”︁__Hub__', '“︁Git”︁<strong>Hub</strong>'],
    // Inside a word, underscores stay literal as in CommonMark: a `__` run after a CJK
    // letter can close but not open, one before a CJK letter can open but not close.
    ['__完成。__后文', '__完成。__后文'],
    ['这是__重要__的内容', '这是__重要__的内容'],
    ['snake_case_name', 'snake_case_name'],
  ])('%s', (md, expected) => {
    expect(inline(md)).toBe(expected);
  });
});

describe('non-CJK punctuation keeps the CommonMark rules', () => {
  test.each(['a**a«**a', 'a**»a**a', 'a**a∇**a', 'a**∇a**a', 'a**a𝜵**a', 'a**𝜵a**a', 'a**𐬻a**a', 'a**a𐬻**a'])('%s is not bold', (md) => {
    expect(html(md)).not.toContain('<strong>');
  });
});

describe('English and other non-CJK text parses exactly as stock marked', () => {
  test.each([
    ['a**b**c', 'a<strong>b</strong>c'],
    ['** not bold **', '** not bold **'],
    ['foo*bar*', 'foo<em>bar</em>'],
    ['a*b*c', 'a<em>b</em>c'],
    ['5*6*78', '5<em>6</em>78'],
    ['a * foo bar*', 'a * foo bar*'],
    ['foo_bar_', 'foo_bar_'],
    ['_foo bar_', '<em>foo bar</em>'],
    ['5_6_78', '5_6_78'],
    ['*foo bar *', '*foo bar *'],
    ['**foo "*bar*" foo**', '<strong>foo &quot;<em>bar</em>&quot; foo</strong>'],
    ['*(**foo**)*', '<em>(<strong>foo</strong>)</em>'],
    ['foo***bar***baz', 'foo<em><strong>bar</strong></em>baz'],
    ['**a*b*c**', '<strong>a<em>b</em>c</strong>'],
    ['*a **b** c*', '<em>a <strong>b</strong> c</em>'],
    ['~~del~~ and **x**', '<del>del</del> and <strong>x</strong>'],
  ])('%s', (md, expected) => {
    expect(inline(md)).toBe(expected);
    expect(html(md)).toBe((stock.parse(md) as string).trim());
  });

  test('a thousand random strings of ASCII letters, punctuation and delimiters', () => {
    // A fixed linear congruential generator: the same strings on every run.
    let seed = 20261124;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['*', '*', '**', '_', '__', 'a', 'b', ' ', '.', '(', ')', '"', '1', '~', '`', '\\', 'é'];
    for (let i = 0; i < 1000; i++) {
      let md = '';
      const length = 3 + Math.floor(next() * 14);
      for (let j = 0; j < length; j++) md += alphabet[Math.floor(next() * alphabet.length)];
      expect(cjk.parse(md), JSON.stringify(md)).toBe(stock.parse(md));
    }
  });
});
